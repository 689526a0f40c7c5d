// Gongkai: single sign-on. The webapps show their own login form whenever the session is gone (after logging out,
// or when it expired). Send the person to the one login page instead, and back to this app afterwards.
const LOGIN = '/login';

function leaveWebappLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace(LOGIN);
  }
}

window.addEventListener('hashchange', leaveWebappLogin);
leaveWebappLogin();

export default [];
