// End to end: what the page tells the reader, and where: export messages beside the export buttons (in
// view on a phone), errors marked as errors and never replaced by a hopeless "Annotating…", no
// highlights left over from an earlier text after a failure, and an empty text called empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paste } from './harness.mjs';

const PHONE = { width: 390, height: 844 };
const STORY = 'Finance minister Lena Vogt said on Friday that the budget would grow by 4%. “We have no other choice,” she told Reuters in Berlin.';

/// The status line's text, whether it is marked as an error, and its colour.
const statusOf = (page) => page.$eval('#status', (s) => ({ text: s.textContent, error: s.hasAttribute('data-error'), color: getComputedStyle(s).color }));

test('on a phone, Copy and Download say what they did beside the buttons, in view', async () => {
  const page = await openPage({ viewport: PHONE });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: page.url() });
  await paste(page, STORY);
  const inView = (sel) => page.$eval(sel, (s) => {
    const r = s.getBoundingClientRect();
    return s.textContent.trim() !== '' && r.top >= 0 && r.bottom <= innerHeight && !!s.closest('#export');
  });
  await page.click('#export-copy');
  await page.waitForFunction(() => /Copied/.test(document.querySelector('#export-status').textContent));
  assert.ok(await inView('#export-status'), 'the copy message is shown beside the buttons');
  await Promise.all([page.waitForEvent('download'), page.click('#export-download')]);
  await page.waitForFunction(() => /Saved/.test(document.querySelector('#export-status').textContent));
  assert.ok(await inView('#export-status'), 'the download message is shown beside the buttons');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('a core that cannot load stays reported as an error, also after more typing', async () => {
  const page = await openPage({ viewport: PHONE });
  const normal = await statusOf(page);
  await page.context().route('**/newslens_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.reload();
  await page.fill('#input', STORY);
  await page.click('#annotate');
  await page.waitForFunction(() => /^Error/.test(document.querySelector('#status').textContent));
  const failed = await statusOf(page);
  assert.ok(failed.error, 'marked as an error');
  assert.notEqual(failed.color, normal.color, 'and coloured apart from ordinary messages');
  assert.equal(await page.getAttribute('#status', 'aria-live'), 'assertive');
  const fits = await page.$eval('#status', (s) => s.scrollWidth <= s.clientWidth && s.getBoundingClientRect().right <= document.documentElement.clientWidth);
  assert.ok(fits, 'a long message (with its URL) wraps inside the page');
  await page.type('#input', ' More text.');
  await page.click('#annotate');
  await page.waitForTimeout(400); // the debounce and a worker round trip, were there a worker
  const after = await statusOf(page);
  assert.ok(after.error && /^Error/.test(after.text), `still the error, not "${after.text}"`);
  assert.match(after.text, /could not start/, 'and it says the annotator itself failed');
  await page.closeAll();
});

test('a text the core fails on leaves no highlights of the earlier text', async () => {
  const page = await openPage();
  // the real worker, except that it fails on one word (the core itself fails on no text we can type)
  await page.context().route('**/worker.js', async (route) => {
    const real = await (await route.fetch()).text();
    const failing = real.replace('const { id, text } = event.data;', 'const { id, text } = event.data;\n  if (text.includes("FAILHERE")) { self.postMessage({ id, error: "boom" }); return; }');
    assert.notEqual(failing, real, 'the worker still reads {id, text}');
    await route.fulfill({ body: failing, contentType: 'text/javascript' });
  });
  await page.reload();
  await paste(page, STORY);
  assert.ok(await page.$$eval('#output mark', (m) => m.length) > 2, 'the story is annotated');
  await page.fill('#input', 'FAILHERE and something else entirely.');
  await page.click('#annotate');
  await page.waitForFunction(() => /^Error/.test(document.querySelector('#status').textContent));
  assert.match(await page.textContent('#status'), /boom/);
  assert.equal(await page.$$eval('#output mark, #output [data-claim-id]', (m) => m.length), 0, 'no stale highlights');
  assert.equal(await page.$$eval('#entity-index button, #speakers button', (b) => b.length), 0, 'no stale panel entries');
  await page.click('#export-copy');
  assert.match(await page.textContent('#export-status'), /Nothing to export/);
  await paste(page, STORY); // and the next good text is annotated as usual
  assert.equal((await statusOf(page)).error, false);
  assert.ok(await page.$$eval('#output mark', (m) => m.length) > 2);
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('an empty or blank text is called empty, not "0 entities"', async () => {
  const page = await openPage();
  await paste(page, STORY);
  for (const blank of ['', '   \n\n\t  ']) {
    await paste(page, blank);
    const s = await statusOf(page);
    assert.match(s.text, /No text/, JSON.stringify(blank));
    assert.equal(s.error, false);
    assert.equal(await page.$$eval('#output mark', (m) => m.length), 0);
  }
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('the compare page reports a comparer that cannot start, as an error', async () => {
  const page = await openPage();
  await page.context().route('**/pkg/newslens.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(new URL('compare.html', page.url()).href);
  await page.locator('#panels textarea').first().fill(`${STORY}\n\n---\n\n${STORY.replace('4%', '5%')}`);
  await page.click('#split');
  await page.click('#compare');
  await page.waitForFunction(() => /^Error/.test(document.querySelector('#status').textContent), null, { timeout: 10000 });
  const s = await statusOf(page);
  assert.ok(s.error && /could not start/.test(s.text), s.text);
  assert.equal(await page.isHidden('#results'), true);
  await page.closeAll();
});

test('the annotate page reports an annotator whose module cannot load, and keeps saying so', async () => {
  const page = await openPage();
  await page.context().route('**/pkg/newslens.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.reload();
  await page.fill('#input', STORY);
  await page.click('#annotate');
  await page.waitForTimeout(400);
  const s = await statusOf(page);
  assert.ok(s.error && /could not start/.test(s.text), s.text);
  await page.closeAll();
});
