// Helpers of the benchmark: the corpus, word counts, timing and statistics.
//
// Input: the shared evaluation files. Output: plain numbers. Words are counted
// the same way for every system (runs of non-whitespace), so a words-per-second
// ratio between two systems is exactly the inverse ratio of their times.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const now = () => performance.now();
/** CPU time of this process in ms (user + system): unlike wall time, not inflated by other jobs on a shared machine. */
export const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** CPU time in ms of the children this process has waited for (Linux /proc; clock ticks of 10 ms). */
export function childCpuNow() {
  const f = readFileSync('/proc/self/stat', 'utf8');
  const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, fields 16 and 17
}

/** Every text of conll2003-dev.jsonl and every seed article, in a fixed order. */
export function loadCorpus(shared) {
  const texts = [];
  const jsonl = readFileSync(join(shared, 'eval/conll2003-dev.jsonl'), 'utf8');
  for (const line of jsonl.split('\n')) {
    if (line.trim()) texts.push(JSON.parse(line).text);
  }
  const seeds = join(shared, 'seeds');
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
    texts.push(readFileSync(join(seeds, name), 'utf8'));
  }
  return texts;
}

export function countWords(text) {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

export const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');

/** The first `n` words of `source` (repeated as needed), keeping its own spacing and line breaks. */
export function firstWords(source, n) {
  const parts = [];
  const re = /\S+\s*/g;
  while (parts.length < n) {
    re.lastIndex = 0;
    let m;
    while (parts.length < n && (m = re.exec(source)) !== null) parts.push(m[0]);
  }
  return parts.join('').trimEnd();
}

/** `source` repeated and cut to about `bytes` UTF-8 bytes, at a word boundary. */
export function ofSize(source, bytes) {
  let out = '';
  while (utf8Bytes(out) < bytes) out += source + '\n\n';
  // source is nearly all ASCII: cut by characters, then back off to a space
  let cut = out.slice(0, bytes);
  while (utf8Bytes(cut) > bytes) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return space > bytes * 0.9 ? cut.slice(0, space) : cut;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Median and spread of a set of rates: min, max, and half the range relative to the median. */
export function summary(xs) {
  const med = median(xs);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return { median: med, min, max, spread_pct: med ? ((max - min) / 2 / med) * 100 : 0, n: xs.length };
}

/** Runs `once` (which returns a checksum) after `warmup` calls, for `passes` timed calls; returns CPU and wall ms per call. */
/**
 * Times `passes` calls of `once` after a warm-up of at least `warmup` calls and `warmupMs` milliseconds, the same
 * for every system: V8 compiles hot code (JavaScript and WebAssembly alike) again in background threads during the
 * first second or so, and that CPU time is load time, not annotation time.
 */
export function timePasses(once, { warmup = 1, warmupMs = 2000, passes = 5 } = {}) {
  let sink = 0;
  const w0 = now();
  for (let i = 0; i < warmup || now() - w0 < warmupMs; i++) sink += once();
  const cpu = [];
  const wall = [];
  for (let i = 0; i < passes; i++) {
    const c0 = cpuNow();
    const t0 = now();
    sink += once();
    wall.push(now() - t0);
    cpu.push(cpuNow() - c0);
  }
  return { cpu, wall, sink };
}

export function fmt(x, digits = 0) {
  if (!Number.isFinite(x)) return String(x);
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A plain text table: first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
