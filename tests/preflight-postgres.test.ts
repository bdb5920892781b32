/**
 * Issue #11 against the real server, through the CLI as a new user runs it: every reproduction of the issue gets a
 * clear refusal (exit 2 for usage, 1 for a refused run) and changes nothing in the database; every gate of every
 * command that changes a database (up, rollback, restore, force, check --apply) is exercised.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { EnvironmentEntry, EnvironmentSettings, MaintenanceWindow, Repo } from '../src/repo/types.js';
import { cli, stderrProblems, type CliRun } from './helpers/cli.js';
import { miniRepo, type MiniMigration, type MiniService } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const create: MiniMigration = {
  id: '000001',
  name: 'create_t',
  up: 'CREATE SCHEMA a_svc;\nCREATE TABLE a_svc.t (id bigint PRIMARY KEY, note text);\nINSERT INTO a_svc.t VALUES (1, \'kept\');\n',
  down: 'DROP TABLE a_svc.t;\nDROP SCHEMA a_svc;\n',
};
const addColumn: MiniMigration = {
  id: '000002',
  name: 'add_bio',
  up: 'ALTER TABLE a_svc.t ADD COLUMN bio text;\nUPDATE a_svc.t SET bio = \'data\' WHERE id = 1;\n',
  down: 'ALTER TABLE a_svc.t DROP COLUMN bio;\n',
  meta: { depends_on: ['000001'] },
};
const addIndex: MiniMigration = {
  id: '000003',
  name: 'add_index',
  up: 'CREATE INDEX t_note_idx ON a_svc.t (note);\n',
  down: 'DROP INDEX a_svc.t_note_idx;\n',
  meta: { depends_on: ['000002'] },
};

/** A window that is never open now: one minute, three days from today. */
function closedWindow(): MaintenanceWindow {
  const day = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][(new Date().getUTCDay() + 3) % 7]!;
  return { days: [day], start: '03:00', end: '03:01', timezone: 'UTC' };
}

function environments(production: Partial<EnvironmentSettings>): Record<string, EnvironmentEntry> {
  return { development: { config: {} }, production: { config: production } };
}

function repoWith(production: Partial<EnvironmentSettings>, extra: MiniService[] = [], migrations = [create, addColumn, addIndex]): Repo {
  return miniRepo([{ name: 'a-svc', environments: environments(production), migrations }, ...extra]);
}

/** Everything the database holds that a run could change: tracking rows, tables, columns and data. */
async function snapshot(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const cols = await c.query<{ r: string }>(
      `SELECT table_schema || '.' || table_name || '.' || column_name AS r FROM information_schema.columns
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const tracking = await c.query<{ r: string }>(
      `SELECT string_agg(version || ':' || dirty || ':' || coalesce(checksum, ''), ',' ORDER BY version) AS r
         FROM (SELECT * FROM public.a_svc_schema_migrations) x`,
    ).catch(() => ({ rows: [{ r: 'no tracking table' }] }));
    const data = await c.query<{ r: string }>(`SELECT string_agg(row_to_json(t)::text, ',') AS r FROM a_svc.t t`).catch(() => ({ rows: [{ r: 'no table' }] }));
    return JSON.stringify({ cols: cols.rows.map((r) => r.r), tracking: tracking.rows[0]?.r, data: data.rows[0]?.r });
  } finally {
    await c.end();
  }
}

// Commands that touch no database refuse --database-url (a flag they would ignore).
const NO_DATABASE = new Set(['validate', 'deps', 'new']);
const run = (repo: Repo, url: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  cli([...args, '--root', repo.root, ...(NO_DATABASE.has(args[0]!) ? [] : ['--database-url', url])], env);

/** Applies everything in development (no gates there). */
async function applyAll(repo: Repo, url: string): Promise<void> {
  const r = await run(repo, url, ['up', '--env', 'development', '--no-hooks']);
  expect(stderrProblems(r.stderr)).toEqual([]);
  expect(r.code).toBe(0);
}

describeWithPostgres('issue #11 reproductions: refused, nothing changed', () => {
  test('an unknown environment, from --env, MIGRATION_ENV or current_environment, is exit 2 for every command', () =>
    withTempDatabase(async (url) => {
      const repo = repoWith({ require_approval: true, allow_destructive_operations: false });
      const before = await snapshot(url);
      for (const [args, env] of [
        [['validate', '--env', 'prod'], {}],
        [['plan', '--env', 'prod'], {}],
        [['up', '--env', 'prod'], {}],
        [['up'], { MIGRATION_ENV: 'PRODUCTION' }],
        [['status', '--env', 'prod'], {}],
        [['rollback', '--steps', '1', '--env', 'prod'], {}],
        [['force', '--service', 'a-svc', '--version', '1', '--clean', '--env', 'prod'], {}],
        [['restore', '--file', '/nonexistent.dump', '--env', 'prod'], {}],
        [['check', '--apply', '--env', 'prod'], {}],
      ] as [string[], NodeJS.ProcessEnv][]) {
        const r = await run(repo, url, args, env);
        expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
        expect(r.stderr).toMatch(/is not an environment of this repository \(did you mean "production"\?\)\. Known environments: development, production\./);
      }
      expect(await snapshot(url)).toBe(before);
    }));

  test('production with require_approval and no destructive operations: rollback, rollback --force and restore are refused', () =>
    withTempDatabase(async (url) => {
      const repo = repoWith({ require_approval: true, allow_destructive_operations: false });
      await applyAll(repo, url);
      const before = await snapshot(url);
      const prod = { MIGRATION_ENV: 'production' };

      const steps = await run(repo, url, ['rollback', '--steps', '1'], prod);
      expect(steps.code).toBe(1);
      expect(steps.stderr).toContain('refused [approval-required]: a-svc: environment production requires approval (require_approval) before rolling back');

      // The column holds data: --force overrides the data-loss check, never the environment's gates.
      const forced = await run(repo, url, ['rollback', '--to', '1', '--force'], prod);
      expect(forced.code).toBe(1);
      expect(forced.stderr).toContain('refused [approval-required]');
      expect(forced.stderr).toMatch(/refused \[destructive-rollback\]: a-svc 000002: its down file drops column a_svc\.t\.bio, and environment production forbids destructive operations/);

      const restore = await run(repo, url, ['restore', '--file', '/nonexistent.dump'], prod);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toContain('before restoring a backup: run again with --approve');
      expect(await snapshot(url)).toBe(before);

      // --approve is a known flag now, and with it the reviewed rollback runs.
      const approved = await run(repo, url, ['rollback', '--only', '3', '--approve'], prod);
      expect([approved.code, stderrProblems(approved.stderr).join('\n')]).toEqual([0, '']);
      expect(await snapshot(url)).toContain('"tracking":"000001:false:');
      expect(await snapshot(url)).not.toContain('000003:false');
    }));

  test('force resolves 5 to the dirty 000005 and cleans it; an id the service does not have is exit 2', () =>
    withTempDatabase(async (url) => {
      const concurrently: MiniMigration = { id: '000005', name: 'idx', up: 'CREATE INDEX CONCURRENTLY t_id_idx ON a_svc.t (nosuchcolumn);\n', meta: { depends_on: ['000001'] } };
      const repo = repoWith({}, [], [create, concurrently]);
      const up = await run(repo, url, ['up', '--no-hooks']);
      expect(up.code).toBe(1);
      expect(await snapshot(url)).toMatch(/000005:true:/);

      const unknown = await run(repo, url, ['force', '--service', 'a-svc', '--version', '000099', '--clean']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('a-svc has no migration 000099');
      const before = await snapshot(url);
      expect(before).toMatch(/"tracking":"000001:false:[0-9a-f]+,000005:true:/);

      const clean = await run(repo, url, ['force', '--service', 'a-svc', '--version', '5', '--clean']);
      expect([clean.code, clean.stdout]).toEqual([0, 'a-svc 000005: marked clean (applied).\n']);
      const after = await snapshot(url);
      expect(after).toMatch(/"tracking":"000001:false:[0-9a-f]+,000005:false:/);
      expect(after).not.toMatch(/[,"]5:/);
    }));

  test('rollback --to and --only resolve by number; an unknown id is exit 2', () =>
    withTempDatabase(async (url) => {
      const repo = repoWith({});
      await applyAll(repo, url);
      const before = await snapshot(url);
      const unknown = await run(repo, url, ['rollback', '--to', '7']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('a-svc has no migration 7');
      expect((await run(repo, url, ['rollback', '--only', '0003x'])).code).toBe(2);
      expect(await snapshot(url)).toBe(before);
      const to = await run(repo, url, ['rollback', '--to', '2', '--format', 'json']);
      expect(to.code).toBe(0);
      expect(JSON.parse(to.stdout).rollback.rolledBack.map((s: { id: string }) => s.id)).toEqual(['000003']);
    }));

  test('an ignore comment does not silence a forbidden DROP: validate and up agree, and up changes nothing', () =>
    withTempDatabase(async (url) => {
      const drop: MiniMigration = { id: '000002', name: 'drop_t', up: '-- svc-migrate-ignore destructive-operation\nDROP TABLE a_svc.t;\n', meta: { depends_on: ['000001'] } };
      const repo = repoWith({ allow_destructive_operations: false }, [], [create, drop]);
      await run(repo, url, ['up', '--no-hooks', '--target', '1']);
      const before = await snapshot(url);
      const validate = await cli(['validate', '--root', repo.root, '--env', 'production', '--format', 'json']);
      const findings = (JSON.parse(validate.stdout) as { findings: { rule: string; severity: string; line: number }[] }).findings;
      expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.line])).toEqual([['destructive-operation', 2]]);
      expect(validate.code).toBe(1);
      const up = await run(repo, url, ['up', '--env', 'production', '--no-hooks']);
      expect(up.code).toBe(1);
      expect(up.stderr).toMatch(/refused \[destructive-operation\]: a-svc 000002: DROP TABLE a_svc\.t .*forbids destructive operations in production/);
      expect(await snapshot(url)).toBe(before);
    }));

  test('up --dry-run --format json prints the steps and refusals that plan prints', () =>
    withTempDatabase(async (url) => {
      const repo = repoWith({ require_approval: true });
      const plan = await run(repo, url, ['plan', '--env', 'production', '--format', 'json']);
      const dry = await run(repo, url, ['up', '--dry-run', '--env', 'production', '--format', 'json']);
      expect(dry.stdout).toBe(plan.stdout);
      const object = JSON.parse(plan.stdout) as { steps: unknown[]; heldBack: { service: string }[]; refusals: { rule: string }[] };
      expect(object.refusals.map((r) => r.rule)).toEqual(['approval-required']);
      expect(object.heldBack.map((h) => h.service)).toEqual(['a-svc']);
      const approved = await run(repo, url, ['up', '--dry-run', '--approve', '--env', 'production', '--format', 'json']);
      expect((JSON.parse(approved.stdout) as { steps: unknown[] }).steps).toHaveLength(3);
      expect(await snapshot(url)).toContain('no tracking table');
    }));
});

describeWithPostgres('dirty isolation: a dirty or refused service stops itself and its dependents only', () => {
  test('one dirty service: the independent one is applied, the dependent one held back, and the output says why', () =>
    withTempDatabase(async (url) => {
      const broken: MiniMigration = { id: '000001', name: 'broken', up: 'CREATE INDEX CONCURRENTLY x_idx ON nowhere.t (id);\n' };
      const repo = miniRepo([
        { name: 'a-svc', migrations: [create] },
        { name: 'b-svc', migrations: [broken, { id: '000002', name: 'more', up: 'CREATE SCHEMA b_more;\n', meta: { depends_on: ['000001'] } }] },
        { name: 'c-svc', migrations: [{ id: '000001', name: 'c', up: 'CREATE SCHEMA c_svc;\n', meta: { cross_service_dependencies: { 'b-svc': ['000002'] } } }] },
      ]);
      const first = await run(repo, url, ['up', '--no-hooks', '--service', 'b-svc']);
      expect(first.code).toBe(1);
      const up = await run(repo, url, ['up', '--no-hooks', '--format', 'json']);
      expect(up.code).toBe(1);
      const report = JSON.parse(up.stdout) as { applied: { service: string }[]; heldBack: { service: string; reason: string }[]; refusals: { service: string; rule: string }[] };
      expect(report.applied.map((a) => a.service)).toEqual(['a-svc']);
      expect(report.refusals.map((r) => [r.service, r.rule])).toEqual([['b-svc', 'dirty-service']]);
      expect(report.heldBack).toEqual([
        { service: 'b-svc', reason: 'refused (dirty-service)' },
        { service: 'c-svc', reason: 'needs b-svc 000002, and b-svc is held back' },
      ]);
      const text = await run(repo, url, ['up', '--no-hooks']);
      expect(text.stderr).toContain('held back: c-svc: needs b-svc 000002, and b-svc is held back');
    }));
});

describeWithPostgres('the gates of every command that changes a database', () => {
  const window = { maintenance_window_required: true, maintenance_window: closedWindow() };
  // A folder under a regular file: creating it fails at once (ENOTDIR), so the backup fails.
  const unwritable = join(mkdtempSync(join(tmpdir(), 'svcm-nodir-')), 'file');
  beforeAll(() => writeFileSync(unwritable, 'not a folder'));

  test.each([
    ['up', ['up', '--no-hooks']],
    ['rollback', ['rollback', '--steps', '1']],
    ['force', ['force', '--service', 'a-svc', '--version', '3', '--remove']],
    ['restore', ['restore', '--file', '/nonexistent.dump']],
    ['check --apply', ['check', '--apply', '--no-hooks']],
  ])('%s: approval, maintenance window and a failed required backup refuse; nothing changes', (_name, args) =>
    withTempDatabase(async (url) => {
      for (const [config, extra, message] of [
        [{ require_approval: true }, [], /refused \[approval-required\]|requires approval \(require_approval\)/],
        [window, ['--approve'], /outside the maintenance window of production/],
        [{ backup_required: true }, ['--approve', '--backup-dir', join(unwritable, 'backups')], /backup_required is set for production and the backup failed, so nothing was (changed|applied)/],
      ] as [Partial<EnvironmentSettings>, string[], RegExp][]) {
        const repo = repoWith(config);
        if (args[0] !== 'up' && args[0] !== 'check') await applyAll(repo, url);
        const before = await snapshot(url);
        // check has no --backup-dir: its backup goes to the default folder, which is writable; skip that case.
        if (args[0] === 'check' && extra.includes('--backup-dir')) continue;
        const r = await run(repo, url, [...args, ...extra], { MIGRATION_ENV: 'production' });
        expect([args.join(' '), config, r.code]).toEqual([args.join(' '), config, 1]);
        expect(r.stdout + r.stderr).toMatch(message);
        expect(await snapshot(url)).toBe(before);
        await run(repo, url, ['rollback', '--to', '0', '--force', '--env', 'development']);
        await run(repo, url, ['force', '--service', 'a-svc', '--version', '1', '--remove', '--env', 'development']);
      }
    }));

  test('backup_required takes a backup before rollback, force and restore change anything', () =>
    withTempDatabase(async (url) => {
      const repo = repoWith({ backup_required: true });
      await applyAll(repo, url);
      const dir = mkdtempSync(join(tmpdir(), 'svcm-backups-'));
      const prod = { MIGRATION_ENV: 'production' };
      const rb = await run(repo, url, ['rollback', '--only', '3', '--backup-dir', dir], prod);
      expect([rb.code, stderrProblems(rb.stderr).join('\n')]).toEqual([0, '']);
      expect(rb.stdout).toMatch(/^backup .*\.dump \(\d+ bytes\)$/m);
      const force = await run(repo, url, ['force', '--service', 'a-svc', '--version', '2', '--remove', '--backup-dir', dir], prod);
      expect(force.code).toBe(0);
      const file = join(dir, readdirSync(dir).sort()[0]!);
      const restore = await run(repo, url, ['restore', '--file', file, '--backup-dir', dir], prod);
      expect([restore.code, stderrProblems(restore.stderr).join('\n')]).toEqual([0, '']);
      expect(readdirSync(dir)).toHaveLength(3);
      // The oldest backup is the one rollback took before it changed anything: all three were applied then.
      expect(await snapshot(url)).toMatch(/"tracking":"000001:false:[0-9a-f]+,000002:false:[0-9a-f]+,000003:false:[0-9a-f]+"/);
    }));

  test('a destructive rollback where destructive operations are forbidden needs --approve; a harmless one does not', () =>
    withTempDatabase(async (url) => {
      const repo = repoWith({ allow_destructive_operations: false });
      await applyAll(repo, url);
      const prod = { MIGRATION_ENV: 'production' };
      const index = await run(repo, url, ['rollback', '--only', '3'], prod);
      expect([index.code, stderrProblems(index.stderr).join('\n')]).toEqual([0, '']);
      const before = await snapshot(url);
      // The column is dropped by 000002's down: refused without --approve even with --force (which only
      // overrides the rollback's data-loss check).
      const refused = await run(repo, url, ['rollback', '--only', '2', '--force'], prod);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('refused [destructive-rollback]');
      expect(await snapshot(url)).toBe(before);
      const approved = await run(repo, url, ['rollback', '--only', '2', '--force', '--approve'], prod);
      expect(approved.code).toBe(0);
      expect(await snapshot(url)).not.toContain('a_svc.t.bio');
    }));

  test('rollback --notify-webhook posts like up', () =>
    withTempDatabase(async (url) => {
      const { createServer } = await import('node:http');
      const bodies: string[] = [];
      const server = createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          bodies.push(body);
          res.end('ok');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const repo = repoWith({});
        await applyAll(repo, url);
        const port = (server.address() as { port: number }).port;
        const r = await run(repo, url, ['rollback', '--only', '3', '--notify-webhook', `http://127.0.0.1:${port}/hook`]);
        expect([r.code, stderrProblems(r.stderr).join('\n')]).toEqual([0, '']);
        expect(bodies).toHaveLength(1);
        expect(bodies[0]).toContain('a-svc');
        expect(bodies[0]).toContain('000003');
      } finally {
        server.close();
      }
    }));
});

describe('the Action input environment', () => {
  test('an unknown one is a usage error naming the input, before anything is applied', async () => {
    const { executeChecks } = await import('../src/action/execute.js');
    const { readInputs } = await import('../src/action/inputs.js');
    const repo = repoWith({ require_approval: true });
    const given: Record<string, string> = { environment: 'prod', apply: 'true' };
    const inputs = readInputs((name) => given[name] ?? '');
    await expect(executeChecks(inputs, repo.root, () => undefined)).rejects.toThrow(
      /^the Action input environment "prod" is not an environment of this repository \(did you mean "production"\?\)/,
    );
  });
});
