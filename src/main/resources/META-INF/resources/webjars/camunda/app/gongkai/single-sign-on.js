// Gongkai: single sign-on, shared by Tasklist, Cockpit, Admin and the welcome page. The webapps show their own
// login form whenever the session is gone (after logging out, or when it expired); send the person to the one login page.
const LOGIN = '/login';

function leaveWebappLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace(LOGIN);
  }
}

window.addEventListener('hashchange', leaveWebappLogin);
leaveWebappLogin();

export default [];
