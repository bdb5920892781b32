/**
 * Shared set-up of the fuzz suite: one seed and one run budget for every property, so a failure reproduces
 * with `FUZZ_SEED=<seed> npm test -- tests/fuzz` and a long campaign is `npm run fuzz` (FUZZ_RUNS=200000).
 *
 * FUZZ_RUNS is the total number of generated inputs across the suite; each property takes a share by weight
 * (cheap in-process properties many, whole-CLI properties on temporary trees few). The default total keeps the
 * suite near 30 s on a 2-core machine while still generating well over 10,000 inputs.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/core/types.js';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const DEFAULT_TOTAL = 12_000;
export const FUZZ_TOTAL = Number(process.env.FUZZ_RUNS ?? DEFAULT_TOTAL);

/** Shares of FUZZ_TOTAL per property, and a generous per-input time allowance for the Jest timeout. */
const SHARES = {
  parseSql: { weight: 0.4, msPerRun: 5 },
  lintFile: { weight: 0.22, msPerRun: 10 },
  parseJson: { weight: 0.3, msPerRun: 5 },
  parseJsonLazily: { weight: 0.06, msPerRun: 5 },
  sqlCli: { weight: 0.006, msPerRun: 300 },
  jsonCli: { weight: 0.008, msPerRun: 300 },
  treeCli: { weight: 0.006, msPerRun: 400 },
} as const;

export type Share = keyof typeof SHARES;

/** Number of runs of one property (at least 10). */
export function runsFor(share: Share): number {
  return Math.max(10, Math.round(FUZZ_TOTAL * SHARES[share].weight));
}

/** Jest timeout for a property: a minute plus the per-input allowance, so long campaigns are not cut short. */
export function timeoutFor(share: Share): number {
  return 60_000 + runsFor(share) * SHARES[share].msPerRun;
}

/** fast-check parameters: the suite's seed, this property's run count, and a hang guard for async runs. */
export function params(share: Share): { seed: number; numRuns: number; timeout?: number; endOnFailure: boolean } {
  return { seed: FUZZ_SEED, numRuns: runsFor(share), endOnFailure: false };
}

/** A stack trace line (`    at fn (file.js:10:5)`) in text meant for people. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/**
 * Problems with a finding's location, as readable strings (empty when it is fine). A located finding has a file
 * and a line; both line and column are 1-based and, when the file's lines are given, point inside the text.
 */
export function locationProblems(f: Finding, lines?: readonly string[]): string[] {
  const out: string[] = [];
  const where = `${f.rule} at ${f.file ?? '?'}:${f.line ?? '?'}:${f.column ?? '?'}`;
  if (f.line !== undefined && !(Number.isInteger(f.line) && f.line >= 1)) out.push(`${where}: line ${f.line} is not >= 1`);
  if (f.line !== undefined && !(Number.isInteger(f.column) && (f.column ?? 0) >= 1)) out.push(`${where}: column ${f.column} is not >= 1`);
  if (f.line === undefined && f.column !== undefined) out.push(`${where}: a column without a line`);
  if (f.endLine !== undefined && f.line !== undefined && f.endLine < f.line) out.push(`${where}: endLine ${f.endLine} before line`);
  if (lines && f.line !== undefined) {
    if (f.line > Math.max(1, lines.length)) out.push(`${where}: line ${f.line} past the last line (${lines.length})`);
    else if (f.column !== undefined) {
      const width = lineWidth(lines, f.line - 1);
      if (f.column > width + 1) out.push(`${where}: column ${f.column} past the end of the line (${width} characters)`);
    }
  }
  return out;
}

const widths = new WeakMap<readonly string[], Map<number, number>>();

/** Width of a line in code points, memoised: one-line inputs of 100 kB are checked against thousands of positions. */
function lineWidth(lines: readonly string[], index: number): number {
  let cache = widths.get(lines);
  if (!cache) widths.set(lines, (cache = new Map()));
  let w = cache.get(index);
  if (w === undefined) {
    w = 0;
    for (const _ of lines[index] ?? '') w++;
    cache.set(index, w);
  }
  return w;
}

/** A fresh temporary folder; remove it with `removeDir`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `svc-migrate-fuzz-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
}

/** Texts of the real-world corpus (../shared/corpus), or [] with a loud warning when it is absent. */
export function corpusTexts(): string[] {
  const candidates = [path.resolve('../shared/corpus'), '/work/shared/corpus'];
  const dir = candidates.find((c) => existsSync(c));
  if (!dir) {
    console.warn('FUZZ: the real-world corpus (../shared/corpus) is absent: corpus-based SQL generators are SKIPPED');
    return [];
  }
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.sql')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}
