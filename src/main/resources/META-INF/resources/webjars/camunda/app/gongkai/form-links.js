// Gongkai: a link inside a task's form (the attachments page, the record under review) opens in a new tab, so that
// what a person has typed into the form is still there when they come back.
function openInNewTab(root) {
  if (!(root instanceof Element)) {
    return;
  }
  for (const link of root.querySelectorAll('.fjs-container a[href]')) {
    if (link.target !== '_blank') {
      link.target = '_blank';
      link.rel = 'noopener';
    }
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    mutation.addedNodes.forEach((node) => openInNewTab(node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement));
  }
}).observe(document.documentElement, { subtree: true, childList: true });
