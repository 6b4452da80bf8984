// Export formats, as pure functions of (text, result): no DOM, so Node tests import this file directly.
// Input offsets are UTF-16 code units (what the core returns). Each format states its own unit:
//   json  UTF-16 code units, JavaScript's text.slice (the result as the core returns it, plus `text`)
//   w3c   Unicode code points, as the Web Annotation Data Model requires of TextPositionSelector
//   brat  Unicode code points (Python 3 str indices, how brat slices the .txt it reads as UTF-8)
//   csv   Unicode code points, like the command line's --jsonl output
//   txt   the text exactly as annotated (a text area turns CRLF into LF), to go with a brat .ann
// A lone surrogate counts as one code point (it becomes U+FFFD, still one, when the file is written as UTF-8).

export const FORMATS = {
  json: { label: 'JSON result', ext: 'json', mime: 'application/json' },
  w3c: { label: 'W3C Web Annotation (JSON-LD)', ext: 'jsonld', mime: 'application/ld+json' },
  brat: { label: 'brat standoff (.ann)', ext: 'ann', mime: 'text/plain' },
  csv: { label: 'Claims (CSV)', ext: 'csv', mime: 'text/csv' },
  txt: { label: 'The text as annotated (.txt)', ext: 'txt', mime: 'text/plain' },
};

/// Maps UTF-16 offsets of `text` to code-point offsets: one linear pass, then O(1) per offset.
export function codePointIndex(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) map[++i] = cp; // the low half of a pair is never a span boundary
    cp++;
  }
  map[text.length] = cp;
  return (offset) => map[offset];
}

// Span texts come from the input itself: the core saw lone surrogates as U+FFFD, and an export
// must slice back to exactly the text it carries.
const sliced = (text, items) => items.map((x) => ({ ...x, text: text.slice(x.start, x.end) }));

export function exportJson(text, result) {
  const entities = sliced(text, result.entities);
  const claims = sliced(text, result.claims);
  return JSON.stringify({ offset_unit: 'utf-16', text, ...result, entities, claims }, null, 1);
}

const CONTEXT = 32; // code units of prefix and suffix in a TextQuoteSelector

function isLow(c) { return (c & 0xfc00) === 0xdc00; }
function isHigh(c) { return (c & 0xfc00) === 0xd800; }
function prefixOf(text, start) {
  let from = Math.max(0, start - CONTEXT);
  if (from > 0 && isLow(text.charCodeAt(from))) from++; // never cut a surrogate pair
  return text.slice(from, start);
}
function suffixOf(text, end) {
  let to = Math.min(text.length, end + CONTEXT);
  if (to < text.length && isHigh(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

/// RFC 6920 "ni" name of the text when Web Crypto is there (secure contexts), else a fixed URN.
export async function textUri(text) {
  const subtle = globalThis.crypto && globalThis.crypto.subtle;
  if (!subtle) return 'urn:newslens:text';
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let bin = '';
  for (const b of digest) bin += String.fromCharCode(b);
  return 'ni:///sha-256;' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function target(source, text, cp, span) {
  return {
    source,
    selector: [
      { type: 'TextPositionSelector', start: cp(span.start), end: cp(span.end) },
      { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), prefix: prefixOf(text, span.start), suffix: suffixOf(text, span.end) },
    ],
  };
}

const tag = (value, purpose = 'tagging') => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });

export function exportW3c(text, result, source) {
  const cp = codePointIndex(text);
  const base = source + '#';
  const items = result.entities.map((e) => ({
    id: `${base}entity-${e.id}`,
    type: 'Annotation',
    motivation: 'tagging',
    body: [tag(e.label), tag(result.linked[e.linked].name, 'identifying'), tag(`rule: ${e.rule}`, 'describing')],
    target: target(source, text, cp, e),
  }));
  for (const c of result.claims) {
    const about = [`${c.kind} claim`, c.speaker && `speaker: ${c.speaker}`, c.cue && `cue: ${c.cue}`,
      c.flags.length && `flags: ${c.flags.join(', ')}`, c.reasons.length && `checkable: ${c.reasons.join(', ')}`, `rule: ${c.rule}`];
    items.push({
      id: `${base}claim-${c.id}`,
      type: 'Annotation',
      motivation: 'classifying',
      body: [tag(c.kind), tag(about.filter(Boolean).join('; '), 'describing')],
      target: target(source, text, cp, c),
    });
  }
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}annotations`,
    type: 'AnnotationCollection',
    label: 'newslens entities and claims',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }, null, 1);
}

const oneLine = (s) => String(s).replace(/[\t\r\n]+/g, ' ');

/// brat fragments: a span is cut at line breaks (brat's text field is one line); fragments joined by a space.
function bratFragments(text, cp, start, end) {
  const frags = [];
  const re = /[^\r\n]+/g;
  const part = text.slice(start, end);
  for (let m; (m = re.exec(part));) frags.push([start + m.index, start + m.index + m[0].length]);
  if (!frags.length) frags.push([start, end]);
  return {
    offsets: frags.map(([a, b]) => `${cp(a)} ${cp(b)}`).join(';'),
    text: frags.map(([a, b]) => text.slice(a, b)).join(' '),
  };
}

const BRAT_CLAIM = { quote: 'Quote', reported: 'Reported', factual: 'Factual' };
const BRAT_FLAG = { unattributed: 'Unattributed', anonymous_source: 'Anonymous_source', hedged: 'Hedged' };

/// The mention of linked entity `linked` nearest to `pos` (mentions are in text order): binary search.
function nearestMention(result, linked, pos) {
  const ms = result.linked[linked].mentions;
  let lo = 0, hi = ms.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (result.entities[ms[mid]].start < pos) lo = mid + 1; else hi = mid;
  }
  const dist = (i) => Math.abs(result.entities[ms[i]].start - pos);
  return lo > 0 && dist(lo - 1) <= dist(lo) ? ms[lo - 1] : ms[lo];
}

export function exportBrat(text, result) {
  const cp = codePointIndex(text);
  const lines = [];
  let t = 0, a = 0, r = 0, n = 0;
  const entityT = new Map();
  const line = (type, span) => {
    const f = bratFragments(text, cp, span.start, span.end);
    lines.push(`T${++t}\t${type} ${f.offsets}\t${f.text}`);
    return `T${t}`;
  };
  for (const e of result.entities) {
    entityT.set(e.id, line(e.label, e));
    lines.push(`#${++n}\tAnnotatorNotes T${t}\t${oneLine(`${result.linked[e.linked].name}; rule: ${e.rule}`)}`);
  }
  for (const c of result.claims) {
    const id = line(BRAT_CLAIM[c.kind], c);
    for (const f of c.flags) lines.push(`A${++a}\t${BRAT_FLAG[f] || f} ${id}`);
    const note = [c.speaker && `speaker: ${c.speaker}`, c.cue && `cue: ${c.cue}`, c.reasons.length && `checkable: ${c.reasons.join(', ')}`, `rule: ${c.rule}`];
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${oneLine(note.filter(Boolean).join('; '))}`);
    if (c.speaker_entity != null && result.linked[c.speaker_entity]?.mentions.length) {
      const m = nearestMention(result, c.speaker_entity, c.cue_span ? c.cue_span.start : c.start);
      lines.push(`R${++r}\tSpeaker Arg1:${id} Arg2:${entityT.get(m)}`);
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/// A spreadsheet would run a cell starting with = + - @ (or a tab/CR) as a formula: such cells get a leading '.
export function csvCell(value) {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export const CSV_COLUMNS = ['id', 'kind', 'start', 'end', 'speaker', 'cue', 'flags', 'reasons', 'rule', 'text'];

/// RFC 4180 (CRLF rows), UTF-8 with a byte-order mark so spreadsheets read it as UTF-8.
export function exportCsv(text, result) {
  const cp = codePointIndex(text);
  const rows = [CSV_COLUMNS];
  for (const c of result.claims) {
    rows.push([c.id, c.kind, cp(c.start), cp(c.end), c.speaker, c.cue, c.flags.join(' '), c.reasons.join(' '), c.rule, text.slice(c.start, c.end)]);
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export async function exportAs(format, text, result) {
  switch (format) {
    case 'json': return exportJson(text, result);
    case 'w3c': return exportW3c(text, result, await textUri(text));
    case 'brat': return exportBrat(text, result);
    case 'csv': return exportCsv(text, result);
    case 'txt': return text;
    default: throw new Error(`unknown export format ${format}`);
  }
}
