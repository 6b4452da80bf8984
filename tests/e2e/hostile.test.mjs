// Hostile input: markup, script vectors, lone surrogates and a megabyte of text run no script, raise no
// dialog, log no console error, request nothing outside the page's origin, and never block the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paste, renderAfter, readSeed, seedNames } from './harness.mjs';

const MARKUP = [
  '<script>window.__pwned = "script"; alert(1)</script>',
  '<img src="http://evil.example/x.png" onerror="window.__pwned = \'img\'; alert(2)">',
  '<a href="javascript:window.__pwned=\'link\'">Reuters said click here</a>',
  '<svg onload="window.__pwned = \'svg\'"><script>alert(3)</script><a xlink:href="javascript:alert(4)">x</a></svg>',
  '<!-- a comment --> <iframe src="http://evil.example/"></iframe> <style>body{background:url(http://evil.example/bg)}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(5)></style></mglyph></table></mtext></math>',
  '{{constructor.constructor("alert(6)")()}} ${alert(7)} `backtick` <b>bold</b> &lt;escaped&gt; &amp;',
].join('\n\n');

function clean(page, what) {
  assert.deepEqual(page.log.dialogs, [], `${what}: no dialog`);
  assert.deepEqual(page.log.errors, [], `${what}: no console error`);
  const origin = new URL(page.url()).origin;
  const foreign = page.log.requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], `${what}: no request outside ${origin}`);
}

test('markup and script vectors are shown as text and never run', async () => {
  const page = await openPage();
  await paste(page, MARKUP);
  assert.equal(await page.$$eval('#output *', (ns) => ns.filter((n) => !['P', 'MARK', 'SPAN', 'DIV'].includes(n.tagName)).length), 0, 'only our own elements');
  assert.equal(await page.$$eval('#output [href], #output [src], #output [onerror], #output [onload]', (ns) => ns.length), 0);
  assert.equal((await page.$eval('#output', (o) => o.textContent)).replace(/\s+/g, ''), MARKUP.replace(/\s+/g, ''));
  // the same markup as a dropped .html file: reduced to its text, nothing runs or loads
  await renderAfter(page, () => page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'hostile.html', { type: 'text/html' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, `<html><body onload="alert(8)"><p>Intro.</p>${MARKUP}<p>Outro.</p></body></html>`));
  const text = await page.inputValue('#input');
  assert.ok(text.startsWith('Intro.') && text.endsWith('Outro.') && !/<(script|img|svg|iframe|style|a )/i.test(text) && !text.includes('alert(1)'), text);
  await page.hover('#output');
  await page.waitForTimeout(300); // time for any load or handler to fire
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  clean(page, 'markup');
  await page.closeAll();
});

test('lone surrogates render and export without errors', async () => {
  const page = await openPage();
  // the function's source keeps its escapes, so the lone surrogates are made in the page itself
  await renderAfter(page, () => page.evaluate(() => {
    document.querySelector('#input').value = 'Lone \uD800 high and \uDC00 low, a pair \uD83D\uDE00, reversed \uDE00\uD83D; Angela Merkel said "fine \uDBFF".';
    document.querySelector('#annotate').click();
  }));
  assert.equal(await page.evaluate(() => [...document.querySelector('#input').value].filter((c) => /^[\uD800-\uDFFF]$/.test(c)).length), 5);
  const same = await page.evaluate(() => document.querySelector('#output').textContent.replace(/\s+/g, '') === document.querySelector('#input').value.replace(/\s+/g, ''));
  assert.ok(same, 'the text shows as it is');
  assert.ok(await page.$$eval('#output mark', (m) => m.length) >= 1);
  clean(page, 'surrogates');
  await page.closeAll();
});

test('a megabyte of text renders without blocking the page', async () => {
  const page = await openPage();
  let big = '';
  for (const name of seedNames()) big += readSeed(name) + '\n\n';
  big = (MARKUP + '\n\n' + big).repeat(Math.ceil(1.05e6 / (big.length + MARKUP.length)));
  await page.evaluate((text) => { window.__big = text; }, big); // over the wire first: not the page's own work
  await page.focus('#input');
  const started = Date.now();
  await renderAfter(page, () => page.evaluate(() => { // a real paste event, as a reader's Ctrl+V sends it
    window.__longTasks.length = 0;
    const dt = new DataTransfer();
    dt.setData('text/plain', window.__big);
    document.querySelector('#input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }), 90000);
  const elapsed = Date.now() - started;
  assert.equal(await page.evaluate(() => document.querySelector('#input').value.length), big.length);
  // the page still answers: the legend toggles, the stepper moves, the keys move
  await page.click('#legend button[data-label="PERSON"]');
  await page.click('#entity-index button[data-linked]');
  await page.click('#mention-next');
  await page.keyboard.press('j');
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => window.__longTasks);
  console.log(`1 MB (${big.length} code units): rendered in ${elapsed} ms; long tasks (ms): ${JSON.stringify(tasks)}`);
  assert.ok(Math.max(0, ...tasks) < 200, `no main-thread task over 200 ms: ${JSON.stringify(tasks)}`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // the megabyte is folded away from the text area (laying it out there would block the page) until asked for
  assert.equal(await page.isHidden('#input'), true);
  assert.match(await page.textContent('#input-folded'), /1\.00 MB/);
  await page.click('#show-input');
  assert.equal(await page.isVisible('#input'), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
  await renderAfter(page, () => page.click('#clear'));
  assert.equal(await page.isVisible('#input'), true);
  assert.equal(await page.isHidden('#input-folded'), true);
  clean(page, '1 MB');
  await page.closeAll();
});
