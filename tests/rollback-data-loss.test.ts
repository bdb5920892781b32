/**
 * The down-file matrix of issue #12 against the real server: each down file is judged by what it did to the
 * database, not by its text. A refused case must leave every table, row and value as it was (a fingerprint taken
 * as superuser, which row-level security does not hide from) and its migration applied; a safe case rolls back.
 * Each case runs `rollback --dry-run` first (run, check, roll back: nothing may change), then the real rollback.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/apply/db/open.js';
import { runRollback } from '../src/apply/rollback.js';
import { runUp } from '../src/apply/run.js';
import { readApplied } from '../src/apply/tracking.js';
import { miniRepo } from './helpers/mini-repo.js';
import { ADMIN_URL, describeWithPostgres, urlFor, withTempDatabase } from './helpers/pg.js';

/** Every case starts from this: 100 rows in app.t1, an empty table, an index, a view, a function. */
const BASE = `
CREATE SCHEMA app;
CREATE TABLE app.t1 (id int PRIMARY KEY, v text);
INSERT INTO app.t1 SELECT g, 'v' || g FROM generate_series(1, 100) g;
CREATE INDEX t1_v_idx ON app.t1 (v);
CREATE TABLE app.empty (id int);
CREATE VIEW app.v1 AS SELECT id FROM app.t1;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
`;

interface Case {
  name: string;
  /** Extra setup after BASE (as superuser). `:role` is the non-superuser role, `:other` another database. */
  setup?: string;
  down: string;
  /** Fragments every refusal message must hold, one per expected loss; empty = the down file is safe. */
  lost: string[];
  /** Run svc-migrate as the non-superuser role (row-level security applies to it). */
  asRole?: boolean;
}

const cases: Case[] = [
  { name: 'DROP TABLE holding rows', down: 'DROP TABLE app.t1 CASCADE;', lost: ['drops table app.t1, which holds 100 rows'] },
  { name: 'SET search_path then DROP', down: 'SET search_path = app;\nDROP TABLE t1 CASCADE;', lost: ['drops table app.t1, which holds 100 rows'] },
  { name: 'DROP inside DO', down: 'DO $$ BEGIN DROP TABLE app.t1 CASCADE; END $$;', lost: ['drops table app.t1, which holds 100 rows'] },
  {
    name: 'DROP through EXECUTE',
    down: `DO $$ BEGIN EXECUTE 'DROP TABLE ' || 'app' || '.t1 CASCADE'; END $$;`,
    lost: ['drops table app.t1, which holds 100 rows'],
  },
  {
    name: 'a function that deletes rows',
    setup: 'CREATE FUNCTION app.purge() RETURNS void LANGUAGE sql AS $$DELETE FROM app.t1 WHERE id > 60$$;',
    down: 'SELECT app.purge();',
    lost: ['deletes 40 rows from app.t1, which held 100 rows'],
  },
  {
    name: 'MERGE ... WHEN MATCHED THEN DELETE',
    down: 'MERGE INTO app.t1 t USING (SELECT id FROM app.t1 WHERE id <= 10) s ON t.id = s.id WHEN MATCHED THEN DELETE;',
    lost: ['deletes 10 rows from app.t1'],
  },
  { name: 'RENAME then DROP', down: 'ALTER TABLE app.t1 RENAME TO gone;\nDROP TABLE app.gone CASCADE;', lost: ['drops table app.t1, which holds 100 rows'] },
  {
    name: 'SET SCHEMA then DROP SCHEMA CASCADE',
    down: 'CREATE SCHEMA trash;\nALTER TABLE app.t1 SET SCHEMA trash;\nDROP SCHEMA trash CASCADE;',
    lost: ['drops table app.t1, which holds 100 rows'],
  },
  {
    name: 'TRUNCATE an empty parent CASCADE empties a child with rows',
    setup: `CREATE TABLE app.parent (id int PRIMARY KEY);
CREATE TABLE app.child (id int, parent_id int REFERENCES app.parent);
INSERT INTO app.child SELECT g, NULL FROM generate_series(1, 7) g;`,
    down: 'TRUNCATE app.parent CASCADE;',
    lost: ['empties table app.child (truncated or rewritten): 7 rows before, 0 after'],
  },
  {
    name: 'DROP TYPE CASCADE takes a column with values',
    setup: `CREATE TYPE app.mood AS ENUM ('ok', 'sad');
ALTER TABLE app.t1 ADD COLUMN mood app.mood;
UPDATE app.t1 SET mood = 'ok' WHERE id <= 30;`,
    down: 'DROP TYPE app.mood CASCADE;',
    lost: ['drops column app.t1.mood, which holds values in 30 rows'],
  },
  {
    name: 'DROP DOMAIN CASCADE takes a column with values',
    setup: `CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
ALTER TABLE app.t1 ADD COLUMN score app.positive;
UPDATE app.t1 SET score = id;`,
    down: 'DROP DOMAIN app.positive CASCADE;',
    lost: ['drops column app.t1.score, which holds values in 100 rows'],
  },
  {
    name: 'DROP EXTENSION CASCADE takes a column with values',
    setup: `CREATE EXTENSION citext SCHEMA app;
ALTER TABLE app.t1 ADD COLUMN email app.citext;
UPDATE app.t1 SET email = 'a' || id || '@example.com' WHERE id <= 5;`,
    down: 'DROP EXTENSION citext CASCADE;',
    lost: ['drops column app.t1.email, which holds values in 5 rows'],
  },
  {
    name: 'DROP COLLATION CASCADE takes a column with values',
    setup: `CREATE COLLATION app.bytes FROM "C";
ALTER TABLE app.t1 ADD COLUMN label text COLLATE app.bytes;
UPDATE app.t1 SET label = 'x' WHERE id <= 2;`,
    down: 'DROP COLLATION app.bytes CASCADE;',
    lost: ['drops column app.t1.label, which holds values in 2 rows'],
  },
  {
    name: 'DROP DATABASE of another database (cannot run in a transaction)',
    down: 'DROP DATABASE ":other";',
    lost: ['cannot run in a transaction'],
  },
  {
    name: 'DROP TABLE whose rows row-level security hides from the role',
    setup: `CREATE TABLE app.secret (id int);
INSERT INTO app.secret SELECT generate_series(1, 40);
ALTER TABLE app.secret OWNER TO :role;
ALTER TABLE app.secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.secret FORCE ROW LEVEL SECURITY;
CREATE POLICY hide ON app.secret USING (false);`,
    down: 'DROP TABLE app.secret;',
    lost: ['drops table app.secret, which holds rows that row-level security or missing privileges hide from this role'],
    asRole: true,
  },
  {
    name: 'TRUNCATE of a table whose rows row-level security hides',
    setup: `CREATE TABLE app.secret (id int);
INSERT INTO app.secret SELECT generate_series(1, 40);
ALTER TABLE app.secret OWNER TO :role;
ALTER TABLE app.secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.secret FORCE ROW LEVEL SECURITY;
CREATE POLICY hide ON app.secret USING (false);`,
    down: 'TRUNCATE app.secret;',
    lost: ['rewrites table app.secret, which holds rows that row-level security or missing privileges hide'],
    asRole: true,
  },
  { name: 'DELETE without WHERE', down: 'DELETE FROM app.t1;', lost: ['deletes 100 rows from app.t1, which held 100 rows'] },
  { name: 'DELETE with a WHERE matching some rows', down: 'DELETE FROM app.t1 WHERE id % 2 = 0;', lost: ['deletes 50 rows from app.t1'] },
  { name: 'UPDATE overwriting values', down: 'UPDATE app.t1 SET v = NULL WHERE id <= 25;', lost: ['updates 25 rows of app.t1 (their old values are lost)'] },
  { name: 'DROP COLUMN holding values', down: 'ALTER TABLE app.t1 DROP COLUMN v CASCADE;', lost: ['drops column app.t1.v, which holds values in 100 rows'] },
  {
    name: 'ALTER COLUMN TYPE ... USING NULL rewrites the values away',
    down: 'DROP VIEW app.v1;\nALTER TABLE app.t1 ALTER COLUMN v TYPE int USING NULL;',
    lost: ['rewrites table app.t1 and loses 100 of 100 values of column v'],
  },
  { name: 'DROP SCHEMA CASCADE', down: 'DROP SCHEMA app CASCADE;', lost: ['drops table app.t1, which holds 100 rows'] },
  {
    name: 'DROP TABLE parent CASCADE drops an inheriting child with rows',
    setup: 'CREATE TABLE app.p (id int);\nCREATE TABLE app.c () INHERITS (app.p);\nINSERT INTO app.c VALUES (1), (2);',
    down: 'DROP TABLE app.p CASCADE;',
    lost: ['drops table app.c, which holds 2 rows'],
  },
  {
    name: 'DROP of a partitioned table drops its partitions with rows',
    setup: `CREATE TABLE app.events (id int) PARTITION BY RANGE (id);
CREATE TABLE app.events_1 PARTITION OF app.events FOR VALUES FROM (0) TO (1000);
INSERT INTO app.events SELECT generate_series(1, 12);`,
    down: 'DROP TABLE app.events;',
    lost: ['drops table app.events_1, which holds 12 rows'],
  },
  {
    name: 'an INSERT whose trigger deletes rows elsewhere',
    setup: `CREATE TABLE app.log (id int);
CREATE FUNCTION app.wipe() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN DELETE FROM app.t1; RETURN NULL; END$$;
CREATE TRIGGER wipe AFTER INSERT ON app.log FOR EACH STATEMENT EXECUTE FUNCTION app.wipe();`,
    down: 'INSERT INTO app.log VALUES (1);',
    lost: ['deletes 100 rows from app.t1'],
  },
  {
    name: 'DELETE of one parent row cascading to its children',
    setup: `CREATE TABLE app.owner (id int PRIMARY KEY);
INSERT INTO app.owner VALUES (1);
CREATE TABLE app.item (id int, owner_id int REFERENCES app.owner ON DELETE CASCADE);
INSERT INTO app.item SELECT g, 1 FROM generate_series(1, 9) g;`,
    down: 'DELETE FROM app.owner;',
    lost: ['deletes 1 row from app.owner, which held 1 row', 'deletes 9 rows from app.item, which held 9 rows'],
  },
  // Safe: nothing that held data is destroyed.
  { name: 'DROP INDEX (safe)', down: 'DROP INDEX app.t1_v_idx;', lost: [] },
  { name: 'DROP FUNCTION (safe)', down: 'DROP FUNCTION app.f();', lost: [] },
  { name: 'DROP TABLE of an empty table (safe)', down: 'DROP TABLE app.empty;', lost: [] },
  { name: 'DROP VIEW (safe)', down: 'DROP VIEW app.v1;', lost: [] },
  {
    name: 'DROP COLUMN holding only NULLs (safe)',
    setup: 'ALTER TABLE app.t1 ADD COLUMN unused text;',
    down: 'ALTER TABLE app.t1 DROP COLUMN unused;',
    lost: [],
  },
  {
    name: 'a table the down file creates, fills and drops itself (safe)',
    down: 'CREATE TABLE app.scratch AS SELECT * FROM app.t1;\nDELETE FROM app.scratch;\nDROP TABLE app.scratch;',
    lost: [],
  },
  { name: 'ALTER COLUMN TYPE keeping every value (safe rewrite)', down: 'DROP VIEW app.v1;\nALTER TABLE app.t1 ALTER COLUMN id TYPE bigint;', lost: [] },
];

/** Every user table's columns, row count and content hash, read as superuser (RLS hides nothing from it). */
async function fingerprint(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ t: string; cols: string; content: string }>(`
      SELECT n.nspname || '.' || c.relname AS t,
             (SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped) AS cols,
             (xpath('/row/h/text()', query_to_xml(format('SELECT count(*) || '':'' || md5(coalesce(string_agg(x::text, '','' ORDER BY x::text), '''')) AS h FROM ONLY %I.%I x', n.nspname, c.relname), false, true, '')))[1]::text AS content
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
       ORDER BY 1`);
    return r.rows.map((x) => `${x.t}(${x.cols}) ${x.content}`).join('\n');
  } finally {
    await c.end();
  }
}

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const role = `svcm_rls_${randomBytes(4).toString('hex')}`;

describeWithPostgres('rollback judges a down file by what it did (issue #12 matrix)', () => {
  beforeAll(() => admin(ADMIN_URL, `CREATE ROLE ${role} LOGIN`));
  afterAll(() => admin(ADMIN_URL, `DROP ROLE IF EXISTS ${role}`));

  test.each(cases)('$name', (c) =>
    withTempDatabase(async (url, name) => {
      const other = `${name}_other`;
      await admin(ADMIN_URL, `CREATE DATABASE "${other}"`);
      try {
        await admin(url, BASE + (c.setup ?? '').replace(/:role/g, role));
        if (c.asRole) await admin(url, `ALTER DATABASE "${name}" OWNER TO ${role}; ALTER SCHEMA app OWNER TO ${role};`);
        const runUrl = c.asRole ? urlFor(name, ADMIN_URL.replace('postgres@', `${role}@`)) : url;
        const repo = miniRepo([{ name: 'app', migrations: [{ id: '000001', name: 'case', up: 'SELECT 1;\n', down: c.down.replace(/:other/g, other) }] }]);
        const db = await openDatabase(runUrl);
        try {
          const up = await runUp({ repo, env: 'development', db, out: () => undefined });
          expect(up.failed ?? up.refused).toBeUndefined();
          const before = await fingerprint(url);
          const service = repo.services[0]!;
          const rollback = (dryRun: boolean) =>
            runRollback({ repo, env: 'development', db, selection: { service: 'app', steps: 1 }, force: false, dryRun, out: () => undefined });

          const dry = await rollback(true);
          expect(dry.failed).toBeUndefined();
          expect(await fingerprint(url)).toBe(before);
          expect((await readApplied(db, service)).map((r) => r.version)).toEqual(['000001']);

          const real = await rollback(false);
          expect(real.failed).toBeUndefined();
          for (const result of [dry, real]) {
            expect(result.refusals.map((r) => r.rule)).toEqual(c.lost.map(() => 'rollback-data-loss'));
            c.lost.forEach((fragment, i) => expect(result.refusals[i]?.message).toContain(fragment));
            expect(result.refused).toBe(c.lost.length > 0);
          }
          if (c.lost.length > 0) {
            expect(await fingerprint(url)).toBe(before);
            expect((await readApplied(db, service)).map((r) => r.version)).toEqual(['000001']);
            expect(real.rolledBack).toEqual([]);
          } else {
            expect(real.rolledBack.map((s) => s.id)).toEqual(['000001']);
            expect(await readApplied(db, service)).toEqual([]);
          }
          // No transaction or lock left behind by the check.
          expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND relation >= 16384`)).rows[0]?.n).toBe(0);
        } finally {
          await db.close();
        }
        // The other database is still there.
        await admin(urlFor(other), 'SELECT 1');
      } finally {
        await admin(ADMIN_URL, `DROP DATABASE IF EXISTS "${other}" WITH (FORCE)`);
      }
    }),
  );

  test('the matrix has the 33 cases of the issue', () => {
    expect(cases).toHaveLength(33);
  });
});

describe('the same check on the embedded database (PGlite)', () => {
  test('a DROP inside DO of a table holding rows is refused; an empty table rolls back', async () => {
    const repo = miniRepo([
      {
        name: 'app',
        migrations: [
          { id: '000001', name: 'empty', up: 'CREATE TABLE empty_t (id int);\n', down: 'DROP TABLE empty_t;\n' },
          { id: '000002', name: 'full', up: 'CREATE TABLE full_t (id int);\n', down: 'DO $$ BEGIN EXECUTE $q$DROP TABLE full_t$q$; END $$;\n' },
        ],
      },
    ]);
    const db = await openDatabase(undefined);
    try {
      expect((await runUp({ repo, env: 'development', db, out: () => undefined })).failed).toBeUndefined();
      await db.exec('INSERT INTO full_t SELECT generate_series(1, 3)');
      const rollback = (steps: number) =>
        runRollback({ repo, env: 'development', db, selection: { service: 'app', steps }, force: false, out: () => undefined });
      const refused = await rollback(2);
      expect(refused.refusals.map((r) => r.message)).toEqual([
        'app 000002 full: services/app/migrations/common/000002_full.down.sql drops table public.full_t, which holds 3 rows; use --force to roll back anyway.',
      ]);
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM full_t')).rows[0]?.n).toBe(3);
      await db.exec('DELETE FROM full_t');
      const done = await rollback(2);
      expect(done.refusals).toEqual([]);
      expect(done.rolledBack.map((s) => s.id)).toEqual(['000002', '000001']);
      expect(await readApplied(db, repo.services[0]!)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
