// Renders text plus annotations as DOM. User text only ever becomes text nodes.
// Offsets are UTF-16 code units (what the core returns), so text.slice is exact.

export const LABELS = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'DATE', 'NUMBER'];
export const CLAIM_KINDS = ['quote', 'reported', 'factual'];

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.append(document.createTextNode(text));
  return node;
}

// Claims as a stack of open elements: an entity mark is never split; a claim
// that crosses another claim's end is closed and reopened (same data-claim-id).
function renderParagraph(text, start, end, entities, claims, boilerplate) {
  const p = el('p');
  if (boilerplate) p.className = 'boilerplate';
  const events = new Set([start, end]);
  for (const c of claims) { events.add(Math.max(start, c.start)); events.add(Math.min(end, c.end)); }
  for (const e of entities) { events.add(e.start); events.add(e.end); }
  const points = [...events].filter((x) => x >= start && x <= end).sort((a, b) => a - b);
  let ei = 0;
  const open = []; // claims currently open, outermost first
  const stack = [p];
  const top = () => stack[stack.length - 1];
  const openClaim = (c) => {
    const node = el('span', { 'data-claim-kind': c.kind, 'data-claim-id': String(c.id) });
    top().append(node);
    stack.push(node);
    open.push(c);
  };
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    // close claims ending at a (reopen the ones above them that continue)
    const ending = open.findIndex((c) => c.end <= a);
    if (ending >= 0) {
      const reopen = open.slice(ending).filter((c) => c.end > a);
      while (open.length > ending) { open.pop(); stack.pop(); }
      reopen.forEach(openClaim);
    }
    for (const c of claims) if (c.start <= a && c.end > a && !open.includes(c)) openClaim(c);
    while (ei < entities.length && entities[ei].end <= a) ei++;
    const e = entities[ei];
    if (e && e.start === a) {
      const mark = el('mark', { 'data-label': e.label, 'data-entity-id': String(e.id), 'data-linked': String(e.linked), title: `${e.label} · rule: ${e.rule}` }, text.slice(e.start, e.end));
      top().append(mark);
      i = points.indexOf(e.end) - 1;
      continue;
    }
    top().append(document.createTextNode(text.slice(a, b)));
  }
  return p;
}

export function renderAnnotations(container, text, result) {
  const frag = document.createDocumentFragment();
  const boiler = new Set(result.boilerplate.map((s) => s.start));
  let ei = 0;
  for (const para of result.paragraphs) {
    while (ei < result.entities.length && result.entities[ei].start < para.start) ei++;
    const ents = [];
    for (let j = ei; j < result.entities.length && result.entities[j].end <= para.end; j++) ents.push(result.entities[j]);
    const claims = result.claims.filter((c) => c.start < para.end && c.end > para.start)
      .sort((x, y) => x.start - y.start || y.end - x.end);
    frag.append(renderParagraph(text, para.start, para.end, ents, claims, boiler.has(para.start)));
  }
  container.replaceChildren(frag);
}

export function renderLegend(list, result) {
  const counts = Object.fromEntries([...LABELS, ...CLAIM_KINDS].map((k) => [k, 0]));
  for (const e of result.entities) counts[e.label]++;
  for (const c of result.claims) counts[c.kind]++;
  list.replaceChildren(
    ...LABELS.map((l) => el('li', { 'data-label': l }, `${l} ${counts[l]}`)),
    ...CLAIM_KINDS.map((k) => el('li', { 'data-claim-kind': k }, `${k} ${counts[k]}`)),
  );
}
