// Gongkai: Tasklist says nothing when a task is completed; the task just leaves the list. After 完成 succeeds (the
// task view goes back to its empty state), a line says where the work went and where to follow it. A refused
// completion keeps the form open with the server's reason, and no such line.
let completing = false;

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[type=submit]');
  if (button && button.textContent.trim() === '完成') {
    completing = true;
  }
}, true);

new MutationObserver(() => {
  if (!completing) {
    return;
  }
  const empty = document.querySelector('.no-task');
  if (!empty || empty.offsetParent === null) {
    return;
  }
  completing = false;
  document.querySelectorAll('.gongkai-completed').forEach((old) => old.remove());
  const notice = document.createElement('p');
  notice.className = 'gongkai-completed text-success';
  notice.setAttribute('role', 'status');
  notice.textContent = '已完成并提交：记录已转入下一环节，可在“工作台”查看进度。';
  empty.prepend(notice);
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
