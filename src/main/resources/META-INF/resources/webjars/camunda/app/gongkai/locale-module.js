// Gongkai: an AngularJS module, listed in each app's ngDeps, that gives the translator the Chinese table fetched by
// preload-locale.js before the app started. The app's own loader still runs (forceAsyncReload): it also sets the
// Chinese date words ("8 天后"), which the table alone does not.
define('gongkai-locale', ['angular'], function (angular) {
  angular.module('gongkai.locale', ['pascalprecht.translate']).config(['$translateProvider', function ($translateProvider) {
    if (window.gongkaiLocale && window.gongkaiLocale.labels) {
      $translateProvider.translations('zh', window.gongkaiLocale.labels);
      $translateProvider.forceAsyncReload(true);
    }
  }]);
});
