// End to end: the page in Chromium highlights exactly what the core returns, for each seed article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, openPage, paste, seedNames, readSeed, SHOTS } from './harness.mjs';

const seeds = seedNames();

test('the seed articles exist', () => assert.ok(seeds.length >= 5, 'seed articles'));

for (const name of seeds) {
  test(`highlights in the DOM equal the core's result: ${name}`, async () => {
    const text = readSeed(name);
    const expected = annotate(text);
    const page = await openPage();
    await paste(page, text);
    const marks = await page.$$eval('#output mark', (ms) => ms.map((m) => [m.textContent, m.dataset.label, Number(m.dataset.linked)]));
    assert.deepEqual(marks, expected.entities.map((e) => [text.slice(e.start, e.end), e.label, e.linked]));
    assert.ok(marks.length > 10, 'an article has entities');
    const claimIds = await page.$$eval('#output [data-claim-kind]', (cs) => [...new Set(cs.map((c) => c.dataset.claimId))]);
    assert.equal(claimIds.length, expected.claims.length);
    const claimText = await page.$$eval('#output [data-claim-id]:not([data-claim-cont])', (cs) => cs.map((c) => {
      const id = c.dataset.claimId;
      return [Number(id), [...c.closest('#output').querySelectorAll(`[data-claim-id="${id}"]`)].filter((x) => !x.parentElement.closest(`[data-claim-id="${id}"]`)).map((x) => x.textContent).join('')];
    }));
    for (const [id, shown] of claimText) {
      const c = expected.claims[id];
      assert.equal(shown.replace(/\s+/g, ''), text.slice(c.start, c.end).replace(/\s+/g, ''), `claim ${id} shows its text`);
    }
    const shown = await page.$eval('#output', (o) => o.textContent.replace(/\s+/g, ''));
    assert.equal(shown, text.replace(/\s+/g, ''), 'the rendered text is the input text');
    const legend = await page.$$eval('#legend li', (ls) => Object.fromEntries(ls.map((l) => [l.dataset.label || l.dataset.claimKind, Number(l.querySelector('.count').textContent)])));
    for (const e of expected.entities) legend[e.label]--;
    for (const c of expected.claims) legend[c.kind]--;
    assert.ok(Object.values(legend).every((n) => n === 0), `legend counts: ${JSON.stringify(legend)}`);
    await page.screenshot({ path: `${SHOTS}seed-${name.replace('.txt', '')}.png` });
    assert.deepEqual(page.log.errors, []);
    await page.closeAll();
  });
}

test('typing annotates without pressing the button', async () => {
  const page = await openPage();
  await page.type('#input', 'Angela Merkel visited Paris on Monday.', { delay: 5 });
  await page.waitForFunction(() => document.querySelectorAll('#output mark').length >= 3);
  const labels = await page.$$eval('#output mark', (ms) => ms.map((m) => m.dataset.label));
  assert.ok(labels.includes('DATE') && labels.includes('PLACE'), labels.join());
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('stale results are dropped: only the newest text is shown', async () => {
  const page = await openPage();
  const big = readSeed(seeds[0]).repeat(20);
  await page.evaluate((text) => { // in one task, so the long job cannot finish in between
    const input = document.querySelector('#input');
    input.value = text;
    document.querySelector('#annotate').click(); // a long job in flight
    input.value = 'Angela Merkel visited Paris on Monday.';
    document.querySelector('#annotate').click(); // queued behind it; the long one's result must never be shown
  }, big);
  await page.waitForFunction(() => document.body.dataset.annotated);
  assert.equal(await page.$eval('#output', (o) => o.textContent), 'Angela Merkel visited Paris on Monday.');
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('body', (b) => b.dataset.annotated), '1', 'exactly one render');
  await page.closeAll();
});

test('a core that cannot load is reported in the status line', async () => {
  const page = await openPage();
  const context = page.context();
  await context.route('**/newslens_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.reload();
  await page.fill('#input', 'Angela Merkel visited Paris.');
  await page.click('#annotate');
  await page.waitForFunction(() => /^Error/.test(document.querySelector('#status').textContent));
  assert.equal(await page.$$eval('#output mark', (m) => m.length), 0);
  await page.closeAll();
});
