// Accessibility and looks: axe-core finds no serious or critical violation in light and dark mode, at
// desktop and phone widths, with a card open and an entity chosen; keyboard-only use reaches every
// control; screenshots of each layout go to target/screenshots/ (docs/screenshot.png is one of them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { openPage, renderAfter, SHOTS } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function axe(page) {
  await page.addScriptTag({ path: AXE }); // the context bypasses CSP for this injected script only
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const LAYOUTS = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 860 } },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 860 } },
  { name: 'narrow', colorScheme: 'light', viewport: { width: 360, height: 780 } },
  { name: 'narrow-dark', colorScheme: 'dark', viewport: { width: 360, height: 780 } },
];

for (const layout of LAYOUTS) {
  test(`no serious accessibility violation, ${layout.name}`, async () => {
    const page = await openPage({ ...layout, bypassCSP: true });
    await renderAfter(page, () => page.click('#example'));
    assert.deepEqual(await axe(page), [], 'annotated example');
    if (layout.viewport.width < 400) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow} px too wide)`);
    }
    await page.screenshot({ path: `${SHOTS}${layout.name}.png`, fullPage: layout.viewport.width < 400 });
    // a chosen entity and an open card
    await page.click('#entity-index button[data-linked]');
    await page.waitForSelector('#card:not([hidden])');
    assert.deepEqual(await axe(page), [], 'entity chosen, card open');
    await page.screenshot({ path: `${SHOTS}${layout.name}-card.png` });
    assert.deepEqual(page.log.errors, []);
    await page.closeAll();
  });
}

test('the theme toggle overrides the system scheme and is remembered', async () => {
  const page = await openPage({ colorScheme: 'light' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.click('#theme'); // system -> light
  assert.equal(await bg(), light);
  await page.click('#theme'); // light -> dark
  const dark = await bg();
  assert.notEqual(dark, light);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.reload();
  assert.equal(await bg(), dark, 'remembered across a reload');
  await page.click('#theme'); // dark -> system
  assert.equal(await bg(), light);
  await page.closeAll();
});

test('keyboard only: Tab reaches the controls and panels, and the article keys move between highlights', async () => {
  const page = await openPage();
  await renderAfter(page, async () => { await page.focus('#example'); await page.keyboard.press('Enter'); });
  const reached = new Set();
  // one full cycle: until focus is back on #example (bounded, whatever the number of index entries)
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (i > 0 && (await page.evaluate(() => document.activeElement.id)) === 'example') break;
    const id = await page.evaluate(() => {
      const a = document.activeElement;
      const visible = getComputedStyle(a).outlineStyle !== 'none' || a.matches(':focus-visible');
      return `${a.id || a.closest('[id]')?.id || a.tagName}${visible ? '' : ' (no visible focus)'}`;
    });
    if (!id.startsWith('BODY')) reached.add(id); // Tab passes through the browser itself once per cycle
  }
  for (const id of ['annotate', 'clear', 'file', 'legend', 'output', 'entity-index', 'speakers', 'export-format', 'export-download', 'theme']) {
    assert.ok(reached.has(id), `Tab reaches #${id}: ${[...reached].join(', ')}`);
  }
  assert.ok(![...reached].some((r) => r.includes('no visible focus')), [...reached].join(', '));
  await page.focus('#output');
  await page.keyboard.press('j');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#output mark, #output [data-claim-id]')));
  await page.keyboard.press('Enter'); // focus stays put, no error
  await page.focus('#entity-index button[data-linked]');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#output mark.current')), 'Enter on an entity moves focus to its first mention');
  assert.deepEqual(page.log.errors, []);
  await page.closeAll();
});

test('print style shows only the annotated article', async () => {
  const page = await openPage();
  await renderAfter(page, () => page.click('#example'));
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => ['#input-pane', '.panels', '#legend', '#output'].map((s) => getComputedStyle(document.querySelector(s)).display !== 'none'));
  assert.deepEqual(shown, [false, false, false, true]);
  await page.closeAll();
});

test('highlights inside page furniture keep their contrast, light and dark', async () => {
  const text = 'Ferry fares rise\n\nThe operator said on Monday that fares would rise by 6% in March.\n\n'
    + 'You have read 3 of 5 free articles this month. Subscribe for £1 a week to keep reading.\n\n'
    + 'Sign up for our newsletter on Friday mornings. Share on Facebook';
  for (const colorScheme of ['light', 'dark']) {
    const page = await openPage({ colorScheme, bypassCSP: true });
    await renderAfter(page, async () => { await page.fill('#input', text); await page.click('#annotate'); });
    assert.ok(await page.$$eval('#output p.boilerplate mark', (m) => m.length) >= 2, 'furniture with highlights');
    assert.deepEqual(await axe(page), [], colorScheme);
    await page.closeAll();
  }
});
