/**
 * `drift` against the real server: fixtures/ applied with `up`, then changed by hand as an operator's hotfix
 * would (a column added, an index dropped, a function replaced): drift names each, exits 1, and leaves the
 * tracking tables out; `status --drift` mentions it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { cli } from './helpers/cli.js';
import { createTempDatabase, describeWithPostgres, type TempDatabase } from './helpers/pg.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

async function sql(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

describeWithPostgres('drift on PostgreSQL', () => {
  let db: TempDatabase;
  beforeAll(async () => {
    db = await createTempDatabase();
    const up = await cli(['up', '--root', FIXTURES, '--env', 'staging', '--database-url', db.url, '--no-hooks']);
    // stderr holds only the progress lines (`Applying: ...`, stderr not being a terminal).
    expect(up.stderr.split('\n').filter((l) => l && !l.startsWith('Applying: '))).toEqual([]);
    expect(up.code).toBe(0);
  });
  afterAll(async () => {
    await db.drop();
  });

  test('right after up: no drift, exit 0 (PostgreSQL 15 against the embedded 18)', async () => {
    const run = await cli(['drift', '--root', FIXTURES, '--env', 'staging', '--database-url', db.url]);
    expect(run.stdout).toContain('No drift.');
    expect(run.code).toBe(0);
  });

  test('a hand-made change: the column, the index and the function are each reported; exit 1', async () => {
    await sql(
      db.url,
      `ALTER TABLE user_service.users ADD COLUMN nickname text;
       DROP INDEX user_service.idx_users_name;
       CREATE OR REPLACE FUNCTION dynamic_service.is_flag_enabled(flag_key text) RETURNS boolean LANGUAGE sql STABLE
         AS $$ SELECT true $$;
       -- Another tool's table in public, which no migration of these services uses: not theirs to report.
       CREATE TABLE public.legacy_sessions (id int);`,
    );
    const run = await cli(['drift', '--root', FIXTURES, '--env', 'staging', '--database-url', db.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\ndynamic-service (staging)\n  ~ function dynamic_service.is_flag_enabled(flag_key text): body changed\n');
    expect(run.stdout).toContain('\nuser-service (staging)\n');
    expect(run.stdout).toContain('    + column nickname text\n');
    expect(run.stdout).toContain('    - index idx_users_name btree (name)\n');
    expect(run.stdout).not.toMatch(/schema_migrations|migration_performance|legacy_sessions/);

    const json = JSON.parse((await cli(['drift', '--root', FIXTURES, '--env', 'staging', '--database-url', db.url, '--format', 'json'])).stdout) as {
      mode: string;
      groups: { service: string; changes: { change: string; kind: string; name: string }[] }[];
    };
    expect(json.mode).toBe('drift');
    const all = json.groups.flatMap((g) => g.changes.map((c) => `${g.service} ${c.change} ${c.kind} ${c.name}`));
    expect(all.sort()).toEqual([
      'dynamic-service changed function dynamic_service.is_flag_enabled(flag_key text)',
      'user-service added column user_service.users.nickname',
      'user-service removed index user_service.idx_users_name',
    ]);

    const md = await cli(['drift', '--root', FIXTURES, '--env', 'staging', '--database-url', db.url, '--format', 'markdown', '--service', 'user-service']);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('| only in the database | column `user_service.users.nickname` | text |');
    expect(md.stdout).not.toContain('dynamic-service');

    const status = await cli(['status', '--root', FIXTURES, '--env', 'staging', '--database-url', db.url, '--drift']);
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('drift: dynamic-service (1), user-service (2); run svc-migrate drift for details');
  });

  test('the in-memory database has nothing to drift from: a usage error pointing to a kept database', async () => {
    const run = await cli(['drift', '--root', FIXTURES]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--database-url');
  });
});
