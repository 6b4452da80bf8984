// Exports: each format parses and its offsets slice back to the same strings, for the seeds and for
// hostile text (emoji, CJK, combining marks, CRLF, lone surrogates), first as pure functions in Node,
// then through the page's Download and Copy buttons in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { annotate, openPage, paste, seedNames, readSeed } from './harness.mjs';
import { exportJson, exportW3c, exportBrat, exportCsv, codePointIndex, CSV_COLUMNS } from '../../www/formats.js';

const HOSTILE = [
  'Emoji 😀 first: Angela Merkel 👩‍⚕️ visited Paris on Monday, said "we 🎉 will go", officials said.',
  '東京 Tokyo: Prime Minister Fumio Kishida said "日本は準備ができている" on 3 May 2024.\r\nCRLF line: Barack Obama told CNN the plan was "=SUM(A1)".',
  'Cafe\u0301 owner Jose\u0301 García said "bueno".\n\nA lone \uD83D surrogate and \uDE00 another, then Paris, France, on Friday.',
  '"Unbalanced quote by Joe Biden, said officials in Washington on Tuesday.\n\n+1 and -2 and @here, the 5 biggest cities.',
];
const texts = () => [...seedNames().map(readSeed), ...HOSTILE];

// code point slicing, as Python (score.py, brat) does: a lone surrogate is one code point
const cpSlice = (text, a, b) => [...text].slice(a, b).join('');

function parseCsv(s) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += ch;
  }
  assert.equal(cell + row.length, '0', 'the CSV ends with CRLF');
  return rows;
}
const unguard = (cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function checkAll(text, result, { json, w3c, brat, csv }) {
  // JSON: UTF-16 offsets, text.slice
  const j = JSON.parse(json);
  assert.equal(j.offset_unit, 'utf-16');
  assert.equal(j.text, text, 'JSON escapes even lone surrogates, so the text comes back exactly');
  for (const e of j.entities) assert.equal(text.slice(e.start, e.end), e.text);
  for (const c of j.claims) assert.equal(text.slice(c.start, c.end), c.text);
  assert.equal(j.entities.length, result.entities.length);

  // W3C Web Annotation: code points in TextPositionSelector, exact text in TextQuoteSelector
  const w = JSON.parse(w3c);
  assert.equal(w['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(w.type, 'AnnotationCollection');
  assert.equal(w.total, result.entities.length + result.claims.length);
  for (const a of w.first.items) {
    assert.equal(a.type, 'Annotation');
    const [pos, quote] = a.target.selector;
    assert.equal(pos.type, 'TextPositionSelector');
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(cpSlice(text, pos.start, pos.end), quote.exact, `${a.id} position slices to its quote`);
    assert.ok(text.includes(quote.prefix + quote.exact + quote.suffix), `${a.id} prefix, exact and suffix are contiguous`);
  }
  assert.deepEqual(w.first.items.filter((a) => a.id.includes('#entity-')).map((a) => a.target.selector[1].exact), result.entities.map((e) => e.text));

  // brat: code points; fragments joined by one space give the text field
  const ts = brat.trimEnd().split('\n').filter((l) => l.startsWith('T'));
  assert.equal(ts.length, result.entities.length + result.claims.length);
  for (const line of ts) {
    const [id, typeAndOffsets, field] = line.split('\t');
    assert.match(id, /^T\d+$/);
    const frags = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    assert.equal(frags.map(([a, b]) => cpSlice(text, a, b)).join(' '), field, line);
    assert.ok(!/[\r\n]/.test(field));
  }
  for (const line of brat.trimEnd().split('\n').filter((l) => l.startsWith('R'))) assert.match(line, /^R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+$/);

  // CSV: RFC 4180 with BOM; code-point offsets; formula-looking cells guarded by a leading '
  assert.ok(csv.startsWith('\uFEFF'));
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(rows[0], CSV_COLUMNS);
  assert.equal(rows.length - 1, result.claims.length);
  for (const row of rows.slice(1)) {
    const r = Object.fromEntries(CSV_COLUMNS.map((k, i) => [k, row[i]]));
    assert.equal(cpSlice(text, Number(r.start), Number(r.end)), unguard(r.text));
    assert.ok(!/^[=+\-@]/.test(r.text) && !/^[=+\-@]/.test(r.speaker), 'no cell starts like a formula');
  }
}

test('every export round-trips its offsets (pure functions)', () => {
  for (const text of texts()) {
    const result = annotate(text);
    checkAll(text, result, {
      json: exportJson(text, result), w3c: exportW3c(text, result, 'urn:x'), brat: exportBrat(text, result), csv: exportCsv(text, result),
    });
  }
});

test('code point index agrees with string iteration', () => {
  for (const text of texts()) {
    const cp = codePointIndex(text);
    let units = 0, points = 0;
    for (const ch of text) {
      assert.equal(cp(units), points);
      units += ch.length;
      points++;
    }
    assert.equal(cp(text.length), points);
  }
});

test('the page downloads and copies every format, and the files round-trip', async () => {
  const page = await openPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: page.url() });
  await paste(page, HOSTILE[1] + '\n\n' + readSeed(seedNames()[1]));
  const text = await page.inputValue('#input'); // a text area holds CRLF as LF: offsets count what it holds
  assert.ok(!text.includes('\r'));
  const result = annotate(text);
  const files = {};
  for (const format of ['json', 'w3c', 'brat', 'csv', 'txt']) {
    await page.selectOption('#export-format', format);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-download')]);
    assert.match(download.suggestedFilename(), /^newslens\.(json|jsonld|ann|csv|txt)$/);
    files[format] = await readFile(await download.path(), 'utf8');
    await page.click('#export-copy');
    await page.waitForFunction(() => /Copied/.test(document.querySelector('#export-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), files[format], `${format}: the clipboard holds the same text`);
    await page.evaluate(() => { document.querySelector('#export-status').textContent = ''; });
  }
  assert.equal(files.txt, text, 'the text as annotated, to go with the .ann');
  checkAll(text, result, files);
  assert.match(JSON.parse(files.w3c).first.items[0].target.source, /^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
  const foreign = page.log.requests.filter((u) => new URL(u).origin !== new URL(page.url()).origin);
  assert.deepEqual(foreign, [], 'downloads are same-origin blobs');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});
