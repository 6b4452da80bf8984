// Renders text plus annotations as DOM, in time-boxed chunks so a 1 MB article never blocks the page.
// Input: the text and the core's result (UTF-16 offsets, so text.slice is exact). Output: one <p> per
// paragraph in the container, entity <mark>s and claim <span>s inside. User text only ever becomes text
// nodes. Invariants: an entity mark is never split; a claim crossing another claim's end is closed and
// reopened (the later pieces carry data-claim-cont); the work is linear in text plus annotations.

import { explainRule } from './rules.js';

// Paragraph kinds the reading view labels with their reason (a headline explains itself).
const LABELLED_KINDS = new Set(['boilerplate', 'caption', 'byline']);

export const LABELS = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'DATE', 'NUMBER'];
export const CLAIM_KINDS = ['quote', 'reported', 'factual'];

// Main-thread budget per chunk, adapted as it goes: the browser's style and layout work for a chunk's
// nodes comes after it, so when the pause between chunks grows long the chunks get smaller.
const SLICE_MS = { start: 6, min: 1.5, max: 12, slowGap: 40, fastGap: 20 };

export function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.append(document.createTextNode(text));
  return node;
}

function renderParagraph(text, para, entities, claims, boilerplate, index) {
  const { start, end } = para;
  const p = el('p', { 'data-paragraph': String(index), dir: 'auto' }); // an Arabic or Hebrew paragraph reads right to left
  if (para.kind !== 'body') p.dataset.paragraphKind = para.kind;
  if (LABELLED_KINDS.has(para.kind)) p.dataset.why = `${para.kind}: ${explainRule(para.rule) ?? para.rule}`; // shown by style.css
  if (boilerplate || para.kind === 'boilerplate') p.className = 'boilerplate';
  const cuts = new Set([start, end]);
  for (const c of claims) { cuts.add(Math.max(start, c.start)); cuts.add(Math.min(end, c.end)); }
  for (const e of entities) { cuts.add(e.start); cuts.add(e.end); }
  const points = [...cuts].filter((x) => x >= start && x <= end).sort((a, b) => a - b);
  const open = []; // claims currently open, outermost first
  const stack = [p];
  const seen = new Set();
  const top = () => stack[stack.length - 1];
  const openClaim = (c) => {
    const node = el('span', { 'data-claim-kind': c.kind, 'data-claim-id': String(c.id) });
    if (seen.has(c.id)) node.dataset.claimCont = ''; else seen.add(c.id);
    top().append(node);
    stack.push(node);
    open.push(c);
  };
  const marks = [];
  let ei = 0, ci = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const ending = open.findIndex((c) => c.end <= a);
    if (ending >= 0) { // close claims ending at a; reopen the ones above them that continue
      const reopen = open.slice(ending).filter((c) => c.end > a);
      while (open.length > ending) { open.pop(); stack.pop(); }
      reopen.forEach(openClaim);
    }
    while (ci < claims.length && Math.max(start, claims[ci].start) <= a) {
      if (claims[ci].end > a) openClaim(claims[ci]);
      ci++;
    }
    while (ei < entities.length && entities[ei].end <= a) ei++;
    const e = entities[ei];
    if (e && e.start === a) {
      const mark = el('mark', { 'data-label': e.label, 'data-entity-id': String(e.id), 'data-linked': String(e.linked) }, text.slice(e.start, e.end));
      top().append(mark);
      marks.push(mark);
      while (i + 1 < points.length - 1 && points[i + 1] < e.end) i++; // cuts inside a mark wait for its end
      continue;
    }
    top().append(document.createTextNode(text.slice(a, points[i + 1])));
  }
  return { p, marks };
}

/// Splits entities and claims by paragraph in one sweep (both sorted by start).
function* paragraphJobs(result) {
  const boiler = new Set(result.boilerplate.map((s) => s.start));
  const claims = [...result.claims].sort((x, y) => x.start - y.start || y.end - x.end);
  let ei = 0, ci = 0;
  let active = [];
  for (let index = 0; index < result.paragraphs.length; index++) {
    const para = result.paragraphs[index];
    while (ei < result.entities.length && result.entities[ei].start < para.start) ei++;
    const ents = [];
    for (; ei < result.entities.length && result.entities[ei].end <= para.end; ei++) ents.push(result.entities[ei]);
    while (ci < claims.length && claims[ci].start < para.end) active.push(claims[ci++]);
    active = active.filter((c) => c.end > para.start);
    yield [para, ents, active.filter((c) => c.start < para.end), boiler.has(para.start), index];
  }
}

// After the next frame (so its style and layout run between chunks), or a plain task when hidden.
const nextTask = () => new Promise((resolve) => {
  if (document.hidden) setTimeout(resolve, 0);
  else requestAnimationFrame(() => setTimeout(resolve, 0));
});

/// One renderer per container. render() cancels any render still in progress.
export class Renderer {
  constructor(container) {
    this.container = container;
    this.generation = 0;
    this.marks = []; // entity id -> its <mark>
    this.claims = new Map(); // claim id -> its first element
  }

  markFor(entityId) { return this.marks[entityId]; }
  claimFor(claimId) { return this.claims.get(claimId); }

  /// Resolves true once everything is in the DOM, false if a newer render replaced this one.
  async render(text, result) {
    const generation = ++this.generation;
    this.marks = new Array(result.entities.length);
    this.claims = new Map();
    const jobs = paragraphJobs(result);
    let first = true;
    let budget = SLICE_MS.start;
    for (;;) {
      const frag = el('div', { class: 'part' }); // one containment boundary per chunk (see style.css)
      const until = performance.now() + budget;
      let done = false;
      while (performance.now() < until) {
        const job = jobs.next();
        if (job.done) { done = true; break; }
        const { p, marks } = renderParagraph(text, ...job.value);
        for (const m of marks) this.marks[Number(m.dataset.entityId)] = m;
        for (const c of p.querySelectorAll('[data-claim-id]:not([data-claim-cont])')) {
          const id = Number(c.dataset.claimId);
          if (!this.claims.has(id)) this.claims.set(id, c);
        }
        frag.append(p);
      }
      if (first) this.container.replaceChildren(frag); else this.container.append(frag);
      first = false;
      if (done) return true;
      const paused = performance.now();
      await nextTask();
      if (generation !== this.generation) return false;
      const gap = performance.now() - paused - 16; // less the frame we waited for
      if (gap > SLICE_MS.slowGap) budget = Math.max(SLICE_MS.min, budget / 2);
      else if (gap < SLICE_MS.fastGap) budget = Math.min(SLICE_MS.max, budget * 1.25);
    }
  }
}
