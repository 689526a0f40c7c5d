// Gongkai: the webapps are the bureau's. Every header names the bureau and leads back to the staff home (工作台), and
// to 督查 for the office's supervisors, whatever screen a person is on; the person's own name reads family name first,
// as Chinese names do (Camunda writes first name, then last). The server says which links a person may follow.
const appRoot = document.querySelector('base').getAttribute('app-root');
const contextPath = appRoot.replace(/\/camunda$/, '');

let header = null;
fetch(contextPath + '/workspace/header', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : null))
  .then((json) => {
    header = json;
    decorate();
  })
  .catch(() => {});

function decorate() {
  if (!header) {
    return;
  }
  const brand = document.querySelector('[cam-widget-header] .navbar-brand');
  if (brand && !document.querySelector('.gongkai-bureau')) {
    const bureau = document.createElement('span');
    bureau.className = 'gongkai-bureau';
    bureau.textContent = header.bureau;
    brand.after(bureau);
  }
  const account = document.querySelector('[cam-widget-header] .account > .dropdown-toggle');
  if (account) {
    const text = [...account.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue.trim());
    if (text && text.nodeValue.trim() !== header.name) {
      text.nodeValue = ' ' + header.name + ' ';
    }
  }
  const menu = document.querySelector('[cam-widget-header] nav.app-menu > ul');
  if (menu && !menu.querySelector('.gongkai-link')) {
    for (const link of [...header.links].reverse()) {
      const item = document.createElement('li');
      item.className = 'gongkai-link';
      const anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = link.text;
      item.append(anchor);
      menu.prepend(item);
    }
  }
}

// The header is drawn by Angular after login and again when a person changes between apps.
new MutationObserver(decorate).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
