// Getting text in: dropped or opened files (.txt, .md as they are; .html reduced to its text).
// HTML is parsed by DOMParser into the content of a <template> in a detached document: doubly inert (no
// script runs, no style applies, nothing loads). Event-handler and style attributes are renamed inside
// tags first, so the page's CSP has nothing to block and nothing to report. Scripts, styles and other
// non-text elements are dropped and only text-node values are kept, block elements turned into paragraph
// breaks. Nothing from the file is ever inserted into the page.

export const MAX_FILE_BYTES = 64 * 1024 * 1024; // the core refuses more

const FIRST_LETTER = /\p{L}/u;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/// 'rtl' when the text's first letter (among its first thousand characters) is Hebrew, Arabic or
/// another right-to-left script, else 'ltr': a text box's direction, as dir="auto" would pick it, without
/// Chromium's scan of the whole value (a quarter of a second of the main thread for a megabyte).
export function textDirection(text) {
  const first = text.slice(0, 1000).match(FIRST_LETTER);
  return first && RIGHT_TO_LEFT.test(first[0]) ? 'rtl' : 'ltr';
}

const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'FORM', 'NAV', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'PRE', 'HR', 'ADDRESS']);

// A start tag as the HTML tokenizer reads it: quotes matter only right after '=', and a quoted value
// may hold '>' or run to the end of the input. Never fails once started, so it cannot backtrack.
const START_TAG = /<[a-zA-Z](?:[^>=]|=\s*(?:"[^"]*"?|'[^']*'?|))*>?/g;
const LIVE_ATTRIBUTE = /([\s/'"])(on[a-z0-9_-]*|style)(?=\s*=|[\s/>]|$)/gi;

/// The markup, wrapped in a <template> that its own </template> tags cannot close (they become
/// unknown end tags), with on*= and style= attributes renamed to data-x-*: text is untouched.
export function inertMarkup(html) {
  const tags = html.replace(START_TAG, (tag) => tag.replace(LIVE_ATTRIBUTE, '$1data-x-$2'));
  return '<template>' + tags.replace(/<\/(template)/gi, '</x-$1');
}

/// The readable text of an HTML document: paragraphs separated by blank lines, whitespace collapsed.
export function htmlToText(html) {
  const root = new DOMParser().parseFromString(inertMarkup(html), 'text/html').querySelector('template')?.content;
  const blocks = [];
  let line = '';
  const flush = (pre) => { // whitespace collapses, except in <pre>
    const t = pre ? line.replace(/^[\r\n]+|\s+$/g, '') : line.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node, pre) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        line += n.nodeValue;
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const tag = n.tagName.toUpperCase();
        if (DROP.has(tag)) continue;
        if (tag === 'TEMPLATE') { walk(n.content, pre); continue; }
        if (tag === 'BR') { line += '\u2028'; continue; }
        const block = BLOCK.has(tag);
        const inner = pre || tag === 'PRE';
        if (block) flush(pre);
        walk(n, inner);
        if (block) flush(inner);
      }
    }
  };
  if (root) walk(root, false);
  flush(false);
  return blocks.map((b) => b.replace(/ ?\u2028 ?/g, '\n').trim()).filter(Boolean).join('\n\n');
}

/// The text of a File: HTML reduced to text, anything else read as UTF-8 text.
export async function fileToText(file) {
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than ${MAX_FILE_BYTES / 1048576} MB`);
  const raw = await file.text();
  const isHtml = /\.x?html?$/i.test(file.name) || /html/.test(file.type);
  return isHtml ? htmlToText(raw) : raw;
}

/// Lets the whole page accept dropped files (so a drop never navigates away) and reports the first one.
export function setupDrop(zone, onFile) {
  const hasFiles = (ev) => ev.dataTransfer && [...ev.dataTransfer.types].includes('Files');
  document.addEventListener('dragover', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = 'copy';
    zone.classList.add('dragging');
  });
  document.addEventListener('dragleave', (ev) => { if (!ev.relatedTarget) zone.classList.remove('dragging'); });
  document.addEventListener('drop', (ev) => {
    zone.classList.remove('dragging');
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    const file = ev.dataTransfer.files[0];
    if (file) onFile(file);
  });
}
