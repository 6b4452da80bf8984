// End to end: the compare page in Chromium shows what the core's compare() returns for the seed articles,
// flags the "a month" / "two months" conflict, merges "Kim Jong-un" and "Kim Jong Un", jumps to a statement in
// its article, splits pasted text at "---", and prints how long five 1,000-word articles take (no assertion on it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, WWW } from './server.mjs';
import { launch } from './browser.mjs';
import { initSync, annotate, compare } from '../../www/pkg/newslens.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
initSync({ module: readFileSync(WWW + 'pkg/newslens_bg.wasm') });
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(SEEDS + f, 'utf8'));

let browser, server, origin;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/compare.html');
  return { page, errors };
}

/** Puts each text in its own tab (adding tabs as needed) and compares. */
async function compareTexts(page, texts) {
  for (let i = 0; i < texts.length; i++) {
    if (await page.$$eval('.article-input', (a) => a.length) <= i) await page.click('#add-article');
    await page.click(`#tab-${i}`);
    await page.fill(`#panel-${i}`, texts[i]);
  }
  await runCompare(page);
}

async function runCompare(page) {
  const before = await page.evaluate(() => Number(document.body.dataset.compared || 0));
  await page.click('#compare');
  await page.waitForFunction((n) => Number(document.body.dataset.compared || 0) > n, before);
}

const quoteCarriers = () => seeds.flatMap((text, a) => annotate(text).claims
  .filter((c) => c.kind === 'quote' && /understand/i.test(c.text) && /situation/i.test(c.text) && /korean peninsula/i.test(c.text))
  .slice(0, 1).map(() => a));

test('the seed articles compare in the page as in the core', async () => {
  assert.ok(seeds.length >= 5);
  const expected = compare(seeds);
  const { page, errors } = await openPage();
  await compareTexts(page, seeds);
  const groups = await page.$$eval('#groups li.group', (gs) => gs.map((g) => g.dataset.articles));
  assert.deepEqual(groups, expected.groups.map((g) => g.articles.join(',')));

  // the Putin quote: one group holding exactly the articles that carry it
  const carriers = quoteCarriers();
  assert.ok(carriers.length >= 3, `carriers ${carriers}`);
  const quoteGroups = await page.$$eval('#groups li.group', (gs) => gs
    .filter((g) => [...g.querySelectorAll('.member[data-kind="quote"]')].some((m) => /understand/i.test(m.textContent) && /situation/i.test(m.textContent)))
    .map((g) => g.dataset.articles));
  assert.deepEqual(quoteGroups, [carriers.join(',')]);
  const diffs = await page.$$eval('#groups li.group mark.diff', (ms) => ms.length);
  assert.ok(diffs > 0, 'wording differences are marked');

  // the conflict, explained side by side
  const conflicts = await page.$$eval('#conflicts .conflict', (cs) => cs.map((c) => ({
    kind: c.dataset.kind, what: c.querySelector('.what').textContent, values: [...c.querySelectorAll('.side strong')].map((s) => s.textContent.trim()),
  })));
  const month = conflicts.find((c) => c.kind === 'duration' && c.values.some((v) => v.toLowerCase() === 'a month'));
  assert.ok(month, JSON.stringify(conflicts));
  assert.ok(month.values.some((v) => v.toLowerCase() === 'two months') && /time after/.test(month.what), JSON.stringify(month));

  await (await page.$('#conflicts')).screenshot({ path: `${SHOTS}compare-conflicts.png` });

  // one row for Kim Jong-un / Kim Jong Un, mentioned in every article
  const kims = await page.$$eval('#coverage tbody tr', (rows) => rows
    .filter((r) => /Kim Jong[- ]un/i.test(r.querySelector('th').textContent))
    .map((r) => ({ th: r.querySelector('th').textContent, counts: [...r.querySelectorAll('td[data-article]')].map((td) => Number(td.dataset.count)) })));
  assert.equal(kims.length, 1, JSON.stringify(kims));
  assert.match(kims[0].th, /Kim Jong-un/);
  assert.match(kims[0].th, /Kim Jong Un/);
  assert.ok(kims[0].counts.length === seeds.length && kims[0].counts.every((n) => n > 0), JSON.stringify(kims[0]));

  // the article with deleted names joins groups
  const damaged = await page.$$eval('#groups li.group', (gs) => gs.filter((g) => g.dataset.articles.split(',').includes('0')).length);
  assert.ok(damaged >= 3, `groups with article 0: ${damaged}`);

  // a member jumps to its place in its article
  const first = expected.groups[0].members[0];
  await page.click('#groups li.group .member button.jump');
  const target = await page.$eval('#reader-text mark.target', (m) => ({ text: m.textContent, article: m.parentElement.dataset.article }));
  assert.deepEqual(target, { text: seeds[first.article].slice(first.start, first.end), article: String(first.article) });
  const reader = await page.$eval('#reader-text', (r) => r.textContent);
  assert.equal(reader, seeds[first.article]);

  await page.screenshot({ path: `${SHOTS}compare-seeds.png`, fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('two articles with nothing in common: no groups, no conflicts (pasted with a separator)', async () => {
  const a = 'The city council approved a new budget for road repairs on Monday. Mayor Lena Holt said "the roads have waited long enough".';
  const b = 'Scientists in Chile described a fossil of a small feathered dinosaur. The team said "this animal changes what we know about flight".';
  const { page, errors } = await openPage();
  await page.fill('#panel-0', `${a}\n---\n${b}`);
  await page.click('#split');
  assert.equal(await page.$$eval('.article-input', (x) => x.length), 2);
  assert.equal(await page.$eval('#panel-1', (t) => t.value), b);
  await runCompare(page);
  assert.equal(await page.$$eval('#groups li.group', (g) => g.length), 0);
  assert.equal(await page.$$eval('#conflicts .conflict', (c) => c.length), 0);
  const unique = await page.$$eval('#unique li.member', (u) => u.map((m) => m.textContent));
  assert.ok(unique.some((t) => t.includes('the roads have waited long enough')), unique.join(' | '));
  assert.ok(unique.some((t) => t.includes('this animal changes what we know about flight')), unique.join(' | '));
  assert.deepEqual(errors, []);
  await page.close();
});

test('user text is rendered as text, never as markup', async () => {
  const hostile = 'Officials said <img src=x onerror="alert(1)"> 300 soldiers crossed the river near Tarnow on Monday <b>night</b>.';
  const other = 'About 300 soldiers crossed the river near Tarnow on Tuesday, officials said <script>alert(2)</script>.';
  const { page, errors } = await openPage();
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await compareTexts(page, [hostile, other]);
  assert.equal(await page.$$eval('#results img, #results script, #results b', (n) => n.length), 0);
  assert.equal(await page.$$eval('#conflicts .conflict[data-kind="weekday"]', (c) => c.length), 1);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('five articles of about 1,000 words: time of the compare call in the page (printed, not asserted)', async () => {
  // each article: two seeds joined, trimmed to 1,000 words
  const texts = seeds.map((s, i) => `${s}\n${seeds[(i + 1) % seeds.length]}`.split(/(\s+)/).slice(0, 2000).join(''));
  const words = texts.map((t) => t.split(/\s+/).filter(Boolean).length);
  const { page, errors } = await openPage();
  await compareTexts(page, texts);
  const times = [Number(await page.evaluate(() => document.body.dataset.compareMs))];
  for (let i = 0; i < 4; i++) {
    await runCompare(page);
    times.push(Number(await page.evaluate(() => document.body.dataset.compareMs)));
  }
  times.sort((x, y) => x - y);
  console.log(`compare in the page, 5 articles of ${words.join('/')} words: median ${times[2].toFixed(1)} ms (runs ${times.map((t) => t.toFixed(1)).join(', ')})`);
  assert.ok(await page.$$eval('#groups li.group', (g) => g.length) > 0);
  assert.deepEqual(errors, []);
  await page.close();
});
