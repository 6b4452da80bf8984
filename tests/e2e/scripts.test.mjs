// End to end: highlights sit on exactly the core's words when the text before them holds emoji (ZWJ
// sequences, flags, skin tones), combining marks, CJK, Arabic and astral characters, where UTF-16,
// code points and bytes all disagree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, openPage, paste } from './harness.mjs';

const TEXT = [
  'الرئيس يلتقي وفداً من الأمم المتحدة في القاهرة',
  'Egyptian President Abdel Fattah el-Sisi met a United Nations delegation in Cairo on Sunday. “مصر ملتزمة بالسلام” — “Egypt is committed to peace,” Sisi said.',
  '中国外交部发言人毛宁周一表示，北京“坚决反对”任何干涉。 Spokeswoman Mao Ning said on Monday that Beijing "firmly opposes" interference 🇨🇳🚫 and urged Washington to stop 😤.',
  'Family 👩‍👩‍👧‍👦 and 👍🏽: Angela Merkel said 🎉 "we are happy" in Berlin on Tuesday. Zoë Müller (e\u0301 combining) told Reuters the deal was worth €3.2bn. 𝒜𝓈𝓉𝓇𝒶𝓁 letters, then Paris on 4 May 2026.',
].join('\n\n');

test('highlights match the core after emoji, combining marks, CJK, Arabic and astral text', async () => {
  const result = annotate(TEXT);
  assert.ok(result.entities.length >= 10, 'plenty of entities');
  const page = await openPage({ viewport: { width: 390, height: 844 } });
  await paste(page, TEXT);
  const marks = await page.$$eval('#output mark', (ms) => ms.map((m) => [Number(m.dataset.entityId), m.textContent]));
  assert.deepEqual(marks, result.entities.map((e) => [e.id, TEXT.slice(e.start, e.end)]));
  assert.ok(marks.some(([id]) => result.entities[id].start > TEXT.indexOf('👩')), 'some after the emoji');
  for (const e of result.entities) assert.equal(TEXT.slice(e.start, e.end), e.text, `entity ${e.id} offsets`);
  const claims = await page.$$eval('#output [data-claim-id]:not([data-claim-cont])', (cs) => cs.map((c) => Number(c.dataset.claimId)));
  assert.deepEqual(claims.sort((a, b) => a - b), result.claims.map((c) => c.id));
  assert.equal(await page.$eval('#output', (o) => o.textContent.replace(/\s+/g, '')), TEXT.replace(/\s+/g, ''));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a phone: ${overflow}`);
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});
