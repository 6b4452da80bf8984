// The legend (type toggles with counts), the entity index with its mention stepper, and "who said what".
// Input: the core's result and the renderer (entity id -> mark, claim id -> element). Output: lists of
// buttons built from text nodes; choosing an entry highlights and focuses its place in the text.

import { el, LABELS, CLAIM_KINDS } from './render.js';
import { focusInText } from './cards.js';


export function renderLegend(list, output, result) {
  const counts = Object.fromEntries([...LABELS, ...CLAIM_KINDS].map((k) => [k, 0]));
  for (const e of result.entities) counts[e.label]++;
  for (const c of result.claims) counts[c.kind]++;
  const hidden = new Set((output.dataset.hide || '').split(' ').filter(Boolean));
  const item = (type, attr) => {
    const button = el('button', { type: 'button', 'aria-pressed': String(!hidden.has(type)), [attr]: type });
    button.append(el('span', { class: 'swatch', 'aria-hidden': 'true' }), `${type} `, el('span', { class: 'count' }, String(counts[type])));
    const li = el('li', { [attr]: type });
    li.append(button);
    return li;
  };
  list.replaceChildren(...LABELS.map((l) => item(l, 'data-label')), ...CLAIM_KINDS.map((k) => item(k, 'data-claim-kind')));
}

/// Legend clicks switch a type off and on: #output[data-hide] lists the hidden types, CSS does the rest.
export function setupLegend(list, output) {
  list.addEventListener('click', (ev) => {
    const button = ev.target.closest('button');
    if (!button) return;
    const type = button.dataset.label || button.dataset.claimKind;
    const hidden = new Set((output.dataset.hide || '').split(' ').filter(Boolean));
    const shown = hidden.has(type);
    if (shown) hidden.delete(type); else hidden.add(type);
    output.dataset.hide = [...hidden].join(' ');
    button.setAttribute('aria-pressed', String(shown));
  });
}

const CAP = 100; // entries per group rendered at once; "Show all" renders the rest

/// Fills `ul` with one li per item (made by `make`), the first CAP now and the rest on request.
function fillCapped(ul, items, make) {
  const add = (from, to) => {
    for (let i = from; i < to; i++) {
      const li = el('li');
      li.append(make(items[i]));
      ul.append(li);
    }
  };
  add(0, Math.min(CAP, items.length));
  if (items.length <= CAP) return;
  const li = el('li', { class: 'more' });
  const more = el('button', { type: 'button', class: 'show-all' }, `Show all ${items.length}`);
  more.addEventListener('click', () => {
    li.remove();
    add(CAP, items.length);
    ul.children[CAP]?.querySelector('button')?.focus();
  });
  li.append(more);
  ul.append(li);
}

/// Per entity id: whether it sits in a boilerplate paragraph (one sweep; both lists sorted by start).
function inFurniture(result) {
  const out = new Array(result.entities.length).fill(false);
  let pi = 0;
  for (const e of result.entities) {
    while (pi < result.paragraphs.length && result.paragraphs[pi].end <= e.start) pi++;
    const p = result.paragraphs[pi];
    out[e.id] = !!p && p.start <= e.start && p.kind === 'boilerplate';
  }
  return out;
}

export function renderEntityIndex(container, result) {
  const groups = [];
  const furniture = inFurniture(result);
  // an entity named only in page furniture (share buttons, copyright lines) is listed last, marked as such
  const onlyFurniture = new Set(result.linked.filter((l) => l.mentions.every((id) => furniture[id])).map((l) => l.id));
  for (const label of LABELS) {
    const items = result.linked.filter((l) => l.label === label)
      .sort((a, b) => onlyFurniture.has(a.id) - onlyFurniture.has(b.id) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (!items.length) continue;
    const section = el('section', { 'data-label': label });
    const heading = el('h3', {}, `${label} `);
    heading.append(el('span', { class: 'count' }, String(items.length)));
    const ul = el('ul');
    fillCapped(ul, items, (l) => {
      const button = el('button', { type: 'button', 'data-linked': String(l.id), 'data-mentions': String(l.mentions.length) });
      button.append(el('bdi', {}, l.name)); // isolated: a right-to-left name keeps the count after it
      const count = el('span', { class: 'count' }, String(l.mentions.length));
      count.append(el('span', { class: 'sr-only' }, l.mentions.length === 1 ? ' mention' : ' mentions'));
      button.append(' ', count);
      if (onlyFurniture.has(l.id)) {
        button.dataset.furniture = '';
        button.append(' ', el('span', { class: 'furniture' }, 'only in page furniture'));
      }
      return button;
    });
    section.append(heading, ul);
    groups.push(section);
  }
  if (!groups.length) groups.push(el('p', { class: 'empty' }, 'No entities yet.'));
  container.replaceChildren(...groups);
}

/// Choosing an entity marks all its mentions and steps through them (wrapping) with Previous / Next.
export function setupEntityIndex(container, stepper, output, getState) {
  const label = stepper.querySelector('#mention-label');
  let chosen = null; // {linked, index}

  function clear() {
    for (const m of output.querySelectorAll('mark.chosen')) m.classList.remove('chosen', 'current');
    container.querySelector('[aria-current]')?.removeAttribute('aria-current');
    chosen = null;
    stepper.hidden = true;
  }

  function go(index) {
    const { result, renderer } = getState();
    const mentions = result.linked[chosen.linked].mentions;
    chosen.index = (index + mentions.length) % mentions.length;
    output.querySelector('mark.current')?.classList.remove('current');
    const mark = renderer.markFor(mentions[chosen.index]);
    label.textContent = `${result.linked[chosen.linked].name}: mention ${chosen.index + 1} of ${mentions.length}`;
    if (!mark) return;
    mark.classList.add('current');
    focusInText(mark);
  }

  function choose(linked) {
    const { result, renderer } = getState();
    clear();
    chosen = { linked, index: 0 };
    for (const id of result.linked[linked].mentions) renderer.markFor(id)?.classList.add('chosen');
    container.querySelector(`[data-linked="${linked}"]`)?.setAttribute('aria-current', 'true');
    stepper.hidden = false;
    go(0);
  }

  container.addEventListener('click', (ev) => {
    const button = ev.target.closest('button[data-linked]');
    if (button) choose(Number(button.dataset.linked));
  });
  stepper.querySelector('#mention-prev').addEventListener('click', () => chosen && go(chosen.index - 1));
  stepper.querySelector('#mention-next').addEventListener('click', () => chosen && go(chosen.index + 1));
  stepper.querySelector('#mention-clear').addEventListener('click', () => { // focus goes back where the choice was made
    const from = chosen && container.querySelector(`[data-linked="${chosen.linked}"]`);
    clear();
    from?.focus();
  });
  return { clear };
}

/// Who said what: claims grouped by speaker. Group keys: a linked entity, else the speaker's words;
/// anonymous sources, unattributed quotes and reports, and the article's own factual statements apart.
export function speakerGroups(result) {
  const groups = new Map();
  const add = (key, name, kind, claim) => {
    if (!groups.has(key)) groups.set(key, { key, name, kind, claims: [] });
    groups.get(key).claims.push(claim);
  };
  for (const c of result.claims) {
    if (c.flags.includes('anonymous_source')) add('anonymous', 'Anonymous sources', 'anonymous', c);
    else if (c.speaker_entity != null && result.linked[c.speaker_entity]) add(`linked-${c.speaker_entity}`, result.linked[c.speaker_entity].name, 'speaker', c);
    else if (c.speaker) add(`speaker-${c.speaker}`, c.speaker, 'speaker', c);
    else if (c.kind === 'factual') add('article', 'The article itself', 'article', c);
    else add('unattributed', 'Unattributed', 'unattributed', c);
  }
  const order = { speaker: 0, anonymous: 1, unattributed: 2, article: 3 };
  return [...groups.values()].sort((a, b) => order[a.kind] - order[b.kind] || b.claims.length - a.claims.length || a.name.localeCompare(b.name));
}

const PREVIEW = 90;

export function renderSpeakers(container, text, result) {
  const sections = speakerGroups(result).map((g) => {
    const section = el('section', { 'data-speaker-group': g.kind });
    if (g.kind === 'speaker') section.dataset.speaker = g.name;
    const heading = el('h3');
    heading.append(el('bdi', {}, g.name), ' ', el('span', { class: 'count' }, String(g.claims.length)));
    const ul = el('ul');
    fillCapped(ul, g.claims, (c) => {
      const quote = text.slice(c.start, Math.min(c.end, c.start + PREVIEW));
      const preview = c.end - c.start > PREVIEW ? quote.slice(0, PREVIEW - 1) + '…' : quote;
      const button = el('button', { type: 'button', 'data-claim-id': String(c.id), 'data-kind': c.kind });
      button.append(el('span', { class: 'kind' }, c.kind), ' ', el('bdi', {}, preview));
      return button;
    });
    section.append(heading, ul);
    return section;
  });
  if (!sections.length) sections.push(el('p', { class: 'empty' }, 'No claims yet.'));
  container.replaceChildren(...sections);
}

export function setupSpeakers(container, output, getState) {
  container.addEventListener('click', (ev) => {
    const button = ev.target.closest('button[data-claim-id]');
    if (!button) return;
    const node = getState().renderer.claimFor(Number(button.dataset.claimId));
    if (!node) return;
    output.querySelector('.jumped')?.classList.remove('jumped');
    node.classList.add('jumped');
    focusInText(node);
  });
}
