#!/usr/bin/env node
/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and prints where the time went: the top functions by self time and
 * by total (inclusive) time, with their source location in the bundle. Recursion is counted once per stack.
 *
 *   node --cpu-prof --cpu-prof-dir=.bench/prof dist/cli.js validate --root .bench/monorepo-100x100 --format json >/dev/null
 *   node bench/profile.mjs .bench/prof/<file>.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} file path of a .cpuprofile
 * @param {number} top rows per table
 * @returns {{totalMs: number, self: Array<[string, number]>, total: Array<[string, number]>}}
 */
export function summarizeProfile(file, top = 25) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const f = n.callFrame;
    const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  // Sample counts per node, weighted by the time deltas between samples.
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const self = new Map();
  const total = new Map();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    self.set(label(n), (self.get(label(n)) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur));
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + us);
    }
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, v / 1000]);
  const totalMs = [...selfUs.values()].reduce((a, b) => a + b, 0) / 1000;
  return { totalMs, self: sorted(self), total: sorted(total) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/profile.mjs <file.cpuprofile> [top]');
    process.exit(2);
  }
  const { totalMs, self, total } = summarizeProfile(file, Number(process.argv[3] ?? 25));
  const pct = (ms) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%`;
  console.log(`sampled ${totalMs.toFixed(0)} ms\n\nself time:`);
  for (const [name, ms] of self) console.log(`${pct(ms)}  ${name}`);
  console.log('\ntotal time (inclusive):');
  for (const [name, ms] of total) console.log(`${pct(ms)}  ${name}`);
}
