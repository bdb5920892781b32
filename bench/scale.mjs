/**
 * `validate` at scale: a synthetic monorepo of 100 services x 100 migrations (10,000 migrations, 20,000 SQL
 * files) and one of half that size, validated by the bundled CLI as a whole process. The ratio between the two
 * shows whether cost grows linearly (about 2); the large one is held to the targets below.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  const contenders = sizes.map(({ services, migrations }) => {
    const dir = path.join(root, `.bench/monorepo-${services}x${migrations}`);
    ensureMonorepo(dir, services, migrations);
    return {
      name: `validate ${services}x${migrations} (${(services * migrations).toLocaleString('en-US')} migrations)`,
      count: services * migrations,
      job: { cmd: process.execPath, args: [cli, 'validate', '--root', dir, '--format', 'json'], cwd: root },
    };
  });
  const findings = new Map();
  const results = await interleave(contenders, {
    runs,
    check(c, r) {
      assertRan(c.name, r, [0, 1]);
      const report = JSON.parse(r.stdout);
      if (report.summary?.migrations !== c.count) {
        throw new Error(`${c.name}: the report counts ${report.summary?.migrations} migrations, expected ${c.count}`);
      }
      findings.set(c.name, report.summary);
    },
  });
  const [big, small] = results.map(summarize);
  const ratio = big.median / small.median;
  const rssRatio = big.rssMb !== undefined && small.rssMb !== undefined ? big.rssMb / small.rssMb : undefined;
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const notes = [
    `${verdict(ratio <= MAX_GROWTH)} time ratio 10,000 / 5,000 migrations (medians): ${ratio.toFixed(2)} (linear growth gives about 2, start-up cost pulls it below; above ${MAX_GROWTH} is super-linear)`,
    big.cpuMs !== undefined && small.cpuMs !== undefined ? `CPU time ratio (medians): ${(big.cpuMs / small.cpuMs).toFixed(2)}` : 'CPU time: not measured on this machine',
    rssRatio === undefined ? 'peak RSS: not measured on this machine' : `peak RSS ratio: ${rssRatio.toFixed(2)}`,
    `${verdict(big.median <= TARGET_MS)} 10,000 migrations validated in ${(big.median / 1000).toFixed(2)} s (median; target <= ${TARGET_MS / 1000} s)`,
    big.rssMb === undefined
      ? `n/a peak RSS (target <= ${TARGET_RSS_MB} MB): no way to measure it here`
      : `${verdict(big.rssMb <= TARGET_RSS_MB)} peak RSS ${big.rssMb.toFixed(0)} MB (largest of the runs; target <= ${TARGET_RSS_MB} MB)`,
    ...[...findings].map(([name, s]) => `${name}: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos, ${s.files} files`),
  ];
  return { title: 'scale (synthetic monorepo, bundled CLI)', rows: [big, small], notes };
}
