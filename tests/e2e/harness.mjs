// Shared set-up for the end-to-end tests: one static server and one Chromium per test file, pages that
// record console errors, page errors, dialogs, requests and long tasks, and the core loaded in Node so
// a test can compare the page with the core's own result.
import { before, after } from 'node:test';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, WWW } from './server.mjs';
import { launch } from './browser.mjs';
import { initSync, annotate } from '../../www/pkg/newslens.js';

export { annotate };
export const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
export const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
export const seedNames = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
export const readSeed = (name) => readFileSync(SEEDS + name, 'utf8');
initSync({ module: readFileSync(WWW + 'pkg/newslens_bg.wasm') });

export const env = { browser: null, origin: '' };
let server;
before(async () => {
  ({ server, origin: env.origin } = await startServer());
  env.browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await env.browser?.close();
  server?.close();
});

// Runs in the page before its own scripts: records every long task (> 50 ms) on the main thread.
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
}

/// A fresh page (in its own context when options are given) with everything it does recorded.
export async function openPage(options = {}) {
  const { viewport = { width: 1280, height: 900 }, colorScheme = 'light', bypassCSP = false, hasTouch = false } = options;
  const context = await env.browser.newContext({ viewport, colorScheme, bypassCSP, hasTouch, acceptDownloads: true });
  const page = await context.newPage();
  const log = { errors: [], dialogs: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  context.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(watchLongTasks);
  await page.goto(env.origin + '/');
  page.log = log;
  page.closeAll = () => context.close();
  return page;
}

const renders = (page) => page.evaluate(() => Number(document.body.dataset.annotated || 0));

/// Waits until the page has rendered a result after `before` renders.
export async function rendered(page, before, timeout = 30000) {
  await page.waitForFunction((n) => Number(document.body.dataset.annotated || 0) > n, before, { timeout });
}

/// Puts `text` in the text area, presses Annotate and waits for the rendered result.
export async function paste(page, text) {
  const before = await renders(page);
  await page.fill('#input', text);
  await page.click('#annotate');
  await rendered(page, before);
}

/// Runs `action` and waits for the render it causes.
export async function renderAfter(page, action, timeout) {
  const before = await renders(page);
  await action();
  await rendered(page, before, timeout);
}
