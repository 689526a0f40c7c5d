// Gongkai: the webapps translate parts of a screen once, when its controller starts (Tasklist's search and sorting
// labels), while the Chinese locale file is still loading: on a fast load, raw keys such as CREATION_DATE stayed on
// screen. The locale is fetched here, before the app starts, and handed to the translator as its first table
// (locale-module.js), so that every first translation is Chinese.
const app = window.location.pathname.match(/\/app\/([a-z]+)\//)[1];
const appRoot = document.querySelector('base').getAttribute('app-root');
const response = await fetch(appRoot + '/app/' + app + '/locales/zh.json?bust=7.24.0', { credentials: 'same-origin' });
window.gongkaiLocale = response.ok ? await response.json() : null;
