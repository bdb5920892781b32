/**
 * The synthetic monorepo that the scale benchmark validates (scripts/gen-monorepo.mjs) must be what it claims:
 * deterministic, and a clean repository — realistic SQL that the rules may warn about, but no errors and no
 * graph, file or config findings — so the benchmark measures the normal path, not error reporting.
 * No timing here: figures belong to `npm run bench scale`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateMonorepo } from '../scripts/gen-monorepo.mjs';
import type { Finding } from '../src/core/types.js';
import { cli } from './helpers/cli.js';
import { removeDir, tempDir } from './fuzz/support.js';

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** Findings about the repository's structure rather than its SQL style. */
const STRUCTURAL = /^(dependency-|missing-|orphan-|duplicate-|invalid-|config-|environment-|cross-service-|affects-tables|sql-syntax|sql-encoding|plpgsql-syntax|empty-migration|unreadable)/;

describe('generateMonorepo', () => {
  let a: string;
  let b: string;
  beforeAll(() => {
    a = tempDir('gen-a');
    b = tempDir('gen-b');
  });
  afterAll(() => {
    removeDir(a);
    removeDir(b);
  });

  test('the same seed gives byte-identical files; another seed gives other files', () => {
    const result = generateMonorepo(a, { services: 3, migrationsPerService: 25, seed: 7 });
    expect(result).toMatchObject({ services: 3, migrations: 75, files: 150 });
    generateMonorepo(b, { services: 3, migrationsPerService: 25, seed: 7 });
    expect(snapshot(b)).toEqual(snapshot(a));
    generateMonorepo(b, { services: 3, migrationsPerService: 25, seed: 8 });
    expect(snapshot(b)).not.toEqual(snapshot(a));
  });

  test('validates with no errors and no structural findings, in every environment', async () => {
    generateMonorepo(a, { services: 8, migrationsPerService: 40, seed: 3 });
    for (const env of ['development', 'staging', 'production']) {
      const run = await cli(['validate', '--root', a, '--format', 'json', '--env', env]);
      const report = JSON.parse(run.stdout) as { findings: Finding[]; summary: { errors: number; migrations: number; services: number } };
      expect(report.summary).toMatchObject({ errors: 0, migrations: 320, services: 8 });
      expect(report.findings.filter((f) => STRUCTURAL.test(f.rule)).map((f) => `${f.rule} ${f.file}: ${f.message}`)).toEqual([]);
      expect(run.code).toBe(0);
    }
  });
});
