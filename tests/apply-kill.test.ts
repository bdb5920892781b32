/**
 * A run killed with SIGKILL in the middle of a migration: a transactional migration leaves nothing behind
 * (PostgreSQL rolls the transaction back when the connection dies) and the next `up` simply applies it; a
 * non-transactional one is left dirty and the next `up` refuses with the exact `force` command.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { readApplied } from '../src/apply/tracking.js';
import { miniRepo, type MiniMigration } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');

/** The CLI in ONE process (`node --import tsx`; the `tsx` wrapper would leave a child alive after SIGKILL). */
function cli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; out: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '' } });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const done = new Promise<{ code: number | null; signal: string | null; out: string }>((r) => child.on('close', (code, signal) => r({ code, signal, out })));
  return { child, done };
}

/** Waits until a backend of `dbName` is running pg_sleep (the migration is mid-way). */
async function waitForSleep(admin: Database, dbName: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const r = await admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()`,
      [dbName],
    );
    if (Number(r.rows[0]!.n) > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the migration never started');
}

const cases: [string, MiniMigration, 'untouched' | 'dirty'][] = [
  ['transactional', { id: '000001', name: 'slow', up: 'CREATE SCHEMA k_svc;\nCREATE TABLE k_svc.t (id int);\nSELECT pg_sleep(4);\n' }, 'untouched'],
  ['non-transactional', { id: '000001', name: 'slow_concurrent', up: 'CREATE SCHEMA k_svc;\nCREATE TABLE k_svc.t (id int);\nCREATE INDEX CONCURRENTLY t_id ON k_svc.t (id);\nSELECT pg_sleep(4);\n' }, 'dirty'],
];

describeWithPostgres('up killed with SIGKILL mid-migration', () => {
  it.each(cases)('%s', async (_name, migration, expected) => {
    const repo = miniRepo([{ name: 'k-svc', environments: { development: { config: { skip_validation: true } } }, migrations: [migration] }]);
    await withTempDatabase(async (url, dbName) => {
      const admin = await openDatabase(url);
      try {
        const run = cli(['up', '--root', repo.root, '--database-url', url]);
        await waitForSleep(admin, dbName);
        run.child.kill('SIGKILL');
        expect((await run.done).signal).toBe('SIGKILL');

        // The killed backend ends once PostgreSQL notices the dead client (after pg_sleep returns).
        for (let i = 0; i < 100; i++) {
          const r = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
          if (Number(r.rows[0]!.n) === 0) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        const table = await admin.query<{ t: string | null }>(`SELECT to_regclass('k_svc.t')::text AS t`);
        const rows = await readApplied(admin, repo.services[0]!);
        const next = cli(['up', '--root', repo.root, '--database-url', url]);
        const result = await next.done;
        if (expected === 'untouched') {
          expect(table.rows[0]!.t).toBeNull();
          expect(rows).toEqual([]);
          expect(result.code).toBe(0);
          expect(result.out).toMatch(/^1\/u slow \(\d+\.\d{6}ms\)$/m);
        } else {
          expect(rows).toEqual([expect.objectContaining({ version: '000001', dirty: true })]);
          expect(result.code).toBe(1);
          expect(result.out).toContain('000001 (slow_concurrent) is dirty');
          expect(result.out).toContain('svc-migrate force --service k-svc --version 000001 --clean');
        }
      } finally {
        await admin.close();
      }
    });
  });
});
