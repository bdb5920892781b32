/**
 * Hostile values in flags and URLs:
 * - `--database-url` with shell metacharacters reaches hooks as `DATABASE_URL` in their environment and pg_dump
 *   as one argv entry (password through PGPASSWORD) — never a command string; hooks in a root with spaces run;
 *   `SVC_MIGRATE_MIGRATION` and the other variables arrive verbatim;
 * - `force --version`, `rollback --to/--only`, `up --target` with SQL in them are refused (not a migration id).
 * Proof: a canary table survives, and no canary file appears.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canaryFile, canaryRows, plantCanaryTable, publicTables } from './helpers/canary.js';
import { cli } from './helpers/cli.js';
import { miniRepo } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const STACK = /\n\s+at .+:\d+:\d+/;

/** A hook that writes its variables, one per line, to $HOOK_OUT (appending: pre and post both record). */
const RECORD = 'printf "%s\\n" "$(basename "$0")" "$DATABASE_URL" "$SVC_MIGRATE_SERVICE" "$SVC_MIGRATE_MIGRATION" "$SVC_MIGRATE_ENV" >> "$HOOK_OUT"\n';

describeWithPostgres('injection through flags and URLs', () => {
  it('a --database-url full of shell metacharacters reaches hooks and pg_dump verbatim, never through a shell', async () => {
    const canary = canaryFile();
    const root = mkdtempSync(join(tmpdir(), 'svcm repo with spaces; and $(dollar) '));
    const repo = miniRepo([{
      name: 'h-svc',
      environments: { staging: { config: { skip_validation: true, backup_required: true } } },
      migrations: [{ id: '000001', name: 'create_x', up: 'CREATE TABLE public.x (id int);\n' }],
      hooks: { 'pre_migrate.sh': RECORD, 'post_migrate_000001.sh': RECORD },
    }], root);
    const hookOut = join(mkdtempSync(join(tmpdir(), 'svcm-hook-')), 'record');
    await withTempDatabase(async (url, dbName) => {
      await plantCanaryTable(url);
      // Trust auth ignores the password; the query string is legal for libpq and pg (application_name).
      const password = `p$(touch ${canary.name})\`touch ${canary.name}\`;'"`;
      const hostile = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:5432/${dbName}?application_name=${encodeURIComponent(`$(touch ${canary.name}); DROP TABLE canary; --`)}`;
      const backupDir = mkdtempSync(join(tmpdir(), 'svcm-bk $(x) '));
      const r = await cli(['up', '--root', repo.root, '--database-url', hostile, '--env', 'staging', '--backup-dir', backupDir], { HOOK_OUT: hookOut });
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      // stderr carries only the progress line of the migration (not a terminal: one plain line).
      expect(r.stderr).toBe('Applying: h-svc 000001_create_x\n');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^1\/u create_x /m);
      // The password is never printed, raw or encoded.
      expect(r.stdout).not.toContain(password);
      expect(r.stdout).not.toContain(encodeURIComponent(password));
      // pg_dump got the URL as an argument and made a real backup.
      expect(readdirSync(backupDir)).toEqual([expect.stringMatching(new RegExp(`^${dbName}-.*\\.dump$`))]);

      const lines = readFileSync(hookOut, 'utf8').split('\n');
      expect(lines.slice(0, 10)).toEqual([
        'pre_migrate.sh', hostile, 'h-svc', '000001', 'staging',
        'post_migrate_000001.sh', hostile, 'h-svc', '000001', 'staging',
      ]);
      expect(await canaryRows(url)).toEqual([42]);
      expect(await publicTables(url)).toEqual(['canary', 'h_svc_migration_performance', 'h_svc_schema_migrations', 'x']);
    });
    expect(canary.created()).toEqual([]);
  });

  it('force --version, rollback --to/--only, up --target with SQL in them: refused as not a migration id', async () => {
    const repo = miniRepo([{
      name: 'f-svc',
      environments: { development: { config: { skip_validation: true } } },
      migrations: [
        { id: '000001', name: 'create_x', up: 'CREATE TABLE public.x (id int);\n', down: 'DROP TABLE public.x;\n' },
        { id: '000002', name: 'create_y', up: 'CREATE TABLE public.y (id int);\n', down: 'DROP TABLE public.y;\n', meta: { depends_on: ['000001'] } },
      ],
    }]);
    await withTempDatabase(async (url) => {
      await plantCanaryTable(url);
      const base = ['--root', repo.root, '--database-url', url];
      expect((await cli(['up', ...base])).code).toBe(0);
      const attempts: [string[], RegExp][] = [
        [['force', '--service', 'f-svc', '--version', '1; DROP TABLE canary', '--clean'], /--version .* is not a migration id/s],
        [['force', '--service', 'f-svc', '--version', "000002' OR '1'='1", '--remove'], /--version .* is not a migration id/s],
        [['force', '--service', 'f-svc', '--version', '000002\n', '--remove'], /--version .* is not a migration id/s],
        [['rollback', '--service', 'f-svc', '--to', '0; DROP TABLE canary'], /--to "0; DROP TABLE canary" is not a migration id/],
        [['rollback', '--service', 'f-svc', '--to', '0 OR 1=1'], /--to "0 OR 1=1" is not a migration id/],
        [['rollback', '--service', 'f-svc', '--only', "000002'; DROP TABLE canary; --"], /--only .* is not a migration id/],
        [['rollback', '--service', 'f-svc', '--only', '$(touch pwned)'], /--only .* is not a migration id/],
        [['rollback', '--service', 'f-svc', '--steps', '1; DROP TABLE canary'], /--steps must be a positive whole number/],
        [['up', '--target', '2; DROP TABLE canary'], /--target .* is not a migration id/],
      ];
      for (const [args, message] of attempts) {
        const r = await cli([...args, ...base]);
        expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
        expect(r.stderr).toMatch(message);
        expect(r.stdout + r.stderr).not.toMatch(STACK);
      }
      expect(await canaryRows(url)).toEqual([42]);
      // Nothing was rolled back or forgotten: both migrations still applied.
      const st = await cli(['status', ...base]);
      expect(st.stdout.trim().split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split(' ').slice(0, 3).join(' ').replace(/ \d+ /, ' ms '))).toEqual([
        '000001 ms applied',
        '000002 ms applied',
      ]);
      expect(await publicTables(url)).toEqual(['canary', 'f_svc_migration_performance', 'f_svc_schema_migrations', 'x', 'y']);
    });
  });
});
