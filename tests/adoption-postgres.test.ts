/**
 * Adoption on the real server (issue #16): the source tools' own clients migrate a database, `baseline` imports
 * what they applied from their tracking tables, and svc-migrate's `up` then applies only what is new.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cli, stderrProblems } from './helpers/cli.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const DBMATE = path.resolve('node_modules/.bin/dbmate');

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await c.end();
  }
}

function hasSqitch(): boolean {
  try {
    execFileSync('sqitch', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'svcm-adopt-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describeWithPostgres('adopting a database migrated by another tool', () => {
  it('dbmate: dbmate up, baseline from schema_migrations, then up applies only the new migration', async () => {
    await withTempDatabase(async (url) => {
      const dir = path.join(root, 'services/billing/migrations');
      write(root, {
        'services/billing/migrations/20240101000000_accounts.sql':
          '-- migrate:up\nCREATE SCHEMA billing;\nCREATE TABLE billing.accounts (id bigint PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE billing.accounts;\nDROP SCHEMA billing;\n',
        'services/billing/migrations/20240102000000_balance.sql':
          '-- migrate:up\nALTER TABLE billing.accounts ADD COLUMN balance bigint NOT NULL DEFAULT 0;\n\n-- migrate:down\nALTER TABLE billing.accounts DROP COLUMN balance;\n',
      });
      const dbmateUrl = `${url}?sslmode=disable`;
      execFileSync(DBMATE, ['--url', dbmateUrl, '--migrations-dir', dir, '--no-dump-schema', 'up'], { stdio: 'pipe' });
      // A third migration written after the move to svc-migrate.
      write(root, {
        'services/billing/migrations/20240103000000_currency.sql':
          "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY accounts_balance ON billing.accounts (balance);\n\n-- migrate:down\nDROP INDEX CONCURRENTLY billing.accounts_balance;\n",
      });

      const base = await cli(['baseline', '--root', root, '--service', 'billing', '--database-url', url]);
      expect(stderrProblems(base.stderr)).toEqual([]);
      expect(base.code).toBe(0);
      expect(base.stdout).toContain('according to schema_migrations; recorded 2 as applied');

      const rows = await query(url, 'SELECT version, checksum FROM public.billing_schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(['20240101000000', '20240102000000']);
      expect(rows.every((r) => typeof r.checksum === 'string' && (r.checksum as string).length === 64)).toBe(true);

      const up = await cli(['up', '--root', root, '--service', 'billing', '--database-url', url]);
      expect(up.code).toBe(0);
      expect(up.stdout).toMatch(/^20240103000000\/u currency \(/m);
      expect(up.stdout).not.toContain('20240101000000');
      const idx = await query(url, "SELECT indexname FROM pg_indexes WHERE schemaname = 'billing' AND indexname = 'accounts_balance'");
      expect(idx).toHaveLength(1);

      // Nothing changed since: status shows no checksum drift, and baseline again records nothing.
      const status = await cli(['status', '--root', root, '--service', 'billing', '--database-url', url]);
      expect(status.stdout).not.toMatch(/checksum/i);
      const again = await cli(['baseline', '--root', root, '--service', 'billing', '--database-url', url]);
      expect(again.stdout).toContain('recorded 0 as applied');
    });
  });

  // Under CI the client must be there (.ci/run installs it): a missing one fails rather than skips.
  (hasSqitch() || process.env.CI ? it : it.skip)('sqitch: sqitch deploy, baseline from sqitch.changes, then up applies only the new change and its verify script', async () => {
    await withTempDatabase(async (url) => {
      const dir = path.join(root, 'services/flips/migrations');
      write(root, {
        'services/flips/migrations/sqitch.conf': '[core]\n\tengine = pg\n',
        'services/flips/migrations/sqitch.plan':
          '%syntax-version=1.0.0\n%project=flips\n\nappschema 2024-01-01T00:00:00Z Tester <t@example.com> # the schema\nusers [appschema] 2024-01-02T00:00:00Z Tester <t@example.com> # users\n',
        'services/flips/migrations/deploy/appschema.sql': 'BEGIN;\nCREATE SCHEMA flips;\nCOMMIT;\n',
        'services/flips/migrations/revert/appschema.sql': 'BEGIN;\nDROP SCHEMA flips;\nCOMMIT;\n',
        'services/flips/migrations/verify/appschema.sql': "SELECT pg_catalog.has_schema_privilege('flips', 'usage');\n",
        'services/flips/migrations/deploy/users.sql': 'BEGIN;\nCREATE TABLE flips.users (nickname text PRIMARY KEY);\nCOMMIT;\n',
        'services/flips/migrations/revert/users.sql': 'BEGIN;\nDROP TABLE flips.users;\nCOMMIT;\n',
        'services/flips/migrations/verify/users.sql': 'SELECT nickname FROM flips.users WHERE false;\n',
      });
      const target = `db:pg://postgres@127.0.0.1:5432/${new URL(url).pathname.slice(1)}`;
      execFileSync('sqitch', ['deploy', target], { cwd: dir, stdio: 'pipe', env: { ...process.env, SQITCH_USER_NAME: 'Tester', SQITCH_USER_EMAIL: 't@example.com' } });
      expect(existsSync(path.join(dir, 'sqitch.plan'))).toBe(true);
      // A change added after the move; its verify script fails if the table is missing.
      write(root, {
        'services/flips/migrations/sqitch.plan':
          '%syntax-version=1.0.0\n%project=flips\n\nappschema 2024-01-01T00:00:00Z Tester <t@example.com> # the schema\nusers [appschema] 2024-01-02T00:00:00Z Tester <t@example.com> # users\nflips [users] 2024-01-03T00:00:00Z Tester <t@example.com> # flips\n',
        'services/flips/migrations/deploy/flips.sql': 'BEGIN;\nCREATE TABLE flips.flips (id bigint PRIMARY KEY, nickname text NOT NULL REFERENCES flips.users (nickname));\nCOMMIT;\n',
        'services/flips/migrations/revert/flips.sql': 'BEGIN;\nDROP TABLE flips.flips;\nCOMMIT;\n',
        'services/flips/migrations/verify/flips.sql': 'SELECT id, nickname FROM flips.flips WHERE false;\n',
      });

      const base = await cli(['baseline', '--root', root, '--service', 'flips', '--database-url', url]);
      expect(stderrProblems(base.stderr)).toEqual([]);
      expect(base.stdout).toContain('according to sqitch.changes; recorded 2 as applied');

      const up = await cli(['up', '--root', root, '--service', 'flips', '--database-url', url]);
      expect(stderrProblems(up.stderr)).toEqual([]);
      expect(up.code).toBe(0);
      expect(up.stdout).toMatch(/^flips\/u flips \(/m);
      expect(up.stdout).not.toMatch(/appschema|users\/u/);
      const tables = await query(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'flips' ORDER BY 1");
      expect(tables.map((r) => r.tablename)).toEqual(['flips', 'users']);
    });
  });

  it('a failing sqitch verify script fails up', async () => {
    await withTempDatabase(async (url) => {
      write(root, {
        'services/v/migrations/sqitch.plan': '%project=v\n\nt 2024-01-01T00:00:00Z T <t@x>\n',
        'services/v/migrations/deploy/t.sql': 'CREATE TABLE public.t_made (id int);\n',
        'services/v/migrations/verify/t.sql': 'SELECT id FROM public.t_missing;\n',
      });
      const up = await cli(['up', '--root', root, '--service', 'v', '--database-url', url]);
      expect(up.code).toBe(1);
      expect(up.stderr).toContain('services/v/migrations/verify/t.sql failed after t was applied');
    });
  });

  it('--version records everything up to an id; without a source table or --version it says what to pass', async () => {
    await withTempDatabase(async (url) => {
      write(root, {
        'services/g/migrations/00001_a.sql': '-- +goose Up\nCREATE TABLE public.g_a (id int);\n-- +goose Down\nDROP TABLE public.g_a;\n',
        'services/g/migrations/00002_b.sql': '-- +goose Up\nCREATE TABLE public.g_b (id int);\n-- +goose Down\nDROP TABLE public.g_b;\n',
      });
      const none = await cli(['baseline', '--root', root, '--service', 'g', '--database-url', url]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('no goose_db_version table');
      const dry = await cli(['baseline', '--root', root, '--service', 'g', '--database-url', url, '--version', '1', '--dry-run']);
      expect(dry.stdout).toContain('would record 1 as applied');
      const base = await cli(['baseline', '--root', root, '--service', 'g', '--database-url', url, '--version', '1']);
      expect(base.stdout).toContain('recorded 1 as applied');
      const rows = await query(url, 'SELECT version FROM public.g_schema_migrations');
      expect(rows.map((r) => r.version)).toEqual(['00001']);
      const unknown = await cli(['baseline', '--root', root, '--service', 'g', '--database-url', url, '--version', '7']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('g has no migration 7');
      const mem = await cli(['baseline', '--root', root, '--service', 'g', '--version', '1']);
      expect(mem.code).toBe(2);
      expect(mem.stderr).toMatch(/in-memory.*pglite:\/\/\//s);
    });
  });

  it('baseline obeys the environment: require_approval needs --approve', async () => {
    await withTempDatabase(async (url) => {
      write(root, {
        'services/g/migrations/00001_a.sql': '-- +goose Up\nCREATE TABLE public.g_a (id int);\n',
        'services/g/migrations/environments.json': JSON.stringify({ environments: { production: { config: { require_approval: true } } } }),
      });
      const refused = await cli(['baseline', '--root', root, '--service', 'g', '--database-url', url, '--version', '1', '--env', 'production']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('requires approval');
      expect(await query(url, "SELECT to_regclass('public.g_schema_migrations') IS NULL AS none")).toEqual([{ none: true }]);
      const approved = await cli(['baseline', '--root', root, '--service', 'g', '--database-url', url, '--version', '1', '--env', 'production', '--approve']);
      expect(approved.code).toBe(0);
      expect(approved.stdout).toContain('recorded 1 as applied');
    });
  });

  it('goose: baseline reads goose_db_version (its latest row per version decides)', async () => {
    await withTempDatabase(async (url) => {
      write(root, {
        'services/g/migrations/00001_a.sql': '-- +goose Up\nCREATE TABLE public.g_a (id int);\n',
        'services/g/migrations/00002_b.sql': '-- +goose Up\nCREATE TABLE public.g_b (id int);\n',
        'services/g/migrations/00003_c.sql':
          '-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION public.g_f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$;\n-- +goose StatementEnd\n' +
          '-- +goose Down\nDROP FUNCTION public.g_f();\n',
        'services/g/migrations/00004_d.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY g_b_id ON public.g_b (id);\n',
      });
      // goose's own table, as goose creates it: version 2 applied then rolled back.
      await query(
        url,
        `CREATE TABLE goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now());
         INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true), (1, true), (2, true), (2, false);
         CREATE TABLE public.g_a (id int);`,
      );
      const base = await cli(['baseline', '--root', root, '--service', 'g', '--database-url', url]);
      expect(base.stdout).toContain('recorded 1 as applied');
      const up = await cli(['up', '--root', root, '--service', 'g', '--database-url', url]);
      expect(up.code).toBe(0);
      expect(up.stdout).toMatch(/^2\/u b/m); // printed as golang-migrate prints versions
      expect(up.stdout).toMatch(/^3\/u c/m);
      expect(up.stdout).toMatch(/^4\/u d/m);
      expect(await query(url, 'SELECT public.g_f() AS v')).toEqual([{ v: 1 }]);
    });
  });

  it.each([
    {
      format: 'golang-migrate',
      files: { '1_a.up.sql': 'CREATE TABLE public.t1 (id int);', '2_b.up.sql': 'CREATE TABLE public.t2 (id int);', '3_c.up.sql': 'CREATE TABLE public.t3 (id int);' },
      // golang-migrate keeps one row: the current version.
      table: 'CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL); INSERT INTO schema_migrations VALUES (2, false); CREATE TABLE public.t1 (id int); CREATE TABLE public.t2 (id int);',
      recorded: ['1', '2'],
      applied: /^3\/u c/m,
    },
    {
      format: 'flyway',
      files: { 'V1__init.sql': 'CREATE TABLE public.t1 (id int);', 'V1_1__a.sql': 'CREATE TABLE public.t2 (id int);', 'V2__b.sql': 'CREATE TABLE public.t3 (id int);', 'R__views.sql': 'CREATE OR REPLACE VIEW public.v AS SELECT 1 AS x;' },
      table:
        `CREATE TABLE flyway_schema_history (installed_rank integer PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL,
           script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);
         INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success) VALUES
           (1, '1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', 'me', 0, true),
           (2, '1.1', 'a', 'SQL', 'V1_1__a.sql', 'me', 3, true),
           (3, NULL, 'views', 'SQL', 'R__views.sql', 'me', 1, true);
         CREATE TABLE public.t1 (id int); CREATE TABLE public.t2 (id int); CREATE VIEW public.v AS SELECT 1 AS x;`,
      recorded: ['1', '1.1', 'R__views'],
      applied: /^2\/u b/m,
    },
    {
      format: 'diesel',
      files: { '2017-01-01-000000_a/up.sql': 'CREATE TABLE public.t1 (id int);', '2017-01-01-000000_a/down.sql': 'DROP TABLE public.t1;', '2017-01-02-000000_b/up.sql': 'CREATE TABLE public.t2 (id int);', '2017-01-02-000000_b/down.sql': 'DROP TABLE public.t2;' },
      table: `CREATE TABLE __diesel_schema_migrations (version varchar(50) PRIMARY KEY NOT NULL, run_on timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP);
              INSERT INTO __diesel_schema_migrations (version) VALUES ('20170101000000'); CREATE TABLE public.t1 (id int);`,
      recorded: ['20170101000000'],
      applied: /^20170102000000\/u b/m,
    },
    {
      format: 'prisma',
      files: { '20240101000000_a/migration.sql': 'CREATE TABLE public.t1 (id int);', '20240102000000_b/migration.sql': 'CREATE TABLE public.t2 (id int);' },
      // The second was started and rolled back: not applied.
      table: `CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY NOT NULL, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL,
                logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0);
              INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, rolled_back_at) VALUES
                ('1', 'x', now(), '20240101000000_a', NULL), ('2', 'y', NULL, '20240102000000_b', now());
              CREATE TABLE public.t1 (id int);`,
      recorded: ['20240101000000_a'],
      applied: /^20240102000000_b\/u b/m,
    },
  ])('$format: baseline reads its real tracking table, then up applies the rest', async ({ files, table, recorded, applied }) => {
    await withTempDatabase(async (url) => {
      write(root, Object.fromEntries(Object.entries(files).map(([rel, text]) => [`services/s/migrations/${rel}`, text])));
      await query(url, table);
      const base = await cli(['baseline', '--root', root, '--service', 's', '--database-url', url]);
      expect(stderrProblems(base.stderr)).toEqual([]);
      expect(base.code).toBe(0);
      const rows = await query(url, 'SELECT version FROM public.s_schema_migrations');
      expect(rows.map((r) => r.version).sort()).toEqual([...recorded].sort());
      const up = await cli(['up', '--root', root, '--service', 's', '--database-url', url]);
      expect(stderrProblems(up.stderr)).toEqual([]);
      expect(up.code).toBe(0);
      expect(up.stdout).toMatch(applied);
      expect(up.stdout.trim().split('\n')).toHaveLength(1);
    });
  });
});
