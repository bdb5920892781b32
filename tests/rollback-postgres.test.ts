/**
 * Rollback against the real server: every refusal of spec section 4, --force, and the --to / --steps / --only
 * semantics, each on a throwaway database.
 */
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { runRollback, type RollbackResult, type RollbackSelection } from '../src/apply/rollback.js';
import { runUp } from '../src/apply/run.js';
import { readApplied } from '../src/apply/tracking.js';
import type { Repo } from '../src/repo/types.js';
import { cli } from './helpers/cli.js';
import { miniRepo } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

function repoFixture(): Repo {
  return miniRepo([
    {
      name: 'users',
      migrations: [
        {
          id: '000001',
          name: 'create_accounts',
          up: 'CREATE SCHEMA users;\nCREATE TABLE users.accounts (id int PRIMARY KEY, email text);\n',
          down: 'DROP TABLE users.accounts;\nDROP SCHEMA users;\n',
        },
        {
          id: '000002',
          name: 'add_bio',
          up: 'ALTER TABLE users.accounts ADD COLUMN bio text;\n',
          down: 'ALTER TABLE users.accounts DROP COLUMN bio;\n',
          meta: { depends_on: ['000001'] },
        },
        {
          id: '000003',
          name: 'add_email_index',
          up: 'CREATE INDEX accounts_email_idx ON users.accounts (email);\n',
          down: 'DROP INDEX users.accounts_email_idx;\n',
          meta: { depends_on: ['000002'] },
        },
        {
          id: '000004',
          name: 'create_audit',
          up: 'CREATE TABLE users.audit (id int);\n',
          down: 'DROP TABLE users.audit;\n',
          meta: { depends_on: ['000003'], rollback_safe: false },
        },
      ],
    },
    {
      name: 'notes',
      migrations: [
        {
          id: '000001',
          name: 'create_notes',
          up: 'CREATE SCHEMA notes;\nCREATE TABLE notes.notes (id int, account_id int);\n',
          down: 'DROP TABLE notes.notes;\nDROP SCHEMA notes;\n',
          meta: { depends_on: [], cross_service_dependencies: { users: ['000001'] } },
        },
      ],
    },
  ]);
}

async function applyUp(repo: Repo, db: Database, services: string[], target?: string): Promise<void> {
  const result = await runUp({ repo, env: 'development', db, services, target, out: () => undefined });
  expect(result.failed ?? result.refused).toBeUndefined();
}

async function rollback(repo: Repo, db: Database, selection: Omit<RollbackSelection, 'service'>, force = false) {
  const lines: string[] = [];
  const result = await runRollback({
    repo,
    env: 'development',
    db,
    selection: { service: 'users', ...selection },
    force,
    out: (l) => lines.push(l),
  });
  return { result, lines };
}

const appliedIds = async (db: Database, repo: Repo, name = 'users') =>
  (await readApplied(db, repo.services.find((s) => s.name === name)!)).map((r) => r.version);

const rules = (r: RollbackResult) => r.refusals.map((x) => `${x.id} ${x.rule}`);

/** Runs `fn` with a repo and an open connection to a fresh database. */
function withDb(fn: (repo: Repo, db: Database, url: string) => Promise<void>): () => Promise<void> {
  return () =>
    withTempDatabase(async (url) => {
      const repo = repoFixture();
      const db = await openDatabase(url);
      try {
        await fn(repo, db, url);
      } finally {
        await db.close();
      }
    });
}

describeWithPostgres('rollback on PostgreSQL', () => {
  test(
    'refuses rollback_safe: false and changes nothing',
    withDb(async (repo, db) => {
      await applyUp(repo, db, ['users']);
      const { result } = await rollback(repo, db, { only: '000004' });
      expect(result.refused).toBe(true);
      expect(rules(result)).toEqual(['000004 rollback-unsafe']);
      expect(result.refusals[0]?.message).toContain('"rollback_safe": false');
      expect(await appliedIds(db, repo)).toEqual(['000001', '000002', '000003', '000004']);
    }),
  );

  test(
    'refuses a migration an applied migration of the same service depends on',
    withDb(async (repo, db) => {
      await applyUp(repo, db, ['users'], '000003');
      const { result } = await rollback(repo, db, { only: '000002' });
      expect(rules(result)).toEqual(['000002 rollback-dependent']);
      expect(result.refusals[0]?.message).toContain('applied migration users 000003');
      expect(await appliedIds(db, repo)).toEqual(['000001', '000002', '000003']);
    }),
  );

  test(
    "refuses a migration another service's applied migration depends on",
    withDb(async (repo, db) => {
      // Both services in one run: up reads the applied state of the services it runs.
      await applyUp(repo, db, ['users', 'notes'], '000001');
      const { result } = await rollback(repo, db, { steps: 1 });
      expect(rules(result)).toEqual(['000001 rollback-dependent']);
      expect(result.refusals[0]?.message).toContain('notes 000001 (its cross_service_dependencies)');
      expect(await appliedIds(db, repo)).toEqual(['000001']);
    }),
  );

  test(
    'refuses a down that drops a table holding rows; an empty table rolls back',
    withDb(async (repo, db) => {
      await applyUp(repo, db, ['users'], '000001');
      await db.exec(`INSERT INTO users.accounts (id, email) VALUES (1, 'a@example.com')`);
      const refused = await rollback(repo, db, { steps: 1 });
      // Judged by what the down file did: the table (by oid) is gone and held one row; said once.
      expect(refused.result.refusals.map((r) => r.message)).toEqual([
        'users 000001 create_accounts: services/users/migrations/common/000001_create_accounts.down.sql drops table users.accounts, which holds 1 row; use --force to roll back anyway.',
      ]);
      expect((await db.query('SELECT count(*)::int AS n FROM users.accounts')).rows[0]).toEqual({ n: 1 });

      await db.exec('DELETE FROM users.accounts');
      const done = await rollback(repo, db, { steps: 1 });
      expect(done.result.refusals.map((r) => r.message)).toEqual([]);
      expect(done.result.rolledBack.map((s) => s.id)).toEqual(['000001']);
      expect((await db.query(`SELECT to_regclass('users.accounts') AS t`)).rows[0]).toEqual({ t: null });
    }),
  );

  test(
    'refuses a down that drops a column holding values; NULLs only roll back',
    withDb(async (repo, db) => {
      await applyUp(repo, db, ['users'], '000002');
      await db.exec(`INSERT INTO users.accounts (id, email, bio) VALUES (1, 'a@example.com', 'hello')`);
      const refused = await rollback(repo, db, { steps: 1 });
      expect(rules(refused.result)).toEqual(['000002 rollback-data-loss']);
      expect(refused.result.refusals[0]?.message).toContain('drops column users.accounts.bio, which holds values');

      await db.exec('UPDATE users.accounts SET bio = NULL');
      const done = await rollback(repo, db, { steps: 1 });
      expect(done.result.refused).toBe(false);
      expect(await appliedIds(db, repo)).toEqual(['000001']);
    }),
  );

  test(
    'dropping an index destroys no data: rolls back although the table holds rows',
    withDb(async (repo, db) => {
      await applyUp(repo, db, ['users'], '000003');
      await db.exec(`INSERT INTO users.accounts (id, email, bio) VALUES (1, 'a@example.com', 'hello')`);
      const { result, lines } = await rollback(repo, db, { only: '000003' });
      expect(result.refusals).toEqual([]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^3\/d add_email_index \(\d+\.\d+ms\)$/);
      expect(await appliedIds(db, repo)).toEqual(['000001', '000002']);
    }),
  );

  test(
    '--force overrides every refusal',
    withDb(async (repo, db) => {
      await applyUp(repo, db, ['users', 'notes']);
      await db.exec(`INSERT INTO users.accounts (id, email, bio) VALUES (1, 'a@example.com', 'x')`);
      const { result } = await rollback(repo, db, { to: '0' }, true);
      expect(new Set(result.refusals.map((r) => r.rule))).toEqual(new Set(['rollback-unsafe', 'rollback-dependent', 'rollback-data-loss']));
      expect(result.plan.forced).toBe(true);
      expect(result.rolledBack.map((s) => s.id)).toEqual(['000004', '000003', '000002', '000001']);
      expect(await appliedIds(db, repo)).toEqual([]);
      expect((await db.query(`SELECT to_regnamespace('users') AS s`)).rows[0]).toEqual({ s: null });
    }),
  );

  test(
    '--to rolls back everything after the id, newest first; the performance log records each down',
    withDb(async (repo, db) => {
      await applyUp(repo, db, ['users'], '000003');
      const { result, lines } = await rollback(repo, db, { to: '000001' });
      expect(result.rolledBack.map((s) => s.id)).toEqual(['000003', '000002']);
      expect(lines.map((l) => l.split(' ')[0])).toEqual(['3/d', '2/d']);
      expect(await appliedIds(db, repo)).toEqual(['000001']);
      const log = await db.query<{ migration_id: string; direction: string }>(
        `SELECT migration_id, direction FROM public.users_migration_performance WHERE direction = 'down' ORDER BY id`,
      );
      expect(log.rows).toEqual([
        { migration_id: '000003', direction: 'down' },
        { migration_id: '000002', direction: 'down' },
      ]);
    }),
  );

  test('the CLI: refusal exits 1 and names the blocker; success prints golang-migrate lines', () =>
    withTempDatabase(async (url) => {
      const repo = repoFixture();
      const db = await openDatabase(url);
      try {
        await applyUp(repo, db, ['users'], '000002');
        await db.exec(`INSERT INTO users.accounts (id, email, bio) VALUES (1, 'a@example.com', 'x')`);
      } finally {
        await db.close();
      }
      const args = ['rollback', '--root', repo.root, '--service', 'users', '--database-url', url];
      const refused = await cli([...args, '--steps', '1']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('refused [rollback-data-loss]: users 000002 add_bio: services/users/migrations/common/000002_add_bio.down.sql drops column users.accounts.bio, which holds values in 1 row');

      const json = await cli([...args, '--steps', '1', '--format', 'json']);
      const report = JSON.parse(json.stdout) as { findings: { rule: string; file: string }[] };
      expect(report.findings.map((f) => [f.rule, f.file])).toEqual([
        ['rollback-data-loss', 'services/users/migrations/common/000002_add_bio.down.sql'],
      ]);

      const forced = await cli([...args, '--steps', '1', '--force']);
      expect(forced.code).toBe(0);
      expect(forced.stdout).toMatch(/^2\/d add_bio \(\d+\.\d+ms\)\n$/);

      const usage = await cli([...args]);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('--to ID, --steps N or --only ID');
    }));
});
