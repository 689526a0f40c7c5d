// The site's few behaviours, without inline scripts (the pages' policy allows none).

// Larger text for older readers (适老化): one button in the header, remembered on this device.
const KEY = 'gongkai-large-text';
const root = document.documentElement;
if (localStorage.getItem(KEY) === '1') {
  root.classList.add('large-text');
}
document.addEventListener('DOMContentLoaded', () => {
  const button = document.querySelector('.text-size');
  if (!button) {
    return;
  }
  button.hidden = false;
  const show = () => {
    const large = root.classList.contains('large-text');
    button.setAttribute('aria-pressed', String(large));
    button.textContent = large ? '标准字号' : '大字号';
  };
  show();
  button.addEventListener('click', () => {
    root.classList.toggle('large-text');
    localStorage.setItem(KEY, root.classList.contains('large-text') ? '1' : '0');
    show();
  });
});

// A form that destroys something (deleting an attachment) asks first, in the words of its data-confirm.
document.addEventListener('submit', (event) => {
  const question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// An application's labels follow the applicant's kind (自然人: 姓名、身份证件号码; otherwise 单位名称、统一社会信用代码),
// as the server draws them when the page is sent back.
document.addEventListener('DOMContentLoaded', () => {
  const kind = document.getElementById('applicantKind');
  if (!kind) {
    return;
  }
  kind.addEventListener('change', () => {
    const which = kind.value === '' ? 'labelNeutral' : kind.value === 'NATURAL_PERSON' ? 'labelPerson' : 'labelOrganization';
    document.querySelectorAll('[data-label-person]').forEach((label) => {
      label.textContent = label.dataset[which];
    });
  });
});
