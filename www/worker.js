// Annotation runs here, off the main thread. Messages: {id, text} in, {id, result} or {id, error} out
// ({id, error, fatal: true} when the core itself failed to load).
import init, { annotate } from './pkg/newslens.js';

// The first call builds the word lists and the model (tens of milliseconds): do it now, not on the first paste.
const ready = init().then(() => annotate('Officials said Mr. Jan Novak met the UN in Paris on Monday.'));

const message = (err) => String((err && err.message) || err);

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
  } catch (err) { // the core never loaded: no later text can fare better
    self.postMessage({ id, error: message(err), fatal: true });
    return;
  }
  try {
    self.postMessage({ id, result: annotate(text) });
  } catch (err) {
    self.postMessage({ id, error: message(err) });
  }
};
