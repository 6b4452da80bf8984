// Export controls: the chosen format (formats.js) downloaded as a file or copied to the clipboard.
// Input: the current {text, result}. Output: a Blob download (same-origin blob: URL) or clipboard text.

import { FORMATS, exportAs } from './formats.js';
import { el } from './render.js';

export function setupExport(form, getState, say) {
  const select = form.querySelector('#export-format');
  select.replaceChildren(...Object.entries(FORMATS).map(([key, f]) => el('option', { value: key }, f.label)));

  async function content() {
    const { text, result } = getState();
    if (!result) { say('Nothing to export yet: annotate a text first.'); return null; }
    return exportAs(select.value, text, result);
  }

  form.querySelector('#export-download').addEventListener('click', async () => {
    const body = await content();
    if (body == null) return;
    const f = FORMATS[select.value];
    const url = URL.createObjectURL(new Blob([body], { type: `${f.mime};charset=utf-8` }));
    const a = el('a', { href: url, download: `newslens.${f.ext}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(`Saved newslens.${f.ext}`);
  });

  form.querySelector('#export-copy').addEventListener('click', async () => {
    const body = await content();
    if (body == null) return;
    try {
      await navigator.clipboard.writeText(body);
      say(`Copied ${FORMATS[select.value].label} (${Math.ceil(body.length / 1024)} KB) to the clipboard`);
    } catch (err) {
      say(`Could not copy: ${err.message}`);
    }
  });
}
