#!/usr/bin/env node
/**
 * Benchmarks svc-migrate side by side with its peers on this machine, whole processes, interleaved runs.
 *
 *   npm run build && npm run bench [validate] [up] [scale] [diff]     (no section: all four)
 *   BENCH_RUNS=9 npm run bench validate                       (runs per contender, default 5)
 *   BENCH_PG_URL=postgres://user@host:5432 npm run bench up    (server for `up`; default postgres@127.0.0.1)
 *   BENCH_CLI=/path/to/cli.js npm run bench                    (another bundle, e.g. a copy of dist/ or a release)
 *
 * Prints one table per section (wall median and min, CPU time user+sys, peak RSS, and svc-migrate's time as a ratio of each peer's) and
 * the notes that say what was measured. See docs/benchmarks.md for the figures and what they mean.
 */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { fmtMb, fmtMs, measuresRss, table } from '../bench/measure.mjs';
import { benchValidate } from '../bench/validate.mjs';
import { benchUp } from '../bench/up.mjs';
import { benchScale } from '../bench/scale.mjs';
import { benchDiff } from '../bench/diff.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECTIONS = { validate: benchValidate, up: benchUp, scale: benchScale, diff: benchDiff };

const asked = process.argv.slice(2);
const unknown = asked.filter((s) => !(s in SECTIONS));
if (unknown.length > 0) {
  console.error(`unknown section ${unknown.join(', ')}: choose from ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
const runs = Number(process.env.BENCH_RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('BENCH_RUNS must be a whole number >= 1');
  process.exit(2);
}

const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist/cli.js'));
if (!existsSync(cli) && !process.env.BENCH_CLI) {
  console.error('dist/cli.js is missing: building it (npm run build)');
  const b = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (b.status !== 0) process.exit(2);
}

console.log(
  `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ` +
    `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; node ${process.version}; ${runs} interleaved runs per contender after 1 warm-up; ` +
    `peak RSS ${measuresRss ? 'from /usr/bin/time -v' : 'from process.resourceUsage() (Node children only)'}; ` +
    `${path.relative(root, cli)} built ${statSync(cli).mtime.toISOString()}`,
);

let failed = false;
for (const name of asked.length > 0 ? asked : Object.keys(SECTIONS)) {
  console.error(`\n[${name}]`);
  let section;
  try {
    section = await SECTIONS[name]({ root, cli, runs });
  } catch (e) {
    failed = true;
    console.log(`\n## ${name}\nFAILED: ${e instanceof Error ? e.message : String(e)}`);
    continue;
  }
  console.log(`\n## ${section.title}`);
  // Sections with several svc-migrate rows (a first run and a cached run) name how many lead the table.
  const oursCount = section.ours ?? 1;
  if (section.rows.length > 0) {
    const ours = section.rows[0];
    const rows = section.rows.map((r, i) => [
      r.name,
      r.runs,
      fmtMs(r.median),
      fmtMs(r.min),
      fmtMs(r.cpuMs),
      fmtMb(r.rssMb),
      i === 0 ? '' : `${(ours.median / r.median).toFixed(2)}x`,
    ]);
    console.log(table(['contender', 'runs', 'median', 'min', 'CPU (median)', 'peak RSS', `${shortName(ours.name)} / this`], rows));
  }
  if (oursCount > 1 && section.rows.length > oursCount) {
    for (const mine of section.rows.slice(0, oursCount)) {
      for (const peer of section.rows.slice(oursCount)) console.log(`- ${mine.name} / ${peer.name}: ${(mine.median / peer.median).toFixed(2)}x (medians)`);
    }
  }
  for (const note of section.notes) console.log(`- ${note}`);
}
process.exit(failed ? 1 : 0);

function shortName(name) {
  return name.split(' (')[0];
}
