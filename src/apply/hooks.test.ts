import { mkdtempSync, writeFileSync } from 'node:fs';
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
