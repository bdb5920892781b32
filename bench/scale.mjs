/**
 * `validate` at scale: a synthetic monorepo of 100 services x 100 migrations (10,000 migrations, 20,000 SQL
 * files) and one of half that size, validated by the bundled CLI as a whole process. The ratio between the two
 * shows whether cost grows linearly (about 2); the large one is held to the targets below. Each size runs twice
 * over: a first run (no lint cache) and a cached run (nothing changed since the run before).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertRan, interleave, summarize } from './measure.mjs';
import { generateMonorepo } from '../scripts/gen-monorepo.mjs';

export const TARGET_MS = 3000;
export const TARGET_RSS_MB = 300;
/** Twice the input may cost at most this much more: about 2 is linear, the margin absorbs noise. */
export const MAX_GROWTH = 2.3;
const SEED = 1;

/** Generates the monorepo unless the same one (by options) is already there: generation is not what is timed. */
function ensureMonorepo(dir, services, migrationsPerService) {
  const marker = path.join(dir, '.generated.json');
  const wanted = JSON.stringify({ services, migrationsPerService, seed: SEED, generator: 1 });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return;
  process.stderr.write(`  generating ${services} x ${migrationsPerService} into ${dir}\n`);
  generateMonorepo(dir, { services, migrationsPerService, seed: SEED });
  writeFileSync(marker, wanted);
}

/**
 * @param {{root: string, cli: string, runs: number}} ctx
 */
export async function benchScale({ root, cli, runs }) {
  const sizes = [
    { services: 100, migrations: 100 },
    { services: 50, migrations: 100 },
  ];
  const contenders = sizes.flatMap(({ services, migrations }) => {
    const dir = path.join(root, `.bench/monorepo-${services}x${migrations}`);
    ensureMonorepo(dir, services, migrations);
    const cacheDir = path.join(root, `.bench/cache-${services}x${migrations}`);
    const label = `${services}x${migrations} (${(services * migrations).toLocaleString('en-US')} migrations)`;
    // A first run finds no lint cache (removed before each run) and writes one; the cached run reuses what the
    // run before it wrote, as a second `validate` with no file changed does.
    return [false, true].map((cached) => ({
      name: `validate ${label}, ${cached ? 'cached' : 'first run'}`,
      size: services * migrations,
      cached,
      cacheDir,
      job: { cmd: process.execPath, args: [cli, 'validate', '--root', dir, '--format', 'json', '--cache-dir', cacheDir], cwd: root, env: { ...process.env, NODE_COMPILE_CACHE: path.join(root, '.bench/compile-cache') } },
    }));
  });
  const findings = new Map();
  const results = await interleave(contenders, {
    runs,
    prepare(c) {
      if (!c.cached) rmSync(c.cacheDir, { recursive: true, force: true });
      return c.job;
    },
    check(c, r) {
      assertRan(c.name, r, [0, 1]);
      const report = JSON.parse(r.stdout);
      if (report.summary?.migrations !== c.size) {
        throw new Error(`${c.name}: the report counts ${report.summary?.migrations} migrations, expected ${c.size}`);
      }
      const summary = `${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} infos, ${report.summary.files} files`;
      const size = `${c.size.toLocaleString('en-US')} migrations`;
      // The cached run must report exactly what the first run did.
      if (findings.has(size) && findings.get(size) !== summary) throw new Error(`${c.name}: ${summary}, but the other run of this size reported ${findings.get(size)}`);
      findings.set(size, summary);
    },
  });
  const [bigFirst, bigCached, smallFirst, smallCached] = results.map(summarize);
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const growth = (big, small, what) => {
    const ratio = big.median / small.median;
    const rss = big.rssMb !== undefined && small.rssMb !== undefined ? `, peak RSS ratio ${(big.rssMb / small.rssMb).toFixed(2)}` : '';
    const cpu = big.cpuMs !== undefined && small.cpuMs !== undefined ? `, CPU ratio ${(big.cpuMs / small.cpuMs).toFixed(2)}` : '';
    return `${verdict(ratio <= MAX_GROWTH)} ${what}: time ratio 10,000 / 5,000 migrations (medians) ${ratio.toFixed(2)}${cpu}${rss} (linear growth gives about 2, start-up cost pulls it below; above ${MAX_GROWTH} is super-linear)`;
  };
  const targets = (row, what) => [
    `${verdict(row.median <= TARGET_MS)} ${what}: 10,000 migrations validated in ${(row.median / 1000).toFixed(2)} s (median; target <= ${TARGET_MS / 1000} s)`,
    row.rssMb === undefined
      ? `n/a ${what}: peak RSS (target <= ${TARGET_RSS_MB} MB): no way to measure it here`
      : `${verdict(row.rssMb <= TARGET_RSS_MB)} ${what}: peak RSS ${row.rssMb.toFixed(0)} MB (largest of the runs; target <= ${TARGET_RSS_MB} MB)`,
  ];
  const notes = [
    ...targets(bigFirst, 'first run'),
    ...targets(bigCached, 'cached run'),
    growth(bigFirst, smallFirst, 'first run'),
    growth(bigCached, smallCached, 'cached run'),
    ...[...findings].map(([size, s]) => `${size}: ${s}`),
  ];
  return { title: 'scale (synthetic monorepo, bundled CLI)', rows: [bigFirst, bigCached, smallFirst, smallCached], notes };
}
