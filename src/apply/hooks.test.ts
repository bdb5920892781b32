import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hookFiles, runHooks, type HookContext } from './hooks.js';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'svcm-hooks-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('hookFiles', () => {
  const dir = dirWith({ 'pre_migrate.sh': '', 'pre_migrate_000002.sh': '', 'post_migrate.sh': '', 'post_migrate_000002.sh': '' });
  it.each([
    ['pre', '000002', ['pre_migrate.sh', 'pre_migrate_000002.sh']],
    ['post', '000002', ['post_migrate_000002.sh', 'post_migrate.sh']],
    ['pre', '000001', ['pre_migrate.sh']],
  ] as const)('%s %s', (phase, id, expected) => {
    expect(hookFiles(dir, phase, id).map((f) => f.slice(dir.length + 1))).toEqual(expected);
  });
  it('no hooks folder, no hooks', () => {
    expect(hookFiles(undefined, 'pre', '000001')).toEqual([]);
  });
});

describe('runHooks', () => {
  const ctx = (hooksDir: string, out: string[]): HookContext => ({
    hooksDir,
    service: 'user-service',
    migration: '000001',
    env: 'staging',
    databaseUrl: 'postgres://u:topsecret@h/db',
    cwd: tmpdir(),
    out: (l) => out.push(l),
    processEnv: { PATH: process.env.PATH },
  });

  it('passes the environment variables and forwards output with the password scrubbed', async () => {
    const dir = dirWith({ 'pre_migrate.sh': 'echo "$SVC_MIGRATE_SERVICE $SVC_MIGRATE_MIGRATION $SVC_MIGRATE_ENV $DATABASE_URL"\n' });
    const out: string[] = [];
    expect(await runHooks('pre', ctx(dir, out))).toBeUndefined();
    expect(out).toEqual(['user-service 000001 staging postgres://u:***@h/db']);
  });

  it('reports a failing hook with its exit code and stderr tail, and stops at it', async () => {
    const dir = dirWith({ 'pre_migrate.sh': 'echo one >&2\necho two >&2\nexit 3\n', 'pre_migrate_000001.sh': 'echo should-not-run\n' });
    const out: string[] = [];
    const failure = await runHooks('pre', ctx(dir, out));
    expect(failure).toMatchObject({ code: 3, tail: 'one\ntwo' });
    expect(failure!.hook).toMatch(/pre_migrate\.sh$/);
    expect(out).toEqual([]);
  });

  it('a file name is never interpreted by a shell', async () => {
    const dir = dirWith({ 'pre_migrate_$(touch x).sh': 'exit 0\n' });
    expect(hookFiles(dir, 'pre', '$(touch x)')).toHaveLength(1);
    expect(await runHooks('pre', { ...ctx(dir, []), migration: '$(touch x)' })).toBeUndefined();
  });
});

describe('only regular files inside the repository run, and never for longer than the timeout', () => {
  /** A repository root with services/s/migrations/hooks/ and a secret file outside it. */
  function repoWithHooks(): { root: string; hooks: string; outside: string } {
    const base = mkdtempSync(join(tmpdir(), 'svcm-hookrepo-'));
    const root = join(base, 'repo');
    const hooks = join(root, 'services/s/migrations/hooks');
    mkdirSync(hooks, { recursive: true });
    const outside = join(base, 'secret.txt');
    writeFileSync(outside, 'password=hunter2\nsecond line\n');
    return { root, hooks, outside };
  }
  const ctx = (root: string, hooksDir: string, out: string[], timeoutSeconds?: number): HookContext => ({
    hooksDir,
    service: 's',
    migration: '000001',
    env: 'development',
    cwd: root,
    out: (l) => out.push(l),
    processEnv: { PATH: process.env.PATH },
    timeoutSeconds,
  });

  it.each([
    ['a symlink to a file outside the repository', 'outside', /not run: it resolves to a file outside the repository/],
    ['a dangling symlink', 'dangling', /not run: it cannot be resolved/],
    ['a FIFO', 'fifo', /not run: it is not a regular file/],
    ['a directory', 'dir', /not run: it is not a regular file/],
  ])('%s is refused, not run, and nothing of it is printed', async (_name, kind, message) => {
    const { root, hooks, outside } = repoWithHooks();
    const hook = join(hooks, 'pre_migrate.sh');
    if (kind === 'outside') symlinkSync(outside, hook);
    if (kind === 'dangling') symlinkSync(join(root, 'nowhere.sh'), hook);
    if (kind === 'fifo') execFileSync('mkfifo', [hook]);
    if (kind === 'dir') mkdirSync(hook);
    const out: string[] = [];
    const failure = await runHooks('pre', ctx(root, hooks, out));
    expect(failure?.tail).toMatch(message);
    expect(failure?.code).toBeNull();
    expect(JSON.stringify(failure)).not.toMatch(/hunter2|second line/);
    expect(out).toEqual([]);
  });

  it('a symlink to a regular file inside the repository runs', async () => {
    const { root, hooks } = repoWithHooks();
    writeFileSync(join(root, 'shared-hook.sh'), 'echo shared\n');
    symlinkSync(join(root, 'shared-hook.sh'), join(hooks, 'pre_migrate.sh'));
    const out: string[] = [];
    expect(await runHooks('pre', ctx(root, hooks, out))).toBeUndefined();
    expect(out).toEqual(['shared']);
  });

  it('a hook that never exits is stopped, with what it started, after the timeout', async () => {
    const { root, hooks } = repoWithHooks();
    const marker = join(root, 'child-survived');
    // The child outlives bash unless the whole process group is stopped.
    writeFileSync(join(hooks, 'pre_migrate.sh'), `(sleep 3; touch ${marker}) &\nsleep 60\n`);
    const started = Date.now();
    const failure = await runHooks('pre', ctx(root, hooks, [], 0.5));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(failure?.tail).toBe('it did not finish within 0.5s (--hook-timeout, or hook_timeout_seconds in svc-migrate.json) and was stopped');
    await new Promise((r) => setTimeout(r, 3500));
    expect(() => execFileSync('test', ['-e', marker])).toThrow();
  }, 15_000);
});
