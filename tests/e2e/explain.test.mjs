// End to end: the explanation card says in words why a span was annotated (and still names the rule),
// hovering or focusing one mention outlines the other mentions of the same entity, and a card never
// outlives the text it describes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, openPage, paste } from './harness.mjs';
import { explainRule } from '../../www/rules.js';

const STORY = [
  'Harbour plan approved',
  'Mayor Ingrid Solberg said on 3 March 2026 that the Bergen Port Authority would spend $40 million on the new quay. “We waited ten years for this,” Solberg told NRK on Tuesday.',
  'According to the council, the Norwegian government will pay a third of the cost. Solberg later said the work would start in early May.',
].join('\n\n');

// Focuses a mark as the keyboard keys do (a mark takes focus through tabindex -1).
const focusMark = (page, id) => page.evaluate((id) => {
  const m = document.querySelector(`#output mark[data-entity-id="${id}"]`);
  m.tabIndex = -1;
  m.focus();
}, id);

test('the card says why a span was annotated in words, and names the rule', async () => {
  const result = annotate(STORY);
  const page = await openPage();
  await paste(page, STORY);
  const explained = new Set();
  for (const e of result.entities) {
    await focusMark(page, e.id);
    await page.waitForFunction((id) => document.querySelector('#card').dataset.for === `entity-${id}` && !document.querySelector('#card').hidden, e.id);
    const card = await page.textContent('#card');
    assert.ok(card.includes(e.rule), `card "${card}" names the rule ${e.rule}`);
    const why = explainRule(e.rule);
    if (why) { assert.ok(card.includes(why), `card "${card}" says why: ${why}`); explained.add(e.rule); }
  }
  for (const c of result.claims) {
    await page.click(`#speakers button[data-claim-id="${c.id}"]`);
    const card = await page.textContent('#card');
    assert.ok(card.includes(c.rule), `claim card "${card}" names ${c.rule}`);
    const why = explainRule(c.rule);
    if (why) { assert.ok(card.includes(why), `claim card "${card}" says why: ${why}`); explained.add(c.rule); }
  }
  assert.ok(explained.size >= 5, `several rules explained in words: ${[...explained]}`);
  assert.equal(explainRule('no_such_rule'), undefined);
  assert.equal(explainRule('constructor'), undefined, 'only the table\'s own entries');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('hovering or focusing a mention outlines every mention of its entity, and only those', async () => {
  const result = annotate(STORY);
  const linked = result.linked.find((l) => l.mentions.length >= 3);
  assert.ok(linked, 'the story names someone three times');
  const page = await openPage();
  await paste(page, STORY);
  const outlined = () => page.$$eval('#output mark', (ms) => ms.filter((m) => getComputedStyle(m).boxShadow !== 'none').map((m) => Number(m.dataset.entityId)));
  assert.deepEqual(await outlined(), []);
  await page.hover(`#output mark[data-entity-id="${linked.mentions[1]}"]`);
  await page.waitForSelector('#card:not([hidden])');
  assert.deepEqual(await outlined(), linked.mentions, 'all mentions, the hovered one too');
  const single = result.entities.find((e) => result.linked[e.linked].mentions.length === 1);
  await page.hover(`#output mark[data-entity-id="${single.id}"]`);
  await page.waitForFunction((id) => document.querySelector('#card').dataset.for === `entity-${id}`, single.id);
  assert.deepEqual(await outlined(), [], 'a single mention outlines nothing');
  await page.focus('#output');
  await focusMark(page, linked.mentions[0]);
  assert.deepEqual(await outlined(), linked.mentions, 'keyboard focus does the same');
  await page.keyboard.press('Escape');
  assert.deepEqual(await outlined(), [], 'Escape clears it with the card');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('a new text takes the card of the old one away', async () => {
  const page = await openPage();
  await paste(page, STORY);
  await page.hover('#output mark');
  await page.waitForSelector('#card:not([hidden])');
  await paste(page, 'Nothing to see here, said nobody at all.');
  assert.equal(await page.$eval('#card', (c) => c.hidden), true);
  await page.closeAll();
});

test('page furniture, captions and bylines say what they are and why, outside the text itself', async () => {
  const text = [
    'Subscribe today for full access. Already a member? Sign in',
    'Ferry operator cuts winter timetable',
    'By Tomasz Wrona',
    'The operator Nordlink said on Monday it would run two crossings a day instead of five from December.',
    'Share on Facebook Share on X Copy link',
    'Photo: Anna Berg/Reuters',
  ].join('\n\n');
  const result = annotate(text);
  const marked = result.paragraphs.filter((p) => ['boilerplate', 'caption', 'byline'].includes(p.kind));
  assert.ok(marked.length >= 2, `some furniture: ${result.paragraphs.map((p) => p.kind)}`);
  const page = await openPage();
  await paste(page, text);
  const labels = await page.$$eval('#output p', (ps) => ps.map((p) => getComputedStyle(p, '::before').content));
  result.paragraphs.forEach((p, i) => {
    if (!marked.includes(p)) { assert.equal(labels[i], 'none', `paragraph ${i} (${p.kind}) has no label`); return; }
    const why = explainRule(p.rule) ?? p.rule;
    assert.equal(labels[i], JSON.stringify(`${p.kind}: ${why}`), `paragraph ${i}`);
  });
  assert.equal((await page.$eval('#output', (o) => o.textContent)).replace(/\s+/g, ''), text.replace(/\s+/g, ''), 'the labels are not part of the text');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('entities named only in page furniture are listed last in their group, marked as such', async () => {
  const text = [
    'Shares in Tesla fell 7% on Wednesday after Elon Musk said demand in China had softened, Reuters reported.',
    'Share this article on Facebook Share on Twitter Copy link',
    'Sign up to the Morning Briefing newsletter from Meridian Media',
    'Analysts at Morgan Stanley said the fall was overdone.',
  ].join('\n\n');
  const result = annotate(text);
  const paraOf = (e) => result.paragraphs.find((p) => p.start <= e.start && e.end <= p.end);
  const furniture = new Set(result.linked.filter((l) => l.mentions.every((id) => paraOf(result.entities[id]).kind === 'boilerplate')).map((l) => l.id));
  assert.ok(furniture.size >= 1 && furniture.size < result.linked.length, `some, not all, only in furniture: ${[...furniture].map((i) => result.linked[i].name)}`);
  const page = await openPage();
  await paste(page, text);
  const groups = await page.$$eval('#entity-index section', (ss) => ss.map((s) => [...s.querySelectorAll('button[data-linked]')].map((b) => [Number(b.dataset.linked), b.hasAttribute('data-furniture'), b.textContent])));
  for (const group of groups) {
    const flags = group.map(([, f]) => f);
    assert.deepEqual(flags, [...flags].sort((a, b) => a - b), `furniture last: ${JSON.stringify(group)}`);
    for (const [id, flagged, shown] of group) {
      assert.equal(flagged, furniture.has(id), `${result.linked[id].name}`);
      assert.equal(shown.includes('only in page furniture'), flagged);
    }
  }
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('a right-to-left paragraph reads right to left, beside left-to-right ones', async () => {
  const text = [
    'قال رئيس الوزراء يوم الاثنين إن الحكومة ستخفض الضرائب.',
    'The prime minister said on Monday that the government would cut taxes, Al Jazeera reported.',
    'وأضاف: «هذا وعد».',
  ].join('\n\n');
  const page = await openPage();
  await paste(page, text);
  const dirs = await page.$$eval('#output p', (ps) => ps.map((p) => getComputedStyle(p).direction));
  assert.deepEqual(dirs, ['rtl', 'ltr', 'rtl']);
  // the text box follows its text too: Arabic typed first reads right to left there as well
  assert.equal(await page.$eval('#input', (area) => getComputedStyle(area).direction), 'rtl');
  // the first letter of an Arabic sentence is on the right, its full stop on the left
  const [first, stop] = await page.$eval('#output p', (p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const left = (node, at) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    };
    const last = nodes.at(-1);
    return [left(nodes[0], 0), left(last, last.length - 1)];
  });
  assert.ok(stop < first, `the full stop (${stop}) is left of the first letter (${first})`);
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('a touch screen gets a tap hint instead of the keyboard one, and a tap opens and closes the card', async () => {
  const phone = await openPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
  assert.deepEqual([await phone.isVisible('.help.touch'), await phone.isVisible('.help.keys')], [true, false]);
  await paste(phone, STORY);
  await phone.locator('#output mark').first().tap();
  await phone.waitForSelector('#card:not([hidden])');
  assert.match(await phone.textContent('#card'), /why/);
  await phone.tap('#reader-title');
  await phone.waitForSelector('#card', { state: 'hidden' });
  await phone.closeAll();
  const desk = await openPage();
  assert.deepEqual([await desk.isVisible('.help.touch'), await desk.isVisible('.help.keys')], [false, true]);
  await desk.closeAll();
});
