/**
 * The connection to the server dropped in the middle of a migration (`pg_terminate_backend` of the tool's
 * backend from another session: what a DBA, a failover or a proxy timeout does). A transactional migration leaves
 * nothing behind and the next `up` applies it; a non-transactional one stays dirty and the next `up` names the
 * `force` command. The error is reported as a lost connection, exit 1, no stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { readApplied, readAttempts } from '../src/apply/tracking.js';
import { cli, type CliRun } from './helpers/cli.js';
import { waitForBackend, waitForNoBackends } from './helpers/faults.js';
import { miniRepo, type MiniMigration } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const env = { development: { config: { skip_validation: true } } };
const STACK = /\n\s+at .+:\d+:\d+/;

/** Runs `up` and terminates its backend from `admin` while the migration sleeps; returns what `up` printed. */
async function upTerminatedMidway(root: string, url: string, admin: Database, dbName: string): Promise<CliRun> {
  const run = cli(['up', '--root', root, '--database-url', url]);
  const pid = await waitForBackend(admin, dbName, '%pg_sleep%');
  await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  return run;
}

const transactional: MiniMigration = {
  id: '000001',
  name: 'slow',
  up: 'CREATE SCHEMA c_svc;\nCREATE TABLE c_svc.t (id int);\nINSERT INTO c_svc.t VALUES (1);\nSELECT pg_sleep(10);\n',
};
const concurrent: MiniMigration = {
  id: '000001',
  name: 'slow_concurrent',
  up: 'CREATE SCHEMA c_svc;\nCREATE TABLE c_svc.t (id int);\nCREATE INDEX CONCURRENTLY t_id ON c_svc.t (id);\nSELECT pg_sleep(10);\n',
};

describeWithPostgres('the connection is terminated mid-migration', () => {
  it('transactional: nothing remains, exit 1 "connection lost", status pending, the next up applies it', async () => {
    const repo = miniRepo([{ name: 'c-svc', environments: env, migrations: [transactional] }]);
    await withTempDatabase(async (url, dbName) => {
      const admin = await openDatabase(url);
      try {
        const r = await upTerminatedMidway(repo.root, url, admin, dbName);
        const text = r.stdout + r.stderr;
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/error: c-svc 000001 failed: .*connection to the database was lost/);
        expect(r.stderr).toMatch(/terminating connection due to administrator command/);
        expect(r.stderr).toMatch(/rolled the transaction back, so nothing of 000001 remains/);
        expect(text).not.toMatch(STACK);
        expect(text).not.toMatch(/internal error/);
        await waitForNoBackends(admin, dbName);

        expect((await admin.query<{ t: string | null }>(`SELECT to_regclass('c_svc.t')::text AS t`)).rows[0]!.t).toBeNull();
        expect((await admin.query<{ n: string }>(`SELECT count(*) AS n FROM pg_namespace WHERE nspname = 'c_svc'`)).rows[0]!.n).toBe('0');
        expect(await readApplied(admin, repo.services[0]!)).toEqual([]);

        const st = await cli(['status', '--root', repo.root, '--database-url', url]);
        expect(st.code).toBe(0);
        expect(st.stdout.replace(/^#.*\n/gm, '').trim()).toBe('000001 0 pending - c-svc slow');

        // The retry, with a quicker sleep (a migration that never applied has no checksum recorded to disagree with).
        const up = repo.services[0]!.migrations[0]!.up!.abs;
        writeFileSync(up, readFileSync(up, 'utf8').replace('pg_sleep(10)', 'pg_sleep(0)'));
        const again = await cli(['up', '--root', repo.root, '--database-url', url], {});
        expect(again.code).toBe(0);
        expect(again.stdout).toMatch(/^1\/u slow \(\d+\.\d{6}ms\)$/m);
        const rows = await readApplied(admin, repo.services[0]!);
        expect(rows).toEqual([expect.objectContaining({ version: '000001', dirty: false })]);
        // The lost attempt could not be logged (its connection was gone); the retry is.
        const attempts = await readAttempts(admin, repo.services[0]!);
        expect(attempts.filter((a) => a.success).map((a) => a.migrationId)).toEqual(['000001']);
      } finally {
        await admin.close();
      }
    });
  });

  it('non-transactional: the row stays dirty, status says dirty, the next up names the force command', async () => {
    const repo = miniRepo([{ name: 'c-svc', environments: env, migrations: [concurrent] }]);
    await withTempDatabase(async (url, dbName) => {
      const admin = await openDatabase(url);
      try {
        const r = await upTerminatedMidway(repo.root, url, admin, dbName);
        const text = r.stdout + r.stderr;
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/error: c-svc 000001 failed: .*connection to the database was lost/);
        expect(r.stderr).toMatch(/dirty/);
        expect(r.stderr).toContain('svc-migrate force --service c-svc --version 000001');
        expect(text).not.toMatch(STACK);
        await waitForNoBackends(admin, dbName);

        // What ran outside a transaction stays: the schema, the table and the index.
        expect((await admin.query<{ t: string | null }>(`SELECT to_regclass('c_svc.t_id')::text AS t`)).rows[0]!.t).toBe('c_svc.t_id');
        expect(await readApplied(admin, repo.services[0]!)).toEqual([expect.objectContaining({ version: '000001', dirty: true })]);

        const st = await cli(['status', '--root', repo.root, '--database-url', url]);
        expect(st.code).toBe(1);
        expect(st.stdout).toMatch(/^000001 \d+ dirty - c-svc slow_concurrent$/m);

        const again = await cli(['up', '--root', repo.root, '--database-url', url]);
        expect(again.code).toBe(1);
        expect(again.stderr).toContain('000001 (slow_concurrent) is dirty');
        expect(again.stderr).toContain('then run: svc-migrate force --service c-svc --version 000001 --clean');

        // The human finishes the migration (the sleep was its last statement), then forces it clean.
        const forced = await cli(['force', '--root', repo.root, '--database-url', url, '--service', 'c-svc', '--version', '000001', '--clean']);
        expect(forced.code).toBe(0);
        const after = await cli(['up', '--root', repo.root, '--database-url', url]);
        expect(after.code).toBe(0);
        expect(after.stdout.trim()).toBe('no change');
      } finally {
        await admin.close();
      }
    });
  });
});
