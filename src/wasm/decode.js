// Builds the annotation objects from the packed form written by packed.rs:
// the same fields, in the same order, as JSON.parse gives for the serde form.
// The codes below follow the order of the Rust enums in src/annotations.rs.
// Lists that grow with the text grow by push: V8 gives `new Array(n)` slow dictionary
// storage once n is large (a 10 MB text has hundreds of thousands of entities, and as
// many distinct names in the string table), and push is as fast when small.

const LABELS = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'DATE', 'NUMBER'];
const PARAGRAPH_KINDS = ['body', 'headline', 'caption', 'byline', 'boilerplate'];
const CLAIM_KINDS = ['quote', 'reported', 'factual'];
const FLAGS = ['unattributed', 'anonymous_source', 'hedged'];
const REASONS = ['has_number', 'has_date', 'superlative', 'named_actor', 'event_verb', 'named_event'];
const NONE = 0xffffffff;

export function decodeAnnotations(text, w, table) {
  let i = 0;
  const strings = [];
  for (let k = 0, n = w[i++], at = 0; k < n; k++) {
    const len = w[i++];
    strings.push(table.slice(at, at + len));
    at += len;
  }
  const counts = [w[i++], w[i++], w[i++], w[i++], w[i++], w[i++]];
  const paragraphs = [];
  for (let k = 0; k < counts[0]; k++, i += 4) {
    paragraphs.push({ start: w[i], end: w[i + 1], kind: PARAGRAPH_KINDS[w[i + 2]], rule: strings[w[i + 3]] });
  }
  const sentences = [];
  for (let k = 0; k < counts[1]; k++, i += 3) {
    sentences.push({ start: w[i], end: w[i + 1], paragraph: w[i + 2] });
  }
  const entities = [];
  for (let k = 0; k < counts[2]; k++, i += 6) {
    entities.push({ id: k, start: w[i], end: w[i + 1], label: LABELS[w[i + 2]], text: strings[w[i + 5]], linked: w[i + 3], rule: strings[w[i + 4]] });
  }
  const linked = [];
  for (let k = 0; k < counts[3]; k++) {
    const label = LABELS[w[i]], name = strings[w[i + 1]], n = w[i + 2];
    i += 3;
    const mentions = [];
    for (let m = 0; m < n; m++) mentions.push(w[i++]);
    linked.push({ id: k, label, name, mentions });
  }
  const claims = [];
  for (let k = 0; k < counts[4]; k++) {
    const start = w[i], end = w[i + 1], kind = CLAIM_KINDS[w[i + 2]];
    const speaker = w[i + 3] === NONE ? null : strings[w[i + 3]];
    const speakerEntity = w[i + 4] === NONE ? null : w[i + 4];
    const cueSpan = w[i + 5] === NONE ? null : { start: w[i + 5], end: w[i + 6] };
    i += 7;
    const flags = new Array(w[i++]);
    for (let m = 0; m < flags.length; m++) flags[m] = FLAGS[w[i++]];
    const reasons = new Array(w[i++]);
    for (let m = 0; m < reasons.length; m++) reasons[m] = REASONS[w[i++]];
    claims.push({
      id: k, start, end, kind, text: text.slice(start, end), speaker, speaker_entity: speakerEntity,
      cue: cueSpan && text.slice(cueSpan.start, cueSpan.end), cue_span: cueSpan, flags, reasons, rule: strings[w[i++]],
    });
  }
  const boilerplate = [];
  for (let k = 0; k < counts[5]; k++, i += 2) {
    boilerplate.push({ start: w[i], end: w[i + 1] });
  }
  return { paragraphs, sentences, entities, linked, claims, boilerplate };
}

// The comparison from compare/json.rs: JSON whose group scores are 0, and the exact scores beside it
// (no float is printed on the Rust side). The objects are the ones serde's form gave, key for key.
export function decodeComparison(json, scores) {
  const c = JSON.parse(json);
  c.groups.forEach((g, i) => { g.score = scores[i]; });
  return c;
}
