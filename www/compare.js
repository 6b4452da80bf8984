// Compare coverage: several articles in tabs, sent to compare-worker.js, and the comparison rendered:
// conflicts side by side, an entity-by-article coverage grid, the groups of statements several articles
// share (wording differences marked), the claims only one article makes, and a reader that shows any
// statement in its article. Every offset comes from the core (UTF-16, per article); user text is only
// ever put in text nodes.

import { textDirection } from './input.js';

const tabs = document.getElementById('tabs');
const panels = document.getElementById('panels');
const status = document.getElementById('status');
const say = (message) => { status.textContent = message; status.removeAttribute('data-error'); };
const results = document.getElementById('results');
const reader = document.getElementById('reader');
const worker = new Worker(new URL('./compare-worker.js', import.meta.url), { type: 'module' });

const SEPARATOR = /^[ \t]*(?:-{3,}|={3,})[ \t]*$/m;
let articles = [{ text: '' }, { text: '' }];
let active = 0;
let latest = 0;
let compared = { texts: [], tabOf: [] };

// ---- small DOM helpers -------------------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'data') Object.assign(node.dataset, value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** `text.slice(start, end)` with the spans of `marks` ({start, end, cls, data}) wrapped in <mark>. */
function marked(text, start, end, marks) {
  const frag = document.createDocumentFragment();
  let at = start;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > end || m.start >= m.end) continue; // overlapping or outside: skip
    frag.append(text.slice(at, m.start), el('mark', { class: m.cls, data: m.data || {} }, text.slice(m.start, m.end)));
    at = m.end;
  }
  frag.append(text.slice(at, end));
  return frag;
}

const label = (article) => `A${compared.tabOf[article] + 1}`;

// ---- articles in tabs ----------------------------------------------------------------------------

function renderTabs() {
  tabs.replaceChildren();
  panels.replaceChildren();
  articles.forEach((a, i) => {
    const tab = el('button', { type: 'button', role: 'tab', id: `tab-${i}`, 'aria-selected': String(i === active),
      'aria-controls': `panel-${i}`, data: { article: String(i) } }, `Article ${i + 1}`);
    tab.addEventListener('click', () => { active = i; renderTabs(); });
    tabs.append(tab);
    const area = el('textarea', { class: 'article-input', id: `panel-${i}`, role: 'tabpanel', 'aria-labelledby': `tab-${i}`,
      spellcheck: 'false', placeholder: `Paste article ${i + 1} here…`, data: { article: String(i) } });
    area.value = a.text;
    area.dir = textDirection(a.text);
    area.hidden = i !== active;
    area.addEventListener('input', () => { a.text = area.value; area.dir = textDirection(a.text); });
    panels.append(area);
  });
  document.getElementById('remove-article').disabled = articles.length <= 1;
}

document.getElementById('add-article').addEventListener('click', () => {
  articles.push({ text: '' });
  active = articles.length - 1;
  renderTabs();
  panels.children[active].focus();
});

document.getElementById('remove-article').addEventListener('click', () => {
  if (articles.length <= 1) return;
  articles.splice(active, 1);
  active = Math.min(active, articles.length - 1);
  renderTabs();
});

document.getElementById('split').addEventListener('click', () => {
  const parts = articles[active].text.split(SEPARATOR).map((p) => p.trim()).filter((p) => p);
  if (parts.length < 2) { say('No line of --- found in this article.'); return; }
  articles.splice(active, 1, ...parts.map((text) => ({ text })));
  articles = articles.filter((a, i) => a.text.trim() || i === active);
  renderTabs();
  say(`Split into ${parts.length} articles.`);
});

// ---- comparing -------------------------------------------------------------------------------------

function compareNow() {
  const tabOf = [];
  const texts = [];
  articles.forEach((a, i) => { if (a.text.trim()) { tabOf.push(i); texts.push(a.text); } });
  if (texts.length < 2) { say('Add at least two articles to compare.'); return; }
  if (broken) { fail(broken); return; }
  latest += 1;
  compared = { texts, tabOf, pending: true };
  say('Comparing…');
  worker.postMessage({ id: latest, texts });
}

document.getElementById('compare').addEventListener('click', compareNow);

// An error is marked as one (style.css), and the results of earlier texts go: they would pass for these.
let broken = ''; // set when the worker could not start: no comparison can run any more
function fail(message) {
  results.hidden = true;
  status.textContent = `Error: ${message}`;
  status.setAttribute('data-error', '');
}
worker.onerror = (event) => { // the module or the WebAssembly failed to load: no "Comparing…" for ever
  event.preventDefault();
  broken = `the comparer could not start (${event.message || 'worker error'}). Reload the page to try again.`;
  fail(broken);
};

worker.onmessage = (event) => {
  const { id, result, ms, error } = event.data;
  if (id !== latest) return;
  if (error) { fail(error); return; }
  render(result);
  const conflicts = result.groups.reduce((n, g) => n + g.conflicts.length, 0);
  say(`${result.groups.length} groups, ${conflicts} conflicts, ${result.unique.length} claims in one article only (${ms.toFixed(1)} ms)`);
  document.body.dataset.compareMs = ms.toFixed(2);
  document.body.dataset.compared = String(id);
};

// ---- rendering ------------------------------------------------------------------------------------

function render(result) {
  results.hidden = false;
  renderConflicts(result);
  renderCoverage(result);
  renderGroups(result);
  renderUnique(result);
}

/** A button that shows `span` of `article` in the reader. */
function jumpButton(article, start, end, ...content) {
  const b = el('button', { type: 'button', class: 'jump', title: `Show in article ${compared.tabOf[article] + 1}`,
    data: { article: String(article), start: String(start), end: String(end) } }, ...content);
  b.addEventListener('click', () => showInArticle(article, start, end));
  return b;
}

function badge(article) {
  return el('span', { class: `badge a${compared.tabOf[article] % 8}`, text: label(article) });
}

function renderConflicts(result) {
  const list = document.getElementById('conflicts');
  list.replaceChildren();
  for (const g of result.groups) {
    for (const c of g.conflicts) list.append(conflictItem(g, c));
  }
  if (!list.children.length) list.append(el('li', { class: 'none', text: 'No conflicting numbers, durations or dates found.' }));
}

/** One conflict: what differs, then each article's value in its statement, side by side. */
function conflictItem(group, conflict) {
  const sides = el('div', { class: 'sides' });
  for (const v of conflict.values) {
    const m = group.members[v.member];
    const text = compared.texts[m.article];
    const quote = marked(text, m.start, m.end, [{ start: v.start, end: v.end, cls: 'value' }]);
    sides.append(el('div', { class: 'side' }, badge(v.article), el('strong', { text: ` ${v.text}` }),
      el('span', { class: 'normalized', text: ` (${v.normalized})` }), jumpButton(m.article, m.start, m.end, quote)));
  }
  return el('li', { class: 'conflict', data: { kind: conflict.kind, group: String(group.id) } },
    el('p', { class: 'what' }, el('span', { class: 'flag', text: 'Conflict' }), ` ${conflict.what}`), sides);
}

function renderCoverage(result) {
  const table = document.getElementById('coverage');
  table.replaceChildren();
  const head = el('tr', {}, el('th', { text: 'Entity' }), el('th', { text: 'Type' }));
  result.articles.forEach((a) => head.append(el('th', { title: a.title }, badge(a.index))));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  const single = el('tbody', { class: 'single' });
  single.hidden = true;
  for (const e of result.entities) {
    const others = e.variants.filter((v) => v !== e.name);
    const name = el('th', { scope: 'row', title: others.length ? `also written: ${others.join(' | ')}` : '' }, e.name);
    if (others.length) name.append(el('span', { class: 'variants', text: ` (${others.join(', ')})` }));
    const row = el('tr', { data: { entity: String(e.id), type: e.label } }, name, el('td', { data: { label: e.label }, text: e.label }));
    e.counts.forEach((n, a) => row.append(el('td', { class: n ? 'has' : 'none', data: { article: String(a), count: String(n) }, text: n ? String(n) : '·' })));
    (e.counts.filter((n) => n > 0).length > 1 ? body : single).append(row);
  }
  table.append(body, single);
  if (single.children.length) {
    const toggle = el('button', { type: 'button', id: 'coverage-more', text: `Show ${single.children.length} entities of one article only` });
    toggle.addEventListener('click', () => {
      single.hidden = !single.hidden;
      toggle.textContent = `${single.hidden ? 'Show' : 'Hide'} ${single.children.length} entities of one article only`;
    });
    table.append(el('tfoot', {}, el('tr', {}, el('td', { colspan: String(2 + result.articles.length) }, toggle))));
  }
}

function renderGroups(result) {
  const list = document.getElementById('groups');
  list.replaceChildren();
  for (const g of result.groups) {
    const head = el('p', { class: 'group-head' }, `In ${g.articles.length} articles `, ...g.articles.map(badge),
      el('span', { class: 'shared', text: ` — ${g.shared.join(', ')}` }));
    const members = el('ul', { class: 'members' });
    g.members.forEach((m, mi) => {
      const text = compared.texts[m.article];
      const marks = m.distinct.map((d) => ({ ...d, cls: 'diff' }));
      for (const c of g.conflicts) {
        for (const v of c.values) if (v.member === mi) marks.push({ start: v.start, end: v.end, cls: 'value' });
      }
      const who = m.speaker ? el('span', { class: 'speaker', text: ` — ${m.speaker}` }) : '';
      members.append(el('li', { class: 'member', data: { article: String(m.article), kind: m.kind } },
        badge(m.article), el('span', { class: 'kind', text: m.kind }), jumpButton(m.article, m.start, m.end, marked(text, m.start, m.end, marks)), who));
    });
    const item = el('li', { class: 'group', data: { groupId: String(g.id), articles: g.articles.join(',') } }, head, members);
    if (g.conflicts.length) item.append(el('ul', { class: 'group-conflicts' }, ...g.conflicts.map((c) => conflictItem(g, c))));
    list.append(item);
  }
  if (!list.children.length) list.append(el('li', { class: 'none', text: 'The articles share no statement.' }));
}

function renderUnique(result) {
  const list = document.getElementById('unique');
  list.replaceChildren();
  for (const m of result.unique) {
    const text = compared.texts[m.article];
    list.append(el('li', { class: 'member', data: { article: String(m.article), kind: m.kind } },
      badge(m.article), el('span', { class: 'kind', text: m.kind }), jumpButton(m.article, m.start, m.end, text.slice(m.start, m.end))));
  }
  if (!list.children.length) list.append(el('li', { class: 'none', text: 'Every claim appears in more than one article.' }));
}

/** Shows article `article` in the reader with [start, end) marked and scrolled into view. */
function showInArticle(article, start, end) {
  const text = compared.texts[article];
  reader.hidden = false;
  document.getElementById('reader-title').replaceChildren(badge(article), ` Article ${compared.tabOf[article] + 1}`);
  const body = document.getElementById('reader-text');
  body.replaceChildren(marked(text, 0, text.length, [{ start, end, cls: 'target' }]));
  body.dataset.article = String(article);
  body.querySelector('mark.target')?.scrollIntoView({ block: 'center' });
}

renderTabs();
