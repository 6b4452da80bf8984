// End to end: the reading view's interactions: type toggles, explanation cards, keyboard movement, the
// entity index's mention stepper, the "who said what" panel, and the ways text gets in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, openPage, paste, renderAfter, seedNames, readSeed } from './harness.mjs';

const seeds = seedNames();
const SEED = seeds[0];

test('legend toggles switch a type off and on', async () => {
  const page = await openPage();
  await paste(page, readSeed(SEED));
  const look = (label) => page.$$eval(`#output mark[data-label="${label}"]`, (ms) => ms.map((m) => [
    getComputedStyle(m).backgroundColor, getComputedStyle(m, '::after').content]));
  for (const label of ['PERSON', 'DATE']) {
    const on = await look(label);
    assert.ok(on.length > 0, `${label} marks exist`);
    assert.ok(on.every(([bg, after]) => bg !== 'rgba(0, 0, 0, 0)' && after.includes(label)), `${label} shown`);
    await page.click(`#legend button[data-label="${label}"]`);
    assert.equal(await page.getAttribute(`#legend button[data-label="${label}"]`, 'aria-pressed'), 'false');
    const off = await look(label);
    assert.equal(off.length, on.length, 'the text stays');
    assert.ok(off.every(([bg, after]) => bg === 'rgba(0, 0, 0, 0)' && after === 'none'), `${label} hidden: ${off[0]}`);
    const others = await page.$$eval(`#output mark:not([data-label="${label}"])`, (ms) => ms.map((m) => getComputedStyle(m).backgroundColor));
    assert.ok(others.length && others.every((bg) => bg !== 'rgba(0, 0, 0, 0)'), 'other types stay highlighted');
    await page.click(`#legend button[data-label="${label}"]`);
    assert.deepEqual(await look(label), on, `${label} shown again`);
  }
  const underline = () => page.$eval('#output [data-claim-kind="quote"]', (c) => getComputedStyle(c).textDecorationLine);
  assert.equal(await underline(), 'underline');
  await page.click('#legend button[data-claim-kind="quote"]');
  assert.equal(await underline(), 'none');
  await page.click('#legend button[data-claim-kind="quote"]');
  assert.equal(await underline(), 'underline');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('hover and keyboard focus show a card with the label, canonical name and rule', async () => {
  const text = readSeed(SEED);
  const result = annotate(text);
  const page = await openPage();
  await paste(page, text);
  const linked = result.linked.find((l) => l.mentions.length > 1 && result.entities[l.mentions.at(-1)].text !== l.name);
  const e = result.entities[linked ? linked.mentions.at(-1) : 0];
  await page.hover(`#output mark[data-entity-id="${e.id}"]`);
  await page.waitForSelector('#card:not([hidden])');
  const card = await page.$eval('#card', (c) => c.textContent);
  for (const part of [e.label, result.linked[e.linked].name, e.rule]) assert.ok(card.includes(part), `card "${card}" has ${part}`);

  // keyboard: J from the article focuses the first highlight in text order, K goes back
  await page.focus('#output');
  await page.keyboard.press('j');
  const first = await page.evaluate(() => document.activeElement.matches('mark, [data-claim-id]') && document.activeElement.outerHTML.slice(0, 80));
  assert.ok(first, 'a highlight has focus');
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80)), first);
  assert.equal(await page.$eval('#card', (c) => c.hidden), false, 'focus shows the card');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'card');

  // a claim's card: kind, speaker, cue
  const claim = result.claims.find((c) => c.speaker && c.cue);
  assert.ok(claim, 'the seed has an attributed claim');
  await page.evaluate((id) => document.querySelector(`#output [data-claim-id="${id}"]`).focus(), String(claim.id)).catch(() => {});
  await page.click(`#speakers button[data-claim-id="${claim.id}"]`);
  const claimCard = await page.$eval('#card', (c) => c.textContent);
  for (const part of [claim.kind, claim.speaker, claim.cue]) assert.ok(claimCard.includes(part), `claim card "${claimCard}" has ${part}`);
  // a factual claim's card says why it is checkable; a flagged claim's card names its flags
  for (const [what, pick, words] of [
    ['reasons', (c) => c.reasons.length, ['checkable because']],
    ['flags', (c) => c.flags.length, ['flags']],
  ]) {
    const c = result.claims.find(pick);
    assert.ok(c, `the seed has a claim with ${what}`);
    await page.click(`#speakers button[data-claim-id="${c.id}"]`);
    const shown = await page.$eval('#card', (card) => card.textContent);
    for (const word of words) assert.ok(shown.includes(word), `card "${shown}" says ${word}`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('#card', (c) => c.hidden), true, 'Escape hides the card');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('choosing an entity steps through all its mentions', async () => {
  const text = readSeed(SEED);
  const result = annotate(text);
  const linked = [...result.linked].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  assert.ok(linked.mentions.length >= 3, 'an entity with several mentions');
  const page = await openPage({ viewport: { width: 1280, height: 500 } });
  await paste(page, text);
  await page.click(`#entity-index button[data-linked="${linked.id}"]`);
  assert.equal(await page.$$eval('#output mark.chosen', (ms) => ms.length), linked.mentions.length, 'every mention is marked');
  const current = () => page.evaluate(() => {
    const m = document.querySelector('#output mark.current');
    const r = m.getBoundingClientRect();
    return { id: Number(m.dataset.entityId), focused: document.activeElement === m, inView: r.top >= 0 && r.bottom <= innerHeight };
  });
  const seen = [];
  for (let i = 0; i < linked.mentions.length; i++) {
    const c = await current();
    assert.ok(c.focused && c.inView, `mention ${i} is focused and in view`);
    seen.push(c.id);
    assert.match(await page.textContent('#mention-label'), new RegExp(`mention ${i + 1} of ${linked.mentions.length}`));
    await page.click('#mention-next');
  }
  assert.deepEqual(seen, linked.mentions, 'Next visits every mention in order');
  assert.equal((await current()).id, linked.mentions[0], 'and wraps around');
  await page.click('#mention-prev');
  assert.equal((await current()).id, linked.mentions.at(-1), 'Previous wraps back');
  const counts = await page.$$eval('#entity-index button[data-linked]', (bs) => bs.map((b) => [Number(b.dataset.linked), Number(b.dataset.mentions)]));
  assert.deepEqual(counts.sort((a, b) => a[0] - b[0]), result.linked.map((l) => [l.id, l.mentions.length]), 'the index lists every linked entity');
  await page.click('#mention-clear');
  assert.equal(await page.$$eval('#output mark.chosen', (ms) => ms.length), 0);
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('the speaker panel lists the speakers the core returns, for each seed', async () => {
  const page = await openPage();
  for (const name of seeds) {
    const text = readSeed(name);
    const result = annotate(text);
    await paste(page, text);
    const expected = new Set();
    for (const c of result.claims) {
      if (c.flags.includes('anonymous_source')) continue;
      if (c.speaker_entity != null) expected.add(result.linked[c.speaker_entity].name);
      else if (c.speaker) expected.add(c.speaker);
    }
    const shown = await page.$$eval('#speakers [data-speaker]', (ss) => ss.map((s) => s.dataset.speaker));
    assert.deepEqual(new Set(shown), expected, name);
    const ids = await page.$$eval('#speakers button[data-claim-id]', (bs) => bs.map((b) => Number(b.dataset.claimId)).sort((a, b) => a - b));
    assert.deepEqual(ids, result.claims.map((c) => c.id), `${name}: every claim listed once`);
    if (ids.length) { // an entry jumps to its claim
      const c = result.claims.at(-1);
      await page.click(`#speakers button[data-claim-id="${c.id}"]`);
      const focused = await page.evaluate(() => document.activeElement.dataset.claimId);
      assert.equal(focused, String(c.id));
    }
  }
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('example, clear, file input and file drop put text in', async () => {
  const page = await openPage();
  await renderAfter(page, () => page.click('#example'));
  const example = await page.inputValue('#input');
  assert.ok(example.length > 500 && (await page.$$eval('#output mark', (m) => m.length)) > 5, 'the example is annotated');
  assert.ok(await page.$$eval('#speakers [data-speaker]', (s) => s.length) >= 2, 'the example has speakers');
  await renderAfter(page, () => page.click('#clear'));
  assert.equal(await page.inputValue('#input'), '');
  assert.equal(await page.$$eval('#output mark', (m) => m.length), 0);

  const html = '<html><head><title>t</title><style>p{}</style><script>window.__pwned=1</script></head><body>'
    + '<h1>Mayor Daniel Okafor visits Paris</h1><p>The mayor <b>said</b> on Monday &amp; Tuesday that it went well.</p>'
    + '<img src="/never-loaded.png" onerror="window.__pwned=2"><p>Second paragraph.</p></body></html>';
  await renderAfter(page, () => page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) }));
  assert.equal(await page.inputValue('#input'), 'Mayor Daniel Okafor visits Paris\n\nThe mayor said on Monday & Tuesday that it went well.\n\nSecond paragraph.');

  const dropped = 'Councillor Ruth Abbey spoke in Cornwall on Friday.\n';
  await renderAfter(page, () => page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
    document.querySelector('#input').dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.querySelector('#input').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, dropped));
  assert.equal(await page.inputValue('#input'), dropped);
  assert.equal(await page.$eval('#output', (o) => o.textContent.trim()), dropped.trim());
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing from the file ran');
  assert.ok(!page.log.requests.some((u) => u.includes('never-loaded')), 'nothing from the file loaded');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('long panel groups render the first hundred entries and the rest on request', async () => {
  const text = Array.from({ length: 130 }, (_, i) => `"We will keep working on point ${i + 1} until the job is done," said Angela Merkel.`).join("\n\n");
  const result = annotate(text);
  const page = await openPage();
  await paste(page, text);
  const biggest = Math.max(...[...new Set(result.claims.map((c) => c.speaker))].map((s) => result.claims.filter((c) => c.speaker === s).length));
  assert.ok(biggest > 100, `one speaker has ${biggest} claims`);
  const group = '#speakers section[data-speaker-group="speaker"]';
  assert.equal(await page.$$eval(`${group} button[data-claim-id]`, (b) => b.length), 100);
  await page.click(`${group} button.show-all`);
  assert.equal(await page.$$eval(`${group} button[data-claim-id]`, (b) => b.length), biggest);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.claimId !== undefined), true, 'focus moves to the first new entry');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});
