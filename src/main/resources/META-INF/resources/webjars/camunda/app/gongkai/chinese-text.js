// Gongkai: the few English texts the webapps' locale files cannot reach. Camunda Forms (form-js) has no translation
// hook in 7.24, so its validation messages and placeholders are English, and Cockpit's variables table hard-codes the
// heading "Actions". They are put into Chinese as they appear. The server validates everything again and answers in
// Chinese; this only makes the browser's first answer readable too.
const EXACT = {
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请输入有效的电子邮箱地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': '请输入有效的电话号码（例如 +8610xxxxxxxx）。',
  'Date and time must both be entered.': '日期和时间都必须填写。',
  'Actions': '操作',
  'Select': '请选择',
  'Search': '搜索',
  'No results': '无匹配项',
  'mm/dd/yyyy': '月/日/年',
  'hh:mm': '时:分'
};

const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, '长度不能少于 $1 个字符。'],
  [/^Field must have maximum length of (\d+)\.$/, '长度不能超过 $1 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must match pattern (.+)\.$/, '格式不正确（应符合 $1）。']
];

// Only these places are touched, so a record's own text that happens to read "Search" is left alone.
const SCOPE = '.fjs-container, thead td.actions';

function chinese(text) {
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, replacement));
    }
  }
  return null;
}

function translate(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const places = root.matches(SCOPE) ? [root] : [];
  places.push(...root.querySelectorAll(SCOPE));
  if (!places.length && root.closest(SCOPE)) {
    places.push(root);
  }
  for (const place of places) {
    const walker = document.createTreeWalker(place, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = chinese(node.nodeValue);
      if (text !== null) {
        node.nodeValue = text;
      }
    }
    for (const input of place.querySelectorAll('[placeholder]')) {
      const text = chinese(input.getAttribute('placeholder'));
      if (text !== null) {
        input.setAttribute('placeholder', text);
      }
    }
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translate(mutation.target.parentElement);
    } else if (mutation.type === 'attributes') {
      translate(mutation.target);
    } else {
      mutation.addedNodes.forEach((node) => translate(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
    }
  }
}).observe(document.documentElement, {
  subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
});

export default [];
