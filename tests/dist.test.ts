/**
 * dist/ is what users run (the Action and `npx svc-migrate`): it must work from a copy of dist/ alone, with no
 * node_modules anywhere above it. (`npm run build:check` in CI fails when dist/ is stale.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dist = path.resolve('dist');
const fixtures = path.resolve('fixtures');
let copy: string;

beforeAll(() => {
  if (!existsSync(path.join(dist, 'cli.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  copy = mkdtempSync(path.join(tmpdir(), 'svc-migrate-dist-copy-'));
  cpSync(dist, path.join(copy, 'dist'), { recursive: true });
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [path.join(copy, 'dist', 'cli.js'), ...args], {
    cwd: copy,
    encoding: 'utf8',
    // The lint and code caches go to the copy, not to the user's ~/.cache.
    env: { PATH: process.env.PATH, NO_COLOR: '1', XDG_CACHE_HOME: path.join(copy, 'xdg-cache'), ...env },
    timeout: 120_000,
  });
}

test('the bundled CLI validates the fixtures from a copy of dist/', () => {
  const r = run(['validate', '--root', fixtures]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/SQL files checked/);
});

test('the bundled CLI finds SQL syntax errors (the parser\'s WebAssembly travelled with it)', () => {
  const r = run(['validate', '--root', path.resolve('fixtures/broken/sql-syntax'), '--format', 'json']);
  const report = JSON.parse(r.stdout);
  expect(report.findings.some((f: { rule: string }) => f.rule === 'sql-syntax')).toBe(true);
  expect(r.status).toBe(1);
});

test('the bundled CLI applies the fixtures to the embedded database', () => {
  const r = run(['check', '--root', fixtures, '--apply']);
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/1\/u create_users \(\d+\.\d{6}ms\)/);
});

test('a second run of a command compiles the bundle from the code cache the first one left', () => {
  const env = { SVC_MIGRATE_DEBUG_CODE_CACHE: '1', SVC_MIGRATE_CODE_CACHE_DIR: path.join(copy, 'code-cache') };
  const first = run(['deps', '--root', fixtures], env);
  expect(first.stderr).toBe('svc-migrate code cache: not used\n');
  expect(readdirSync(path.join(copy, 'code-cache'))).toEqual([expect.stringMatching(/^cli-main\.deps\..*\.bin$/)]);
  const second = run(['deps', '--root', fixtures], env);
  expect(second.stderr).toBe('svc-migrate code cache: used\n');
  expect(second.stdout).toBe(first.stdout);
  expect(second.status).toBe(first.status);
  // Off: the bundle runs as it is.
  const off = run(['deps', '--root', fixtures], { ...env, SVC_MIGRATE_NO_CODE_CACHE: '1' });
  expect(off.stderr).toBe('svc-migrate code cache: not used\n');
  expect(off.stdout).toBe(first.stdout);
});
