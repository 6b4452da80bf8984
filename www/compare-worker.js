// Comparison runs here, off the main thread. Messages: {id, texts} in, {id, result, ms} or {id, error} out;
// `ms` is the time of the compare call itself (annotating and comparing every article).
import init, { compare } from './pkg/newslens.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, texts } = event.data;
  try {
    await ready;
    const start = performance.now();
    const result = compare(texts);
    self.postMessage({ id, result, ms: performance.now() - start });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message || err) });
  }
};
