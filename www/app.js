// Boot and state: sends the text to the worker (debounced while typing) and renders the newest result.
import { renderAnnotations, renderLegend } from './render.js';

const input = document.getElementById('input');
const output = document.getElementById('output');
const legend = document.getElementById('legend');
const status = document.getElementById('status');
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });

let latest = 0;
let pendingText = '';

worker.onmessage = (event) => {
  const { id, result, error } = event.data;
  if (id !== latest) return; // a newer text is on its way: drop the stale result
  if (error) {
    status.textContent = `Error: ${error}`;
    return;
  }
  renderAnnotations(output, pendingText, result);
  renderLegend(legend, result);
  status.textContent = `${result.entities.length} entities, ${result.claims.length} claims`;
  document.body.dataset.annotated = String(id);
};

function annotateNow() {
  latest += 1;
  pendingText = input.value;
  status.textContent = 'Annotating…';
  worker.postMessage({ id: latest, text: pendingText });
}

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(annotateNow, 250);
});
document.getElementById('annotate').addEventListener('click', annotateNow);
