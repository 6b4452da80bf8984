// Boot and state: sends the text to the worker (debounced while typing, one job in flight, only the
// newest text queued), drops stale results, renders the newest one, and wires the panels.
// body[data-annotated] increments once a result is fully in the DOM.

import { Renderer } from './render.js';
import { setupCards } from './cards.js';
import { renderLegend, setupLegend, renderEntityIndex, setupEntityIndex, renderSpeakers, setupSpeakers } from './panels.js';
import { setupExport } from './export.js';
import { fileToText, setupDrop, textDirection } from './input.js';
import { EXAMPLE } from './example.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const output = $('output');
const statusLine = $('status');
const renderer = new Renderer(output);
const state = { text: '', result: null, renderer };
const getState = () => state;
// An error stays marked (data-error: styled apart, announced at once) until the next message replaces it.
const say = (message, error = false) => {
  statusLine.textContent = message;
  statusLine.toggleAttribute('data-error', error);
  statusLine.setAttribute('aria-live', error ? 'assertive' : 'polite');
};

// --- the worker: at most one job in flight; a newer text replaces any queued one
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let latest = 0; // id of the newest text asked for
let latestText = '';
let busy = false;
let queued = null;
let rendered = 0;
let broken = ''; // set when the worker could not start: no job can run any more

function send(job) {
  busy = true;
  worker.postMessage(job);
}

worker.onmessage = async (event) => {
  busy = false;
  if (queued) { send(queued); queued = null; }
  const { id, result, error, fatal } = event.data;
  if (fatal) { stop(error); return; }
  if (id !== latest) return; // a newer text is on its way: drop the stale result
  if (error) { failed(`Error: the text could not be annotated (${error})`); return; }
  await show(id, latestText, result);
};

// A failed text leaves no highlights behind: those of an earlier text would be read as this one's.
function failed(message) {
  renderer.render('', EMPTY);
  entityIndex.clear();
  cards.hide();
  state.text = '';
  state.result = null;
  renderLegend($('legend'), output, EMPTY);
  renderEntityIndex($('entity-index'), EMPTY);
  renderSpeakers($('speakers'), '', EMPTY);
  say(message, true);
}
const EMPTY = { entities: [], claims: [], linked: [], paragraphs: [], boilerplate: [] };

worker.onerror = (event) => { // the module or the WebAssembly failed to load
  event.preventDefault();
  busy = false;
  stop(event.message || 'worker error');
};

function stop(why) {
  queued = null;
  broken = `Error: the annotator could not start (${why}). Reload the page to try again.`;
  failed(broken);
}

const yieldTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// The article first (its first chunk at once), then each panel in a task of its own, so no single
// task carries a large result's whole DOM.
async function show(id, text, result) {
  entityIndex.clear();
  cards.hide(); // its mark is about to leave the page
  state.text = text;
  state.result = result;
  renderLegend($('legend'), output, result);
  say(result.entities.length ? 'Rendering…' : '');
  const rendering = renderer.render(text, result);
  await yieldTask();
  if (id !== latest) return;
  renderEntityIndex($('entity-index'), result);
  await yieldTask();
  if (id !== latest) return;
  renderSpeakers($('speakers'), text, result);
  const complete = await rendering;
  if (!complete || id !== latest) return;
  const e = result.entities.length, c = result.claims.length;
  if (!text.trim()) say('No text yet: paste, type or open an article.');
  else say(`${e} ${e === 1 ? 'entity' : 'entities'}, ${c} ${c === 1 ? 'claim' : 'claims'}`);
  rendered += 1;
  document.body.dataset.annotated = String(rendered);
}

function annotateNow() {
  clearTimeout(timer);
  if (broken) { failed(broken); return; } // a dead worker would leave "Annotating…" up for ever
  latest += 1;
  latestText = input.value;
  const job = { id: latest, text: latestText };
  say('Annotating…');
  if (busy) queued = job; else send(job);
}

// The text area reads right to left when its text starts so (textDirection: not dir="auto", which costs
// a megabyte a quarter of a second of the main thread).
const setDirection = () => { input.dir = textDirection(input.value); };

let timer = 0;
input.addEventListener('input', () => {
  setDirection();
  clearTimeout(timer);
  timer = setTimeout(annotateNow, input.value.length > 200000 ? 600 : 250);
});
$('annotate').addEventListener('click', annotateNow);

// A large text is not laid out in the text area at all (a megabyte there costs the main thread a
// quarter of a second or more): the area folds away behind a note until the reader asks to see it.
// A large paste also goes in as one programmatic edit, not through the browser's slow paste path.
const LARGE_PASTE = 50000;
const LARGE_TEXT = 200000;
const folded = $('input-folded');
function fold() {
  const fold = input.value.length > LARGE_TEXT;
  const hadFocus = document.activeElement === input;
  input.hidden = fold;
  folded.hidden = !fold;
  if (fold) $('input-size').textContent = `${(input.value.length / 1048576).toFixed(2)} MB`;
  if (fold && hadFocus) $('show-input').focus();
}
$('show-input').addEventListener('click', () => {
  input.hidden = false;
  folded.hidden = true;
  input.focus();
});
input.addEventListener('paste', (ev) => {
  const text = ev.clipboardData ? ev.clipboardData.getData('text/plain') : '';
  if (text.length < LARGE_PASTE) return;
  ev.preventDefault();
  input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
  fold();
  input.dispatchEvent(new Event('input', { bubbles: true }));
});

function load(text) {
  input.value = text;
  setDirection();
  fold();
  annotateNow();
}
$('example').addEventListener('click', () => load(EXAMPLE));
$('clear').addEventListener('click', () => { load(''); input.focus(); });

async function openFile(file) {
  try {
    say(`Reading ${file.name}…`);
    load(await fileToText(file));
  } catch (err) {
    say(`Could not read ${file.name}: ${err.message}`);
  }
}
$('file').addEventListener('change', (ev) => {
  const file = ev.target.files[0];
  if (file) openFile(file);
  ev.target.value = '';
});
setupDrop($('input-pane'), openFile);

// --- panels, cards, export
const cards = setupCards(output, $('card'), getState);
setupLegend($('legend'), output);
const entityIndex = setupEntityIndex($('entity-index'), $('mention-nav'), output, getState);
setupSpeakers($('speakers'), output, getState);
setupExport($('export'), getState, (message) => { $('export-status').textContent = message; }); // said beside its buttons, in view on a phone

// --- theme: follows the system unless the reader picks light or dark (remembered in localStorage)
const THEMES = ['system', 'light', 'dark'];
const themeButton = $('theme');
function applyTheme(theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  themeButton.textContent = `Theme: ${theme}`;
  themeButton.dataset.theme = theme;
}
let theme = 'system';
try { theme = localStorage.getItem('newslens-theme') || 'system'; } catch { /* storage may be off */ }
applyTheme(THEMES.includes(theme) ? theme : 'system');
themeButton.addEventListener('click', () => {
  const next = THEMES[(THEMES.indexOf(themeButton.dataset.theme) + 1) % THEMES.length];
  applyTheme(next);
  try { localStorage.setItem('newslens-theme', next); } catch { /* storage may be off */ }
});

if (input.value) annotateNow(); // text kept by the browser across a reload
