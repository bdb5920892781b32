/**
 * Issue #12 against the real server: auto_rollback_on_failure goes through the data-loss check, never runs over
 * a dirty service and keeps the lock from the failure to the rollback; concurrent runs of a migration with
 * CREATE INDEX CONCURRENTLY neither deadlock nor leave anything dirty; a reader that sees a migration in progress
 * says so and does not advise `force`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { runUp, type UpOptions, type UpResult } from '../src/apply/run.js';
import { readStatus } from '../src/apply/status.js';
import { readApplied, readTrackedRows } from '../src/apply/tracking.js';
import type { Repo } from '../src/repo/types.js';
import { UsageError } from '../src/core/types.js';
import { runRollback } from '../src/apply/rollback.js';
import { cli } from './helpers/cli.js';
import { waitForBackend } from './helpers/faults.js';
import { miniRepo, type MiniMigration } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const autoRollback = { development: { config: { auto_rollback_on_failure: true, skip_validation: true } } };

function up(repo: Repo, db: Database, extra: Partial<UpOptions> = {}): Promise<UpResult & { lines: string[] }> {
  const lines: string[] = [];
  return runUp({ repo, env: 'development', db, out: (l) => lines.push(l), backupDir: mkdtempSync(join(tmpdir(), 'svcm-bk-')), ...extra }).then((r) => ({
    ...r,
    lines,
  }));
}

async function withDbs<T>(n: number, fn: (dbs: Database[], url: string, name: string) => Promise<T>): Promise<T> {
  return withTempDatabase(async (url, name) => {
    const dbs = await Promise.all(Array.from({ length: n }, () => openDatabase(url)));
    try {
      return await fn(dbs, url, name);
    } finally {
      await Promise.all(dbs.map((d) => d.close()));
    }
  });
}

const count = async (db: Database, sql: string) => (await db.query<{ n: number }>(sql)).rows[0]?.n;

describeWithPostgres('auto_rollback_on_failure', () => {
  it('refuses a down file that would delete pre-existing rows: nothing reverted, the rows stay', () =>
    withDbs(1, async ([db]) => {
      await db!.exec('CREATE TABLE t1 (id int); INSERT INTO t1 SELECT generate_series(1, 100);');
      const repo = miniRepo([
        {
          name: 'a-svc',
          environments: autoRollback,
          migrations: [
            { id: '000001', name: 'seed', up: 'INSERT INTO t1 VALUES (101);\n', down: 'DELETE FROM t1;\n' },
            { id: '000002', name: 'boom', up: 'SELECT 1/0;\n', down: 'SELECT 1;\n', meta: { depends_on: ['000001'] } },
          ],
        },
      ]);
      const r = await up(repo, db!);
      expect(r.failed?.id).toBe('000002');
      expect(r.rolledBack).toEqual([]);
      expect(r.warnings.join('\n')).toMatch(/auto-rollback refused, nothing was reverted: the down files would destroy data: a-svc 000001 deletes 101 rows from public\.t1/);
      expect(await count(db!, 'SELECT count(*)::int AS n FROM t1')).toBe(101);
      expect((await readApplied(db!, repo.services[0]!)).map((x) => x.version)).toEqual(['000001']);
    }));

  it('never reverts over a dirty service', () =>
    withDbs(1, async ([db]) => {
      const repo = miniRepo([
        {
          name: 'a-svc',
          environments: autoRollback,
          migrations: [
            { id: '000001', name: 'init', up: 'CREATE TABLE t (id int);\n', down: 'DROP TABLE t;\n' },
            { id: '000002', name: 'idx', up: 'CREATE INDEX CONCURRENTLY t_idx ON t (id);\nSELECT * FROM missing;\n', down: 'DROP INDEX t_idx;\n', meta: { depends_on: ['000001'] } },
          ],
        },
      ]);
      const r = await up(repo, db!);
      expect(r.failed?.id).toBe('000002');
      expect(r.rolledBack).toEqual([]);
      expect(r.warnings.join('\n')).toMatch(/auto-rollback refused, nothing was reverted: a-svc 000002 is dirty/);
      const rows = await readTrackedRows(db!, repo.services[0]!);
      expect(rows.map((x) => [x.version, x.dirty])).toEqual([['000001', false], ['000002', true]]);
      expect(await count(db!, `SELECT count(*)::int AS n FROM pg_class WHERE relname = 't'`)).toBe(1);
    }));

  it('keeps the lock from the failure to the rollback: a waiting run plans only after, and applies everything itself', () =>
    withDbs(2, async ([first, second], _url, dbName) => {
      const base: MiniMigration[] = [
        { id: '000001', name: 'a', up: 'CREATE TABLE a (id int);\n', down: 'DROP TABLE a;\n' },
        { id: '000002', name: 'b', up: 'CREATE TABLE b (id int);\n', down: 'DROP TABLE b;\n', meta: { depends_on: ['000001'] } },
      ];
      const failing = miniRepo([
        {
          name: 'a-svc',
          environments: autoRollback,
          migrations: [...base, { id: '000003', name: 'c', up: 'SELECT pg_sleep(1.5);\nSELECT 1/0;\n', down: 'SELECT 1;\n', meta: { depends_on: ['000002'] } }],
        },
      ]);
      const fixed = miniRepo([
        {
          name: 'a-svc',
          environments: autoRollback,
          migrations: [
            ...base,
            { id: '000003', name: 'c', up: 'CREATE TABLE c (id int);\n', down: 'DROP TABLE c;\n', meta: { depends_on: ['000002'] } },
            { id: '000004', name: 'd', up: 'CREATE TABLE d (id int);\n', down: 'DROP TABLE d;\n', meta: { depends_on: ['000003'] } },
          ],
        },
      ]);
      const running = up(failing, first!);
      await waitForBackend(second!, dbName, '%pg_sleep(1.5)%');
      const waiting = up(fixed, second!);
      const [r1, r2] = await Promise.all([running, waiting]);
      expect(r1.failed?.id).toBe('000003');
      expect(r1.rolledBack?.map((s) => s.id)).toEqual(['000002', '000001']);
      expect(r2.lines.some((l) => l.startsWith('waiting for another svc-migrate run on a-svc'))).toBe(true);
      expect(r2.failed ?? r2.refused).toBeUndefined();
      expect(r2.applied.map((s) => s.id)).toEqual(['000001', '000002', '000003', '000004']);
      expect((await readTrackedRows(first!, fixed.services[0]!)).map((x) => [x.version, x.dirty])).toEqual([
        ['000001', false], ['000002', false], ['000003', false], ['000004', false],
      ]);
      expect(await count(first!, `SELECT count(*)::int AS n FROM pg_class WHERE relname IN ('a', 'b', 'c', 'd') AND relkind = 'r'`)).toBe(4);
    }));
});

describeWithPostgres('CREATE INDEX CONCURRENTLY with concurrent runs', () => {
  const repo = miniRepo([
    {
      name: 'cic-svc',
      environments: { development: { config: { skip_validation: true } } },
      migrations: [
        { id: '000001', name: 'init', up: 'CREATE TABLE t (id int, v text);\nINSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 20000) g;\n' },
        // The sleep keeps the index build running while the other runs wait for the lock.
        { id: '000002', name: 'idx', up: 'SELECT pg_sleep(0.3);\nCREATE INDEX CONCURRENTLY t_v_idx ON t (v);\n', meta: { depends_on: ['000001'] } },
        { id: '000003', name: 'idx2', up: 'CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n', meta: { depends_on: ['000002'] } },
      ],
    },
  ]);

  it.each([2, 2, 2, 5, 5, 5])('%i runs at once: no deadlock, each migration applied once, nothing dirty, indexes valid', (runs) =>
    withDbs(runs, async (dbs) => {
      const results = await Promise.all(dbs.map((db) => up(repo, db)));
      for (const r of results) {
        expect(r.failed).toBeUndefined();
        expect(r.refused).toBeUndefined();
      }
      expect(results.flatMap((r) => r.applied.map((a) => a.id)).sort()).toEqual(['000001', '000002', '000003']);
      expect(results.some((r) => r.lines.some((l) => l.startsWith('waiting for another svc-migrate run on cic-svc')))).toBe(true);
      const rows = await readTrackedRows(dbs[0]!, repo.services[0]!);
      expect(rows.map((x) => [x.version, x.dirty])).toEqual([['000001', false], ['000002', false], ['000003', false]]);
      expect(await count(dbs[0]!, `SELECT count(*)::int AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname IN ('t_v_idx', 't_id_idx') AND i.indisvalid`)).toBe(2);
    }),
  );

  it('a reader that sees the migration in progress says so and does not advise force', () =>
    withDbs(2, async ([runner, reader], _url, dbName) => {
      const slow = miniRepo([
        {
          name: 'cic-svc',
          environments: { development: { config: { skip_validation: true } } },
          migrations: [
            { id: '000001', name: 'init', up: 'CREATE TABLE t (id int);\n' },
            { id: '000002', name: 'idx', up: 'CREATE INDEX CONCURRENTLY t_idx ON t (id);\nSELECT pg_sleep(2);\n', meta: { depends_on: ['000001'] } },
          ],
        },
      ]);
      const running = up(slow, runner!);
      await waitForBackend(reader!, dbName, '%pg_sleep(2)%');
      const status = await readStatus(slow, 'development', reader!);
      const dirty = status.findings.filter((f) => f.rule === 'dirty-migration');
      expect(dirty.map((f) => [f.severity, f.message])).toEqual([
        ['warning', expect.stringMatching(/^cic-svc: migration 000002 \(idx\) is in progress: another svc-migrate run holds the lock of cic-svc/)],
      ]);
      const dry = await up(slow, reader!, { dryRun: true });
      expect(dry.refused).toMatch(/is in progress/);
      expect(dry.refused).not.toMatch(/force/);
      const r = await running;
      expect(r.failed).toBeUndefined();
      expect((await readStatus(slow, 'development', reader!)).findings.filter((f) => f.rule === 'dirty-migration')).toEqual([]);
    }));
});

describeWithPostgres('hooks that hang, files that vanish', () => {
  it('a hook that never exits stops the run after the timeout (flag, then svc-migrate.json); the lock is released', () =>
    withTempDatabase(async (url) => {
      const repo = miniRepo([
        {
          name: 'h-svc',
          environments: { development: { config: { skip_validation: true } } },
          migrations: [{ id: '000001', name: 'init', up: 'CREATE TABLE h (id int);\n' }],
          hooks: { 'pre_migrate.sh': 'sleep 600\n' },
        },
      ]);
      const args = ['up', '--root', repo.root, '--database-url', url];
      let started = Date.now();
      const flagged = await cli([...args, '--hook-timeout', '1']);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(flagged.code).toBe(1);
      expect(flagged.stderr).toMatch(/pre_migrate\.sh failed: it did not finish within 1s \(--hook-timeout, or hook_timeout_seconds in svc-migrate\.json\) and was stopped/);
      expect(flagged.stderr).not.toMatch(/internal error/);

      writeFileSync(join(repo.root, 'svc-migrate.json'), JSON.stringify({ hook_timeout_seconds: 1 }));
      started = Date.now();
      const configured = await cli(args);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(configured.code).toBe(1);
      expect(configured.stderr).toMatch(/did not finish within 1s/);

      expect((await cli([...args, '--hook-timeout', 'soon'])).stderr).toMatch(/--hook-timeout soon is not a positive number of seconds/);
      // Nothing applied, and the lock is free: the next run (without hooks) applies at once.
      const ok = await cli([...args, '--no-hooks']);
      expect(ok.stdout).not.toMatch(/waiting for another/);
      expect(ok.stdout).toMatch(/^1\/u init /m);
    }));

  it('an up or down file that vanished or cannot be read is said as such, naming it; nothing runs', () =>
    withDbs(1, async ([db]) => {
      const repo = miniRepo([
        {
          name: 'f-svc',
          migrations: [
            { id: '000001', name: 'a', up: 'CREATE TABLE a (id int);\n', down: 'DROP TABLE a;\n' },
            { id: '000002', name: 'b', up: 'CREATE TABLE b (id int);\n', down: 'DROP TABLE b;\n', meta: { depends_on: ['000001'] } },
          ],
        },
      ]);
      const service = repo.services[0]!;
      rmSync(service.migrations[1]!.up!.abs);
      await expect(up(repo, db!)).rejects.toThrow(new UsageError('Cannot read services/f-svc/migrations/common/000002_b.up.sql: it vanished after the repository was read. Nothing of it was run; fix the file and run the command again.'));
      expect(await readApplied(db!, service)).toEqual([]);

      writeFileSync(service.migrations[1]!.up!.abs, 'CREATE TABLE b (id int);\n');
      expect((await up(repo, db!)).applied.map((a) => a.id)).toEqual(['000001', '000002']);
      rmSync(service.migrations[1]!.down!.abs);
      mkdirSync(service.migrations[1]!.down!.abs);
      const rollback = runRollback({ repo, env: 'development', db: db!, selection: { service: 'f-svc', steps: 1 }, force: false, out: () => undefined });
      await expect(rollback).rejects.toThrow(/^Cannot read services\/f-svc\/migrations\/common\/000002_b\.down\.sql: it is a directory\./);
      expect((await readApplied(db!, service)).map((r) => r.version)).toEqual(['000001', '000002']);
    }));
});

describeWithPostgres('a down file that cannot run in a transaction', () => {
  it('is refused without --force (nothing runs); with --force it runs on its own, after the checked ones', () =>
    withDbs(1, async ([db]) => {
      const repo = miniRepo([
        {
          name: 'n-svc',
          migrations: [
            { id: '000001', name: 'init', up: 'CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n', down: 'DROP TABLE t;\n' },
            { id: '000002', name: 'idx', up: 'CREATE INDEX CONCURRENTLY t_idx ON t (id);\n', down: 'DROP INDEX CONCURRENTLY t_idx;\n', meta: { depends_on: ['000001'] } },
            { id: '000003', name: 'col', up: 'ALTER TABLE t ADD COLUMN note text;\n', down: 'ALTER TABLE t DROP COLUMN note;\n', meta: { depends_on: ['000002'] } },
          ],
        },
      ]);
      expect((await up(repo, db!)).failed).toBeUndefined();
      const service = repo.services[0]!;
      const rollback = (force: boolean) =>
        runRollback({ repo, env: 'development', db: db!, selection: { service: 'n-svc', to: '000001' }, force, out: () => undefined });
      const refused = await rollback(false);
      expect(refused.refused).toBe(true);
      expect(refused.refusals.map((r) => r.message)).toEqual([
        'n-svc 000002 idx: services/n-svc/migrations/common/000002_idx.down.sql cannot run in a transaction (CONCURRENTLY, DROP DATABASE, transaction control...), so what it destroys cannot be checked before it is done; use --force to roll back anyway.',
      ]);
      expect((await readApplied(db!, service)).map((r) => r.version)).toEqual(['000001', '000002', '000003']);

      const forced = await rollback(true);
      expect(forced.failed).toBeUndefined();
      expect(forced.rolledBack.map((s) => s.id)).toEqual(['000003', '000002']);
      expect((await readTrackedRows(db!, service)).map((r) => [r.version, r.dirty])).toEqual([['000001', false]]);
      expect(await count(db!, `SELECT count(*)::int AS n FROM pg_class WHERE relname = 't_idx'`)).toBe(0);
    }));
});
