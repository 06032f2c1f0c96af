(function () {
  'use strict';
  var errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message)); });
  // the labels in simplified or traditional Chinese or in English: each element holds all three
  var langs = {'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', 'en': 'en', 'zh': 'zh-Hant', 'hans': 'zh-Hans',
    'hant': 'zh-Hant'};
  var select = document.getElementById('lang');
  function setLang(l) {
    var tag = langs[String(l).toLowerCase()];
    if (!tag) return;
    document.documentElement.lang = tag;
    select.value = tag;
    var attr = 'data-' + tag.toLowerCase();
    document.querySelectorAll('[data-en]').forEach(function (el) {
      var text = el.getAttribute(attr);
      if (text !== null) el.textContent = text;
    });
  }
  select.addEventListener('change', function () { setLang(select.value); });
  var sev = document.getElementById('f-severity'), code = document.getElementById('f-code'),
      cat = document.getElementById('f-category'), search = document.getElementById('f-search'),
      count = document.getElementById('f-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  function filter() {
    var q = search.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (tr) {
      var ok = (!sev.value || tr.dataset.severity === sev.value) && (!code.value || tr.dataset.code === code.value)
        && (!cat.value || tr.dataset.category === cat.value) && (!q || tr.textContent.toLowerCase().indexOf(q) >= 0);
      tr.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' / ' + rows.length;
  }
  [sev, code, cat].forEach(function (el) { el.addEventListener('change', filter); });
  search.addEventListener('input', filter);
  // a filter can be given in the address: report.html#severity=error&code=QZ101&q=street
  var params = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (params.get('severity')) sev.value = params.get('severity');
  if (params.get('code')) code.value = params.get('code');
  if (params.get('category')) cat.value = params.get('category');
  if (params.get('q')) search.value = params.get('q');
  if (params.get('lang')) setLang(params.get('lang'));
  filter();
  // what a browser test reads back (chromium --headless --dump-dom report.html#selftest)
  if (params.has('selftest')) {
    var out = document.createElement('pre');
    out.id = 'selftest';
    out.textContent = JSON.stringify({
      errors: errors,
      matrixRows: document.querySelectorAll('table.matrix tbody tr').length,
      items: document.querySelectorAll('details.item').length,
      findings: rows.length,
      lang: document.documentElement.lang,
      title: document.querySelector('h1').textContent,
      visibleFindings: rows.filter(function (tr) { return !tr.hidden; }).length
    });
    document.body.appendChild(out);
  }
})();
