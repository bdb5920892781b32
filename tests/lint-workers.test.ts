/**
 * The built bundle lints large repositories on worker threads (src/lint/pool.ts, dist/lint-worker.js); the
 * TypeScript sources never do (no worker entry beside them). This runs the BUILT CLI on a generated repository
 * of 1,000 files, with problem files mixed in, once with the workers and once in-process, and requires the
 * same report, byte for byte.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateMonorepo } from '../scripts/gen-monorepo.mjs';

const cli = path.resolve('dist/cli.js');
let root: string;

beforeAll(() => {
  if (!existsSync(cli) || !existsSync(path.resolve('dist/lint-worker.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  root = mkdtempSync(path.join(tmpdir(), 'svc-migrate-workers-'));
  generateMonorepo(root, { services: 10, migrationsPerService: 50, seed: 7 });
  // Files that exercise every engine path on both sides: findings, ignores, syntax and encoding errors.
  const services = readdirSync(path.join(root, 'services')).sort();
  const dir = (i: number) => path.join(root, 'services', services[i]!, 'migrations', 'common');
  writeFileSync(path.join(dir(0), '900001_unqualified.up.sql'), 'CREATE TABLE users (id int);\nDROP TABLE orders CASCADE;\n');
  writeFileSync(path.join(dir(0), '900001_unqualified.down.sql'), '-- svc-migrate-ignore drop-cascade\nDROP TABLE users CASCADE;\n-- svc-migrate-ignore delete-without-where\nSELECT 1;\n');
  writeFileSync(path.join(dir(3), '900002_broken.up.sql'), 'CREATE TABLE x.y (id int;\n');
  writeFileSync(path.join(dir(3), '900002_broken.down.sql'), Buffer.from([0x44, 0x52, 0xff, 0xfe, 0x0a]));
  writeFileSync(path.join(dir(7), '900003_long.up.sql'), `ALTER TABLE ${'a'.repeat(70)} ADD COLUMN "${'é'.repeat(40)}" int NOT NULL;\n`);
  writeFileSync(path.join(dir(7), '900003_long.down.sql'), 'DO $$ BEGIN UPDATE t SET a = 1; END $$;\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the built CLI's validate; `concurrency` is the --concurrency value, '' for none (the default, in-process). */
function validate(concurrency: string, extra: string[] = ['--no-cache']): { stdout: string; status: number | null; stderr: string } {
  const flag = concurrency === '' ? [] : ['--concurrency', concurrency];
  const r = spawnSync(process.execPath, [cli, 'validate', '--root', root, '--format', 'json', ...flag, ...extra], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1', SVC_MIGRATE_DEBUG_LINT: '1', XDG_CACHE_HOME: path.join(root, '.xdg-cache') },
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: r.stdout, status: r.status, stderr: r.stderr };
}

test('worker threads and the in-process path give the same report on 1,000+ files', () => {
  const pooled = validate('2');
  const inProcess = validate('');
  // The debug line proves which path ran (a failed pool would say so and fall back in-process).
  expect(pooled.stderr).toMatch(/^svc-migrate lint: \d+ files, 2 worker threads\n$/);
  expect(inProcess.stderr).toMatch(/^svc-migrate lint: \d+ files, 0 worker threads\n$/);
  expect(pooled.status).toBe(1);
  expect(pooled.status).toBe(inProcess.status);
  const report = JSON.parse(pooled.stdout) as { summary: { files: number }; findings: { rule: string }[] };
  expect(report.summary.files).toBeGreaterThanOrEqual(1000);
  const rules = new Set(report.findings.map((f) => f.rule));
  for (const rule of ['unqualified-table', 'drop-cascade', 'sql-syntax', 'sql-encoding', 'identifier-too-long', 'ignore-unused']) expect(rules).toContain(rule);
  expect(pooled.stdout).toBe(inProcess.stdout);
});

test('the lint cache: a second run answers every file from it, with the same report; an edited file is linted again', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'svc-migrate-cache-'));
  try {
    const cold = validate('1', ['--cache-dir', cacheDir]);
    // Workers asked for, but every file comes from the cache: none is started.
    const warm = validate('2', ['--cache-dir', cacheDir]);
    expect(cold.stderr).toMatch(/^svc-migrate lint: \d+ files, 1 worker threads, 0 from the cache\n$/);
    // Every file came from the cache, so no worker was started for them.
    const files = Number(/^svc-migrate lint: (\d+) files/.exec(cold.stderr)![1]);
    expect(warm.stderr).toBe(`svc-migrate lint: ${files} files, 0 worker threads, ${files} from the cache\n`);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(validate('0').stdout);
    // The file that had a syntax error is fixed: linted anew, the finding is gone, the rest still comes from the cache.
    const services = readdirSync(path.join(root, 'services')).sort();
    const broken = path.join(root, 'services', services[3]!, 'migrations', 'common', '900002_broken.up.sql');
    const before = readFileSync(broken);
    try {
      writeFileSync(broken, 'CREATE TABLE x.y (id int);\n');
      const edited = validate('', ['--cache-dir', cacheDir]);
      expect(edited.stderr).toBe(`svc-migrate lint: ${files} files, 0 worker threads, ${files - 1} from the cache\n`);
      const rules = (JSON.parse(edited.stdout) as { findings: { rule: string; file?: string }[] }).findings.filter((f) => f.file?.endsWith('900002_broken.up.sql')).map((f) => f.rule);
      expect(rules).not.toContain('sql-syntax');
      expect(edited.stdout).toBe(validate('0').stdout);
    } finally {
      writeFileSync(broken, before);
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('workers are opt-in; started while reading the repository, and closed when the run cannot go on', () => {
  expect(validate('').stderr).toMatch(/^svc-migrate lint: \d+ files, 0 worker threads\n$/);
  // A run that stops after the pool started (an unknown service) exits at once with its message.
  const unknown = validate('2', ['--no-cache', '--service', 'no-such-service']);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toMatch(/Unknown service "no-such-service"/);
  const bad = validate('many');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/--concurrency many: expected a number of worker threads/);
});
