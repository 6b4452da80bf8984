import { test } from 'node:test';
import { openPage, readSeed, seedNames, renderAfter, env } from './harness.mjs';
let big = ''; for (const n of seedNames()) big += readSeed(n) + '\n\n';
big = big.repeat(Math.ceil(1.05e6 / big.length));
const w = (s) => process.stderr.write('\n' + s);
test('trace', async () => {
  const page = await openPage({ bypassCSP: true });
  await page.focus('#input');
  await env.browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline'] });
  await renderAfter(page, () => page.evaluate((t) => { window.__longTasks.length = 0; const i = document.querySelector('#input'); i.value = t; i.dispatchEvent(new Event('input')); }, big), 60000);
  const buf = await env.browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const main = ev.find((e) => e.name === 'FunctionCall')?.tid;
  const tasks = ev.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur > 60000 && e.tid === main);
  const agg = {};
  for (const t of tasks) {
    const kids = ev.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t);
    for (const k of kids) if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'FunctionCall', 'IntersectionObserverController::computeIntersections', 'Document::rebuildLayoutTree', 'Document::recalcStyle', 'TimerFire', 'FireAnimationFrame', 'Commit', 'Layerize', 'HitTest', 'ScrollAnchor'].includes(k.name)) agg[k.name] = (agg[k.name] || 0) + k.dur / 1000;
  }
  for (const t of tasks) {
    const kids = ev.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.dur > 10000);
    w(`task ${(t.dur / 1000).toFixed(0)}: ` + kids.slice(0, 10).map((k) => `${k.name}${k.args?.data?.functionName ? '(' + k.args.data.functionName + ')' : ''} ${(k.dur / 1000).toFixed(0)}`).join(' > '));
  }
  w(`long tasks on main: ${tasks.length}, total ${tasks.reduce((a, t) => a + t.dur / 1000, 0).toFixed(0)}ms`);
  w(JSON.stringify(Object.fromEntries(Object.entries(agg).map(([k, v]) => [k, Math.round(v)]))));
  await page.closeAll();
});
