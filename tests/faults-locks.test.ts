/**
 * Locks: a table lock held by another session past the migration's `lock_timeout` (the migration fails fast,
 * nothing applied, the failed attempt logged, and it applies once the lock is gone), and the service's advisory
 * lock held by another run (the second run waits, then finds nothing left; its connection lost while waiting is
 * a failed run, not a crash). Four concurrent in-process runs are in apply-postgres.test.ts; these go through the
 * CLI and say what the user sees.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/apply/db/open.js';
import { lockKey } from '../src/apply/lock.js';
import { runUp } from '../src/apply/run.js';
import { readApplied, readAttempts } from '../src/apply/tracking.js';
import { cli } from './helpers/cli.js';
import { waitForBackend } from './helpers/faults.js';
import { miniRepo, type MiniMigration } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const env = { development: { config: { skip_validation: true } } };
const m1: MiniMigration = { id: '000001', name: 'create_x', up: 'CREATE TABLE x (id int);\n' };
const m2: MiniMigration = {
  id: '000002',
  name: 'add_note',
  up: "SET lock_timeout = '1s';\nALTER TABLE x ADD COLUMN note text;\n",
  meta: { depends_on: ['000001'] },
};

describeWithPostgres('locks', () => {
  it('a table lock held past lock_timeout: fails fast, nothing applied, attempt logged, applies after release', async () => {
    const repo = miniRepo([{ name: 'l-svc', environments: env, migrations: [m1, m2] }]);
    await withTempDatabase(async (url) => {
      const args = ['up', '--root', repo.root, '--database-url', url];
      expect((await cli([...args, '--target', '000001'])).code).toBe(0);
      const holder = await openDatabase(url);
      const admin = await openDatabase(url);
      try {
        await holder.exec('BEGIN; LOCK TABLE x IN ACCESS EXCLUSIVE MODE;');
        const t0 = Date.now();
        const r = await cli(args);
        expect(Date.now() - t0).toBeLessThan(15_000);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/error: l-svc 000002 failed: canceling statement due to lock timeout/);
        expect(r.stderr).toMatch(/another session holds a lock .*nothing of 000002 remains/);
        expect(r.stdout + r.stderr).not.toMatch(STACK);

        const cols = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'x' AND column_name = 'note'`);
        expect(cols.rows[0]!.n).toBe('0');
        const service = repo.services[0]!;
        expect((await readApplied(admin, service)).map((row) => row.version)).toEqual(['000001']);
        const attempts = await readAttempts(admin, service);
        expect(attempts.map((a) => [a.migrationId, a.success])).toEqual([['000001', true], ['000002', false]]);
        expect(attempts[1]!.error).toMatch(/lock timeout/);

        const st = await cli(['status', '--root', repo.root, '--database-url', url]);
        expect(st.stdout).toMatch(/^000002 0 pending - l-svc add_note$/m);

        await holder.exec('COMMIT');
        const again = await cli(args);
        expect(again.code).toBe(0);
        expect(again.stdout).toMatch(/^2\/u add_note \(\d+\.\d{6}ms\)$/m);
        const after = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'x' AND column_name = 'note'`);
        expect(after.rows[0]!.n).toBe('1');
      } finally {
        await holder.close();
        await admin.close();
      }
    });
  });

  it('a second up waits for the advisory lock, then finds nothing left to apply', async () => {
    const slow: MiniMigration = { id: '000001', name: 'slow', up: 'CREATE TABLE x (id int);\nSELECT pg_sleep(2);\n' };
    const repo = miniRepo([{ name: 'l-svc', environments: env, migrations: [slow] }]);
    await withTempDatabase(async (url, dbName) => {
      const first = await openDatabase(url);
      const admin = await openDatabase(url);
      try {
        const lines: string[] = [];
        const running = runUp({ repo, env: 'development', db: first, out: (l) => lines.push(l), backupDir: mkdtempSync(join(tmpdir(), 'svcm-bk-')) });
        await waitForBackend(admin, dbName, '%pg_sleep%');
        const second = cli(['up', '--root', repo.root, '--database-url', url]);
        const r1 = await running;
        const r2 = await second;
        expect(r1.applied.map((a) => a.id)).toEqual(['000001']);
        expect(r2.code).toBe(0);
        expect(r2.stdout).toMatch(/^waiting for another svc-migrate run on l-svc to finish/m);
        // The plan is made once the lock is held: by then 000001 is applied.
        expect(r2.stdout).toMatch(/^got the lock of l-svc after \d+\.\ds$/m);
        expect(r2.stdout).toMatch(/^no change$/m);
        expect(r2.stdout).not.toMatch(/\/u /);
        const attempts = await readAttempts(admin, repo.services[0]!);
        expect(attempts.map((a) => [a.migrationId, a.success])).toEqual([['000001', true]]);
      } finally {
        await first.close();
        await admin.close();
      }
    });
  });

  it('the connection lost while waiting for the advisory lock: exit 1, said so, nothing applied', async () => {
    const repo = miniRepo([{ name: 'l-svc', environments: env, migrations: [m1] }]);
    await withTempDatabase(async (url, dbName) => {
      const holder = await openDatabase(url);
      const admin = await openDatabase(url);
      try {
        await holder.query('SELECT pg_advisory_lock($1::bigint)', [lockKey('l-svc')]);
        const run = cli(['up', '--root', repo.root, '--database-url', url]);
        // The waiter polls pg_try_advisory_lock, idle in between (no snapshot held while waiting).
        const pid = await waitForBackend(admin, dbName, '%pg_try_advisory_lock(%', 30_000, true);
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        const r = await run;
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/waiting for another svc-migrate run on l-svc/);
        expect(r.stderr).toMatch(/^error: the connection to postgres:\/\/.* was lost \((terminating connection due to administrator command|Client has encountered a connection error and is not queryable)\)/m);
        expect(r.stderr).toMatch(/run svc-migrate status/);
        expect(r.stdout + r.stderr).not.toMatch(STACK);
        expect(r.stderr).not.toMatch(/internal error/);
        expect(await readApplied(admin, repo.services[0]!)).toEqual([]);
      } finally {
        await holder.close();
        await admin.close();
      }
    });
  });
});
