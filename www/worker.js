// Annotation runs here, off the main thread. Messages: {id, text} in, {id, result} or {id, error} out.
import init, { annotate } from './pkg/newslens.js';

// The first call builds the word lists and the model (tens of milliseconds): do it now, not on the first paste.
const ready = init().then(() => annotate('Officials said Mr. Jan Novak met the UN in Paris on Monday.'));

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    self.postMessage({ id, result: annotate(text) });
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err) });
  }
};
