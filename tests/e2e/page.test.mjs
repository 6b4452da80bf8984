// End to end: the page in Chromium highlights exactly what the core returns, for each seed article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, WWW } from './server.mjs';
import { launch } from './browser.mjs';
import { initSync, annotate } from '../../www/pkg/newslens.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
initSync({ module: readFileSync(WWW + 'pkg/newslens_bg.wasm') });

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
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  return { page, errors };
}

async function paste(page, text) {
  const before = await page.evaluate(() => Number(document.body.dataset.annotated || 0));
  await page.fill('#input', text);
  await page.click('#annotate');
  await page.waitForFunction((n) => Number(document.body.dataset.annotated || 0) > n, before);
}

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

test('the seed articles exist', () => assert.ok(seeds.length >= 5, `seeds in ${SEEDS}`));

for (const name of seeds) {
  test(`highlights in the DOM equal the core's result: ${name}`, async () => {
    const text = readFileSync(SEEDS + name, 'utf8');
    const expected = annotate(text);
    const { page, errors } = await openPage();
    await paste(page, text);
    const marks = await page.$$eval('#output mark', (ms) => ms.map((m) => [m.textContent, m.dataset.label]));
    assert.deepEqual(marks, expected.entities.map((e) => [text.slice(e.start, e.end), e.label]));
    assert.ok(marks.length > 10, 'an article has entities');
    const claimIds = await page.$$eval('#output [data-claim-kind]', (cs) => [...new Set(cs.map((c) => c.dataset.claimId))]);
    assert.equal(claimIds.length, expected.claims.length);
    const shown = await page.$eval('#output', (o) => o.textContent.replace(/\s+/g, ''));
    assert.equal(shown, text.replace(/\s+/g, ''), 'the rendered text is the input text');
    await page.screenshot({ path: `${SHOTS}seed-${name.replace('.txt', '')}.png`, fullPage: false });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('typing annotates without pressing the button', async () => {
  const { page, errors } = await openPage();
  await page.type('#input', 'Angela Merkel visited Paris on Monday.', { delay: 5 });
  await page.waitForFunction(() => document.querySelectorAll('#output mark').length >= 3);
  const labels = await page.$$eval('#output mark', (ms) => ms.map((m) => m.dataset.label));
  assert.ok(labels.includes('DATE') && labels.includes('PLACE'), labels.join());
  assert.deepEqual(errors, []);
  await page.close();
});

test('user text is rendered as text, never as markup', async () => {
  const { page, errors } = await openPage();
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  const hostile = '<script>alert(1)</script> <img src=x onerror="alert(2)"> Reuters said "we <b>will</b> go".';
  await paste(page, hostile);
  assert.equal(await page.$$eval('#output script, #output img, #output b', (n) => n.length), 0);
  assert.ok((await page.$eval('#output', (o) => o.textContent)).includes('<script>alert(1)</script>'));
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await page.close();
});
