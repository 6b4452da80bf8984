// Annotation runs here, off the main thread. Messages: {id, text} in, {id, result} or {id, error} out.
import init, { annotate } from './pkg/newslens.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    self.postMessage({ id, result: annotate(text) });
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err) });
  }
};
