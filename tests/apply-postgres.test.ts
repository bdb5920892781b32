/**
 * `up` against the real PostgreSQL server, one throwaway database per test: the fixtures in every environment,
 * idempotence, failures, concurrency, dirty state and force, the environment's safety switches, hooks,
 * webhooks, and the password never printed.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { runUp, type UpOptions, type UpResult } from '../src/apply/run.js';
import { readStatus } from '../src/apply/status.js';
import { checksumOf, forceVersion, readApplied, readAttempts } from '../src/apply/tracking.js';
import { withServiceLock } from '../src/apply/lock.js';
import { loadRepo } from '../src/repo/load.js';
import { runCli } from '../src/cli/run.js';
import type { EnvironmentSettings, Repo } from '../src/repo/types.js';
import { miniRepo, type MiniMigration } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const FIXTURES = join(process.cwd(), 'fixtures');

async function withDb<T>(fn: (db: Database, url: string) => Promise<T>): Promise<T> {
  return withTempDatabase(async (url) => {
    const db = await openDatabase(url);
    try {
      return await fn(db, url);
    } finally {
      await db.close();
    }
  });
}

function up(repo: Repo, db: Database, extra: Partial<UpOptions> = {}): Promise<UpResult & { lines: string[] }> {
  const lines: string[] = [];
  return runUp({ repo, env: 'development', db, out: (l) => lines.push(l), backupDir: mkdtempSync(join(tmpdir(), 'svcm-bk-')), ...extra }).then((r) => ({ ...r, lines }));
}

const m1: MiniMigration = { id: '000001', name: 'init', up: 'CREATE SCHEMA a_svc;\nCREATE TABLE a_svc.t (id int PRIMARY KEY);\n', down: 'DROP TABLE a_svc.t;\nDROP SCHEMA a_svc;\n' };
const m2: MiniMigration = { id: '000002', name: 'more', up: 'ALTER TABLE a_svc.t ADD COLUMN note text;\n', down: 'ALTER TABLE a_svc.t DROP COLUMN note;\n', meta: { depends_on: ['000001'] } };

describeWithPostgres('up on PostgreSQL', () => {
  it.each(['development', 'staging', 'production'])('applies the fixtures in %s, and a second run applies nothing', async (env) => {
    const repo = await loadRepo({ root: FIXTURES });
    await withDb(async (db, url) => {
      const first = await up(repo, db, { env, approve: true, noHooks: true, databaseUrl: url });
      expect(first.refused).toBeUndefined();
      expect(first.failed).toBeUndefined();
      const ids = first.applied.map((a) => `${a.service} ${a.id}`);
      expect(ids).toContain('user-service 000001');
      expect(ids).toContain('notification-service 000001');
      // cross-service: notification-service needs user-service 000001 first
      expect(ids.indexOf('user-service 000001')).toBeLessThan(ids.indexOf('notification-service 000001'));
      const envOnly = { development: '000003', staging: '000004', production: '000005' }[env]!;
      expect(ids).toContain(`user-service ${envOnly}`);
      for (const other of ['000003', '000004', '000005'].filter((x) => x !== envOnly)) expect(ids).not.toContain(`user-service ${other}`);
      expect(first.lines).toContain('1/u create_users ' + first.lines.find((l) => l.startsWith('1/u create_users'))!.slice('1/u create_users '.length));
      for (const l of first.lines.filter((x) => /^\d+\/u /.test(x))) expect(l).toMatch(/^\d+\/u \w+ \(\d+\.\d{6}ms\)$/);
      if (env === 'production') expect(first.backup).toMatch(/\.dump$/);

      const rows = await readApplied(db, repo.services.find((s) => s.name === 'user-service')!);
      expect(rows.every((r) => !r.dirty && r.environment === env && r.checksum?.length === 64)).toBe(true);

      const second = await up(repo, db, { env, approve: true, noHooks: true, databaseUrl: url });
      expect(second.applied).toEqual([]);
      expect(second.lines).toEqual(['no change']);
    });
  });

  it('rolls back a migration that fails halfway and logs the failed attempt', async () => {
    const repo = miniRepo([{ name: 'a-svc', migrations: [m1, { id: '000002', name: 'broken', up: 'CREATE TABLE a_svc.half (id int);\nINSERT INTO a_svc.t VALUES (1);\nSELECT * FROM a_svc.nope;\n', meta: { depends_on: ['000001'] } }] }]);
    await withDb(async (db) => {
      const r = await up(repo, db);
      expect(r.applied.map((a) => a.id)).toEqual(['000001']);
      expect(r.failed).toMatchObject({ service: 'a-svc', id: '000002' });
      expect(r.failed!.error).toMatch(/a_svc\.nope/);
      const half = await db.query<{ t: string | null }>(`SELECT to_regclass('a_svc.half')::text AS t`);
      expect(half.rows[0]!.t).toBeNull();
      expect((await db.query<{ n: string }>('SELECT count(*) AS n FROM a_svc.t')).rows[0]!.n).toBe('0');
      const service = repo.services[0]!;
      expect((await readApplied(db, service)).map((x) => x.version)).toEqual(['000001']);
      const attempts = await readAttempts(db, service);
      expect(attempts.map((a) => [a.migrationId, a.direction, a.success])).toEqual([
        ['000001', 'up', true],
        ['000002', 'up', false],
      ]);
      expect(attempts[1]!.error).toMatch(/a_svc\.nope/);
    });
  });

  it('auto_rollback_on_failure reverts what this run applied, newest first', async () => {
    const repo = miniRepo([{
      name: 'a-svc',
      environments: { development: { config: { auto_rollback_on_failure: true } } },
      migrations: [m1, m2, { id: '000003', name: 'boom', up: 'SELECT 1/0;\n', down: 'SELECT 1;\n', meta: { depends_on: ['000002'] } }],
    }]);
    await withDb(async (db) => {
      const r = await up(repo, db);
      expect(r.failed?.id).toBe('000003');
      expect(r.rolledBack?.map((s) => s.id)).toEqual(['000002', '000001']);
      expect(r.lines.filter((l) => /\/d /.test(l)).map((l) => l.split(' ')[0])).toEqual(['2/d', '1/d']);
      expect(await readApplied(db, repo.services[0]!)).toEqual([]);
      expect((await db.query<{ t: string | null }>(`SELECT to_regclass('a_svc.t')::text AS t`)).rows[0]!.t).toBeNull();
    });
  });

  it('four concurrent runs apply each migration exactly once', async () => {
    const slow: MiniMigration = { id: '000003', name: 'slow', up: 'SELECT pg_sleep(0.3);\nINSERT INTO a_svc.t (id) VALUES (3);\n', meta: { depends_on: ['000002'] } };
    const repo = miniRepo([{ name: 'a-svc', migrations: [m1, m2, slow] }]);
    await withTempDatabase(async (url) => {
      const dbs = await Promise.all([0, 1, 2, 3].map(() => openDatabase(url)));
      try {
        const results = await Promise.all(dbs.map((db) => up(repo, db)));
        for (const r of results) {
          expect(r.failed).toBeUndefined();
          expect(r.refused).toBeUndefined();
        }
        // The slow migration holds the lock long enough for the others to queue behind it.
        expect(results.some((r) => r.lines.some((l) => l.startsWith('waiting for another svc-migrate run on a-svc')))).toBe(true);
        const applied = results.flatMap((r) => r.applied.map((a) => a.id)).sort();
        expect(applied).toEqual(['000001', '000002', '000003']);
        const attempts = await readAttempts(dbs[0]!, repo.services[0]!);
        expect(attempts.filter((a) => a.success).map((a) => a.migrationId).sort()).toEqual(['000001', '000002', '000003']);
        expect(attempts.filter((a) => !a.success)).toEqual([]);
      } finally {
        await Promise.all(dbs.map((d) => d.close()));
      }
    });
  });

  it('refuses a dirty service until force, naming the exact command', async () => {
    const repo = miniRepo([{ name: 'a-svc', migrations: [m1, { id: '000002', name: 'idx', up: 'CREATE INDEX CONCURRENTLY t_idx ON a_svc.t (id);\nSELECT * FROM a_svc.missing;\n', meta: { depends_on: ['000001'] } }] }]);
    await withDb(async (db) => {
      const r = await up(repo, db);
      expect(r.failed?.id).toBe('000002');
      const service = repo.services[0]!;
      expect((await readApplied(db, service)).find((x) => x.version === '000002')?.dirty).toBe(true);
      const again = await up(repo, db);
      expect(again.applied).toEqual([]);
      expect(again.refused).toContain('svc-migrate force --service a-svc --version 000002 --clean');
      const status = await readStatus(repo, 'development', db);
      expect(status.services[0]!.migrations.map((m) => m.state)).toEqual(['applied', 'dirty']);
      expect(status.findings.map((f) => f.rule)).toEqual(['dirty-migration']);

      expect(await withServiceLock(db, 'a-svc', () => forceVersion(db, service, '000002', { environment: 'development' }))).toBe('cleaned');
      const after = await up(repo, db);
      expect(after.refused).toBeUndefined();
      expect(after.lines).toEqual(['no change']);
    });
  });

  it('refuses a service whose applied file changed, until the change is accepted after review', async () => {
    const m2: MiniMigration = { id: '000002', name: 'two', up: 'CREATE TABLE a_svc.two (id int PRIMARY KEY);\n', meta: { depends_on: ['000001'] } };
    const repo = miniRepo([{ name: 'a-svc', migrations: [m1] }]);
    await withDb(async (db) => {
      await up(repo, db);
      writeFileSync(repo.services[0]!.migrations[0]!.up!.abs, m1.up + '-- edited\n');
      const withTwo = miniRepo([{ name: 'a-svc', migrations: [m1, m2] }], repo.root);
      writeFileSync(withTwo.services[0]!.migrations[0]!.up!.abs, m1.up + '-- edited\n');
      const r = await up(withTwo, db);
      expect(r.plan.refusals.map((x) => [x.rule, x.migration])).toEqual([['checksum-mismatch', '000001']]);
      expect(r.refused).toContain('svc-migrate force --service a-svc --version 000001 --accept-checksum');
      expect(r.findings).toEqual([expect.objectContaining({ rule: 'checksum-mismatch', severity: 'warning', migration: '000001' })]);
      expect((await readApplied(db, repo.services[0]!)).map((x) => x.version)).toEqual(['000001']);
      const status = await readStatus(withTwo, 'development', db);
      expect(status.services[0]!.migrations[0]!.checksumChanged).toBe(true);

      const service = withTwo.services[0]!;
      const accept = { environment: 'development', acceptChecksum: true, checksum: checksumOf(readFileSync(service.migrations[0]!.up!.abs)) };
      expect(await forceVersion(db, service, '000001', accept)).toBe('accepted');
      expect(await forceVersion(db, service, '000001', accept)).toBe('unchanged');
      const after = await up(withTwo, db);
      expect(after.refused).toBeUndefined();
      expect(after.applied.map((a) => a.id)).toEqual(['000002']);
    });
  });

  it.each([
    ['require_approval', { require_approval: true }, {}, /requires approval/],
    ['maintenance window (outside)', { maintenance_window_required: true, maintenance_window: { days: ['sat'], start: '02:00', end: '04:00', timezone: 'UTC' } }, { now: new Date('2026-11-25T03:00:00Z') }, /outside the maintenance window/],
    ['maintenance window (none configured)', { maintenance_window_required: true }, {}, /no maintenance_window is configured/],
    ['destructive operation', { allow_destructive_operations: false }, {}, /DROP COLUMN a_svc\.t\.id .*forbids destructive operations in development/],
    ['failed backup', { backup_required: true }, { databaseUrl: 'postgres://postgres@127.0.0.1:1/nowhere' }, /backup failed/],
  ] as [string, Partial<EnvironmentSettings>, Partial<UpOptions>, RegExp][])('refuses before anything runs: %s', async (_name, config, extra, message) => {
    const drop: MiniMigration = { id: '000002', name: 'drop', up: 'ALTER TABLE a_svc.t DROP COLUMN id;\n', meta: { depends_on: ['000001'] } };
    const repo = miniRepo([{ name: 'a-svc', environments: { development: { config } }, migrations: [m1, drop] }]);
    await withDb(async (db) => {
      const r = await up(repo, db, extra);
      expect(r.refused).toMatch(message);
      expect(r.applied).toEqual([]);
      expect(await readApplied(db, repo.services[0]!)).toEqual([]);
    });
  });

  it('where destructive operations are forbidden, still applies a migration that drops only a table it created', async () => {
    const scratch: MiniMigration = {
      id: '000002',
      name: 'scratch',
      up: 'CREATE TABLE a_svc.scratch (id int);\nINSERT INTO a_svc.scratch VALUES (1);\nDROP TABLE a_svc.scratch;\n',
      meta: { depends_on: ['000001'] },
    };
    const repo = miniRepo([{ name: 'a-svc', environments: { development: { config: { allow_destructive_operations: false } } }, migrations: [m1, scratch] }]);
    await withDb(async (db) => {
      const r = await up(repo, db, {});
      expect(r.refused).toBeUndefined();
      expect(r.applied.map((a) => a.id)).toEqual(['000001', '000002']);
    });
  });

  it('runs inside the maintenance window, and with approval', async () => {
    const repo = miniRepo([{ name: 'a-svc', environments: { development: { config: { require_approval: true, maintenance_window_required: true, maintenance_window: { days: ['wed'], start: '23:00', end: '01:00', timezone: 'Europe/Berlin' } } } }, migrations: [m1] }]);
    await withDb(async (db) => {
      // 2026-11-25 is a Wednesday; 22:30 UTC is 23:30 in Berlin.
      const r = await up(repo, db, { approve: true, now: new Date('2026-11-25T22:30:00Z') });
      expect(r.refused).toBeUndefined();
      expect(r.applied.map((a) => a.id)).toEqual(['000001']);
    });
  });

  it('stops on validation errors when skip_validation is false', async () => {
    const repo = miniRepo([{ name: 'a-svc', migrations: [m1] }]);
    await withDb(async (db) => {
      const r = await up(repo, db, { validate: async () => [{ rule: 'sql-syntax', severity: 'error', message: 'bad', service: 'a-svc' }] });
      expect(r.refused).toMatch(/validation found 1 error/);
      expect(r.applied).toEqual([]);
    });
  });

  it('refuses a step whose cross-service dependency is not applied or planned', async () => {
    const repo = miniRepo([
      { name: 'a-svc', migrations: [m1] },
      { name: 'b-svc', migrations: [{ id: '000001', name: 'b', up: 'CREATE SCHEMA b_svc;\n', meta: { cross_service_dependencies: { 'a-svc': ['000001'] } } }] },
    ]);
    await withDb(async (db) => {
      const r = await up(repo, db, { services: ['b-svc'] });
      expect(r.refused).toMatch(/b-svc 000001 cannot run: needs a-svc 000001/);
      const both = await up(repo, db);
      expect(both.applied.map((a) => `${a.service} ${a.id}`)).toEqual(['a-svc 000001', 'b-svc 000001']);
    });
  });

  it('runs hooks with their environment; a failing hook stops the run', async () => {
    const record = join(mkdtempSync(join(tmpdir(), 'svcm-hook-')), 'log');
    const hooks = {
      'pre_migrate.sh': `echo "pre $SVC_MIGRATE_SERVICE $SVC_MIGRATE_MIGRATION $SVC_MIGRATE_ENV $DATABASE_URL" >> ${record}\n`,
      'post_migrate_000001.sh': `echo "post1" >> ${record}\n`,
      'pre_migrate_000002.sh': 'echo "cannot do 2" >&2\nexit 7\n',
    };
    const repo = miniRepo([{ name: 'a-svc', hooks, migrations: [m1, m2] }]);
    await withDb(async (db, url) => {
      const r = await up(repo, db, { databaseUrl: url });
      expect(r.applied.map((a) => a.id)).toEqual(['000001']);
      expect(r.failed?.error).toMatch(/pre_migrate_000002\.sh failed \(exit 7\): cannot do 2/);
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(record, 'utf8').trim().split('\n')).toEqual([
        `pre a-svc 000001 development ${url}`,
        'post1',
        `pre a-svc 000002 development ${url}`,
      ]);
      const skipped = await up(repo, db, { noHooks: true });
      expect(skipped.applied.map((a) => a.id)).toEqual(['000002']);
    });
  });

  it('posts a Slack-compatible message on success and on failure; a dead webhook is only a warning', async () => {
    const bodies: { text: string; blocks: unknown[] }[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        bodies.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const repo = miniRepo([{ name: 'a-svc', migrations: [m1, { id: '000002', name: 'bad', up: 'SELECT nope;\n', meta: { depends_on: ['000001'] } }] }]);
      await withDb(async (db) => {
        const r = await up(repo, db, { processEnv: { SLACK_WEBHOOK_URL: `http://127.0.0.1:${port}/hook` } });
        expect(r.failed?.id).toBe('000002');
        expect(r.warnings).toEqual([]);
        expect(bodies).toHaveLength(1);
        expect(bodies[0]!.text).toMatch(/FAILED in development/);
        expect(bodies[0]!.text).toMatch(/a-svc 000001 init/);
        expect(bodies[0]!.text).toMatch(/a-svc 000002: .*nope/);
        expect(Array.isArray(bodies[0]!.blocks)).toBe(true);
      });
      const ok = miniRepo([{ name: 'a-svc', migrations: [m1] }]);
      await withDb(async (db) => {
        const r = await up(ok, db, { webhook: `http://127.0.0.1:${port}/hook` });
        expect(bodies[1]!.text).toMatch(/1 migration\(s\) applied in development/);
        expect(r.warnings).toEqual([]);
      });
      await withDb(async (db) => {
        const r = await up(ok, db, { webhook: 'http://127.0.0.1:1/dead' });
        expect(r.applied).toHaveLength(1);
        expect(r.warnings[0]).toMatch(/webhook http:\/\/127\.0\.0\.1:1\/… failed/);
      });
    } finally {
      server.close();
    }
  });

  it('never prints the password: unreachable server, wrong password, backup failure', async () => {
    const secret = 'S3cr3t-Pa55';
    const io = () => {
      const out: string[] = [];
      return { out, io: { out: (t: string) => out.push(t), err: (t: string) => out.push(t), color: false, env: {}, cwd: process.cwd() } };
    };
    for (const url of [`postgres://postgres:${secret}@127.0.0.1:1/x`, `postgres://nosuchuser:${secret}@127.0.0.1:5432/nosuchdb`]) {
      const a = io();
      const code = await runCli(['status', '--root', FIXTURES, '--database-url', url], a.io);
      const text = a.out.join('');
      expect(code).toBe(2);
      expect(text).toContain('***');
      expect(text).not.toContain(secret);
    }
    const a = io();
    const code = await runCli(['backup', '--backup-dir', mkdtempSync(join(tmpdir(), 'svcm-bk-')), '--database-url', `postgres://postgres:${secret}@127.0.0.1:1/x`], a.io);
    expect(code).toBe(2);
    expect(a.out.join('')).not.toContain(secret);
  });

  it('the CLI: up, status (awk-friendly), force, backup and restore', async () => {
    await withTempDatabase(async (url) => {
      const out: string[] = [];
      const cliIo = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), color: false, env: {}, cwd: process.cwd() };
      expect(await runCli(['up', '--root', FIXTURES, '--database-url', url, '--no-hooks', '--service', 'user-service'], cliIo)).toBe(0);
      expect(out.join('')).toMatch(/^1\/u create_users \(\d+\.\d{6}ms\)$/m);
      const jsonOut: string[] = [];
      const jsonIo = { ...cliIo, out: (t: string) => jsonOut.push(t), err: () => undefined };
      expect(await runCli(['up', '--root', FIXTURES, '--database-url', url, '--no-hooks', '--format', 'json'], jsonIo)).toBe(0);
      const upJson = JSON.parse(jsonOut.join(''));
      expect(upJson.applied.map((a: { service: string; id: string }) => `${a.service} ${a.id}`).sort()).toEqual([
        'dynamic-service 000001', 'dynamic-service 000002', 'dynamic-service 000003',
        'notification-service 000001', 'notification-service 000002',
      ]);
      expect(upJson.environment).toBe('development');
      out.length = 0;
      expect(await runCli(['up', '--root', FIXTURES, '--database-url', url, '--env', 'production'], cliIo)).toBe(1);
      expect(out.join('')).toMatch(/requires approval \(require_approval\) before applying migrations: run again with --approve/);
      out.length = 0;
      expect(await runCli(['status', '--root', FIXTURES, '--database-url', url], cliIo)).toBe(0);
      // Header and totals lines start with '#' (awk-safe, see src/cli/status-text.ts); the rest is the spec's line.
      const lines = out.join('').trim().split('\n').filter((l) => !l.startsWith('# - '));
      expect(out.join('')).toMatch(/^# - database postgres:\/\/postgres@127\.0\.0\.1:5432\/\S+, environment development$/m);
      for (const l of lines) expect(l).toMatch(/^\d+ \d+ (applied|pending|dirty) \S+ \S+ \S+$/);
      expect(lines.filter((l) => l.includes('pending'))).toEqual([]);
      out.length = 0;
      expect(await runCli(['status', '--root', FIXTURES, '--database-url', url, '--format', 'json', '--env', 'staging'], cliIo)).toBe(0);
      const json = JSON.parse(out.join(''));
      expect(json.services.find((s: { service: string }) => s.service === 'user-service').migrations.map((m: { id: string; state: string }) => `${m.id} ${m.state}`)).toEqual([
        '000001 applied', '000002 applied', '000003 applied', '000004 pending',
      ]);
      out.length = 0;
      expect(await runCli(['force', '--root', FIXTURES, '--database-url', url, '--service', 'user-service', '--version', '000004', '--clean'], cliIo)).toBe(0);
      expect(out.join('')).toMatch(/000004: recorded as applied/);

      const dir = mkdtempSync(join(tmpdir(), 'svcm-bk-'));
      out.length = 0;
      expect(await runCli(['backup', '--database-url', url, '--backup-dir', dir], cliIo)).toBe(0);
      const file = join(dir, readdirSync(dir)[0]!);
      expect(existsSync(file)).toBe(true);
      const db = await openDatabase(url);
      await db.exec('DROP SCHEMA user_service CASCADE');
      await db.close();
      expect(await runCli(['restore', '--root', FIXTURES, '--database-url', url, '--file', file], cliIo)).toBe(0);
      const db2 = await openDatabase(url);
      const r = await db2.query<{ t: string | null }>(`SELECT to_regclass('user_service.users')::text AS t`);
      await db2.close();
      expect(r.rows[0]!.t).toBe('user_service.users');
    });
  });
});
