/**
 * The server stops in the middle of a migration (`pg_ctl stop -m immediate`: a crash, a failover, a pulled plug).
 * Runs on a SEPARATE throwaway cluster (initdb into a temp dir, its own port), never the shared server.
 *
 * Exit code: 1. The run reached the database and a migration failed because the server vanished under it; exit 2
 * means "could not reach the database / bad invocation" before anything ran. The message says the connection
 * was lost and what that left behind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../src/apply/db/open.js';
import { readApplied } from '../src/apply/tracking.js';
import { cli } from './helpers/cli.js';
import { createScratchCluster, scratchClusterProblem, waitForBackend, type ScratchCluster } from './helpers/faults.js';
import { miniRepo, type MiniMigration } from './helpers/mini-repo.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const env = { development: { config: { skip_validation: true } } };
const SECRET = 'Sup3rS3cret';

const problem = scratchClusterProblem();
if (problem) console.warn(`\n*** SKIPPING faults-server: cannot run a scratch PostgreSQL cluster here (${problem}). ***\n`);
const describeCluster = problem ? describe.skip : describe;

/** A URL with a password (trust auth ignores it) so the test can prove it is never printed. */
function dbUrl(cluster: ScratchCluster, db: string): string {
  return `postgres://postgres:${SECRET}@127.0.0.1:${cluster.port}/${db}`;
}

async function createDb(cluster: ScratchCluster, name: string): Promise<void> {
  const c = new pg.Client({ connectionString: cluster.adminUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
}

const cases: [string, MiniMigration, 'untouched' | 'dirty'][] = [
  ['transactional', { id: '000001', name: 'slow', up: 'CREATE TABLE s_t (id int);\nINSERT INTO s_t VALUES (1);\nSELECT pg_sleep(10);\n' }, 'untouched'],
  ['non-transactional', { id: '000001', name: 'slow_concurrent', up: 'CREATE TABLE s_t (id int);\nCREATE INDEX CONCURRENTLY s_t_id ON s_t (id);\nSELECT pg_sleep(10);\n' }, 'dirty'],
];

describeCluster('the server stops mid-migration (scratch cluster)', () => {
  let cluster: ScratchCluster | undefined;

  beforeAll(async () => {
    cluster = await createScratchCluster();
  }, 120_000);

  afterAll(() => {
    cluster?.destroy();
  });

  it.each(cases)('%s', async (name, migration, expected) => {
    const c = cluster!;
    const dbName = `svcm_stop_${name.replace('-', '_')}`;
    await createDb(c, dbName);
    const url = dbUrl(c, dbName);
    const repo = miniRepo([{ name: 's-svc', environments: env, migrations: [migration] }]);

    const run = cli(['up', '--root', repo.root, '--database-url', url]);
    const admin = await openDatabase(c.adminUrl);
    try {
      await waitForBackend(admin, dbName, '%pg_sleep%');
    } finally {
      await admin.close();
    }
    c.stopImmediate();
    const r = await run;
    const text = r.stdout + r.stderr;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: s-svc 000001 failed: the connection to the database was lost/);
    expect(text).not.toMatch(STACK);
    expect(text).not.toMatch(/internal error/);
    expect(text).not.toContain(SECRET);

    // While it is down: status and up say the database is unreachable (exit 2), password hidden.
    const down = await cli(['status', '--root', repo.root, '--database-url', url]);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/Cannot connect to postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\//);
    expect(down.stderr + down.stdout).not.toContain(SECRET);

    c.start();
    const db = await openDatabase(url);
    try {
      // Crash recovery undid the open transaction; the work done outside one survived.
      const rows = await readApplied(db, repo.services[0]!);
      const table = (await db.query<{ t: string | null }>(`SELECT to_regclass('s_t')::text AS t`)).rows[0]!.t;
      const st = await cli(['status', '--root', repo.root, '--database-url', url]);
      if (expected === 'untouched') {
        expect(table).toBeNull();
        expect(rows).toEqual([]);
        expect(st.code).toBe(0);
        expect(st.stdout.replace(/^#.*\n/gm, '').trim()).toBe('000001 0 pending - s-svc slow');
        const upFile = repo.services[0]!.migrations[0]!.up!.abs;
        writeFileSync(upFile, readFileSync(upFile, 'utf8').replace('pg_sleep(10)', 'pg_sleep(0)'));
        const again = await cli(['up', '--root', repo.root, '--database-url', url]);
        expect(again.code).toBe(0);
        expect(again.stdout).toMatch(/^1\/u slow \(\d+\.\d{6}ms\)$/m);
      } else {
        expect(table).toBe('s_t');
        expect(rows).toEqual([expect.objectContaining({ version: '000001', dirty: true })]);
        expect(st.code).toBe(1);
        expect(st.stdout).toMatch(/^000001 \d+ dirty - s-svc slow_concurrent$/m);
        const again = await cli(['up', '--root', repo.root, '--database-url', url]);
        expect(again.code).toBe(1);
        expect(again.stderr).toContain('then run: svc-migrate force --service s-svc --version 000001 --clean');
      }
    } finally {
      await db.close();
    }
  }, 90_000);
});
