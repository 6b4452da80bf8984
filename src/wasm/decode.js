// Builds the annotation objects from the packed form written by packed.rs:
// the same fields, in the same order, as JSON.parse gives for the serde form.
// The codes below follow the order of the Rust enums in src/annotations.rs.

const LABELS = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'DATE', 'NUMBER'];
const PARAGRAPH_KINDS = ['body', 'headline', 'caption', 'byline', 'boilerplate'];
const CLAIM_KINDS = ['quote', 'reported', 'factual'];
const FLAGS = ['unattributed', 'anonymous_source', 'hedged'];
const REASONS = ['has_number', 'has_date', 'superlative', 'named_actor', 'event_verb', 'named_event'];
const NONE = 0xffffffff;

export function decodeAnnotations(text, w, table) {
  let i = 0;
  const strings = new Array(w[i++]);
  for (let k = 0, at = 0; k < strings.length; k++) {
    const len = w[i++];
    strings[k] = table.slice(at, at + len);
    at += len;
  }
  const counts = [w[i++], w[i++], w[i++], w[i++], w[i++], w[i++]];
  const paragraphs = new Array(counts[0]);
  for (let k = 0; k < paragraphs.length; k++, i += 4) {
    paragraphs[k] = { start: w[i], end: w[i + 1], kind: PARAGRAPH_KINDS[w[i + 2]], rule: strings[w[i + 3]] };
  }
  const sentences = new Array(counts[1]);
  for (let k = 0; k < sentences.length; k++, i += 3) {
    sentences[k] = { start: w[i], end: w[i + 1], paragraph: w[i + 2] };
  }
  const entities = new Array(counts[2]);
  for (let k = 0; k < entities.length; k++, i += 5) {
    const start = w[i], end = w[i + 1];
    entities[k] = { id: k, start, end, label: LABELS[w[i + 2]], text: text.slice(start, end), linked: w[i + 3], rule: strings[w[i + 4]] };
  }
  const linked = new Array(counts[3]);
  for (let k = 0; k < linked.length; k++) {
    const label = LABELS[w[i]], name = strings[w[i + 1]], n = w[i + 2];
    i += 3;
    const mentions = new Array(n);
    for (let m = 0; m < n; m++) mentions[m] = w[i++];
    linked[k] = { id: k, label, name, mentions };
  }
  const claims = new Array(counts[4]);
  for (let k = 0; k < claims.length; k++) {
    const start = w[i], end = w[i + 1], kind = CLAIM_KINDS[w[i + 2]];
    const speaker = w[i + 3] === NONE ? null : strings[w[i + 3]];
    const speakerEntity = w[i + 4] === NONE ? null : w[i + 4];
    const cueSpan = w[i + 5] === NONE ? null : { start: w[i + 5], end: w[i + 6] };
    i += 7;
    const flags = new Array(w[i++]);
    for (let m = 0; m < flags.length; m++) flags[m] = FLAGS[w[i++]];
    const reasons = new Array(w[i++]);
    for (let m = 0; m < reasons.length; m++) reasons[m] = REASONS[w[i++]];
    claims[k] = {
      id: k, start, end, kind, text: text.slice(start, end), speaker, speaker_entity: speakerEntity,
      cue: cueSpan && text.slice(cueSpan.start, cueSpan.end), cue_span: cueSpan, flags, reasons, rule: strings[w[i++]],
    };
  }
  const boilerplate = new Array(counts[5]);
  for (let k = 0; k < boilerplate.length; k++, i += 2) {
    boilerplate[k] = { start: w[i], end: w[i + 1] };
  }
  return { paragraphs, sentences, entities, linked, claims, boilerplate };
}
