// End to end, keyboard only: leaving the mention stepper gives focus back to the entity it came from,
// so a keyboard reader never lands on the top of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, openPage, paste } from './harness.mjs';

const STORY = 'Coach Marta Lindqvist said on Sunday her team was ready. Lindqvist, 44, has led the side since 2021. "We play for the town," Lindqvist told local radio in Umeå.';

test('Done in the mention stepper returns focus to the chosen entity in the index', async () => {
  const result = annotate(STORY);
  const linked = result.linked.find((l) => l.mentions.length >= 2);
  assert.ok(linked, 'someone is named twice');
  const page = await openPage();
  await paste(page, STORY);
  const entry = `#entity-index button[data-linked="${linked.id}"]`;
  await page.focus(entry);
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#output mark.current')), 'focus is on the first mention');
  await page.focus('#mention-next');
  await page.keyboard.press('Enter');
  await page.focus('#mention-clear');
  await page.keyboard.press('Enter');
  assert.equal(await page.isHidden('#mention-nav'), true, 'the stepper closes');
  assert.ok(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), entry), 'focus is back on the entity');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});
