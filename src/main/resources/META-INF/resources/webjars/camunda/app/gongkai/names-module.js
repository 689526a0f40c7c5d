// Gongkai: Tasklist writes a person as "given family" (博文 陈). Staff read 陈博文. Tasklist learns people from the
// SDK's user resource ("user" for a list, "user/{id}/profile" for one) and from the people embedded in task answers
// (HAL's _embedded.assignee and the like). This module hands Tasklist each of them with the whole name, family name
// first, as the given name, so every place Tasklist writes "firstName lastName" reads 陈博文.
// Only Tasklist loads it: Admin edits the two parts, and must see them as they are stored.
define('gongkai-names', ['angular'], function (angular) {
  var USER_PATH = /^user(\/[^/]+\/profile)?$/;
  // The task lists are queries sent by POST (a filter's list, with its paging in the path; a task query); every other
  // POST writes.
  var TASK_QUERY = /^(filter\/[^/]+\/list|task)(\?.*)?$/;
  var PEOPLE = ['assignee', 'owner', 'user', 'candidateUser'];

  function inChineseOrder(person) {
    if (person && typeof person === 'object' && typeof person.firstName === 'string' && typeof person.lastName === 'string') {
      person.firstName = person.lastName + person.firstName;
      person.lastName = '';
    }
  }

  function each(value, fn) {
    angular.forEach(angular.isArray(value) ? value : [value], fn);
  }

  // A HAL answer: people under the embedded keys that hold people; other embedded resources may embed people too.
  function reorderEmbedded(resource) {
    var embedded = resource && resource._embedded;
    if (!embedded || typeof embedded !== 'object') {
      return;
    }
    angular.forEach(embedded, function (value, key) {
      each(value, PEOPLE.indexOf(key) >= 0 ? inChineseOrder : reorderEmbedded);
    });
  }

  function reorder(path, result) {
    // Reordering twice changes nothing (the family name is then empty), so callback and promise may both run it.
    each(result, USER_PATH.test(path) ? inChineseOrder : reorderEmbedded);
  }

  // Wraps one of the client's methods: in its answers to the paths that `reads` matches, people read 陈博文.
  function reordering(method, reads) {
    return function (path, options) {
      if (typeof path !== 'string' || !reads.test(path)) {
        return method.call(this, path, options);
      }
      if (options && typeof options.done === 'function') {
        var done = options.done;
        options.done = function (error, result) {
          if (!error) {
            reorder(path, result);
          }
          return done.apply(this, arguments);
        };
      }
      var answer = method.call(this, path, options);
      return answer && typeof answer.then === 'function' ? answer.then(function (result) {
        reorder(path, result);
        return result;
      }) : answer;
    };
  }

  angular.module('gongkai.names', []).config(['$provide', function ($provide) {
    $provide.decorator('camAPIHttpClient', ['$delegate', function (HttpClient) {
      HttpClient.prototype.get = reordering(HttpClient.prototype.get, /./);
      HttpClient.prototype.post = reordering(HttpClient.prototype.post, TASK_QUERY);
      return HttpClient;
    }]);
  }]);
});
