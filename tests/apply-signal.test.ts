/**
 * SIGINT / SIGTERM during `up` on the real server (spec section 4): the running statement is cancelled, the
 * attempt is recorded, a non-transactional migration is left dirty, the failure webhook is sent, the run says
 * where it stopped and what to do, and exits 130 / 143. Before, SIGINT exited 130 silently.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { readApplied, readAttempts } from '../src/apply/tracking.js';
import { miniRepo, type MiniMigration } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');

/** The CLI in one process, so that the signal reaches svc-migrate itself. */
function cli(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '', ...env } });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const done = new Promise<{ code: number | null; out: string }>((r) => child.on('close', (code) => r({ code, out })));
  return { child, done };
}

async function waitForSleep(admin: Database, dbName: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const r = await admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%' AND state = 'active' AND pid <> pg_backend_pid()`,
      [dbName],
    );
    if (Number(r.rows[0]!.n) > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the migration never started');
}

/** A webhook receiver on loopback; resolves the bodies it got. */
async function webhookServer() {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, bodies, close: () => new Promise((r) => server.close(r)) };
}

const cases: [string, NodeJS.Signals, number, MiniMigration, 'rolled back' | 'dirty'][] = [
  ['transactional, SIGINT', 'SIGINT', 130, { id: '000002', name: 'slow', up: 'CREATE TABLE s_svc.t (id int);\nSELECT pg_sleep(30);\n' }, 'rolled back'],
  [
    'non-transactional, SIGTERM',
    'SIGTERM',
    143,
    { id: '000002', name: 'slow_concurrent', up: 'CREATE TABLE s_svc.t (id int);\nCREATE INDEX CONCURRENTLY t_id ON s_svc.t (id);\nSELECT pg_sleep(30);\n' },
    'dirty',
  ],
];

describeWithPostgres('up interrupted by a signal mid-migration', () => {
  it.each(cases)('%s', async (_name, signal, exitCode, slow, expected) => {
    const repo = miniRepo([
      {
        name: 's-svc',
        environments: { development: { config: { skip_validation: true } } },
        migrations: [{ id: '000001', name: 'schema', up: 'CREATE SCHEMA s_svc;\n' }, { ...slow, meta: { depends_on: ['000001'] } }, { id: '000003', name: 'after', up: 'CREATE TABLE s_svc.after (id int);\n', meta: { depends_on: ['000002'] } }],
      },
    ]);
    const hook = await webhookServer();
    try {
      await withTempDatabase(async (url, dbName) => {
        const admin = await openDatabase(url);
        try {
          const started = Date.now();
          const run = cli(['up', '--root', repo.root, '--database-url', url], { SVC_MIGRATE_WEBHOOK_URL: hook.url });
          await waitForSleep(admin, dbName);
          run.child.kill(signal);
          const result = await run.done;
          expect(Date.now() - started).toBeLessThan(25_000); // the 30 s statement was cancelled, not waited for
          expect(result.code).toBe(exitCode);
          expect(result.out).toContain(`${signal} received: cancelling the running statement`);
          expect(result.out).toContain(`interrupted by ${signal} in s-svc 000002 (${slow.name}); this run applied 1 migration(s) before it.`);

          const service = repo.services[0]!;
          const rows = await readApplied(admin, service);
          const attempts = await readAttempts(admin, service);
          expect(attempts.find((a) => a.migrationId === '000002')).toEqual(expect.objectContaining({ success: false, error: expect.stringContaining('canceling statement due to user request') }));
          if (expected === 'rolled back') {
            expect(rows.map((r) => [r.version, r.dirty])).toEqual([['000001', false]]);
            expect((await admin.query<{ t: string | null }>(`SELECT to_regclass('s_svc.t')::text AS t`)).rows[0]!.t).toBeNull();
            expect(result.out).toContain('PostgreSQL rolled its transaction back, so nothing of 000002 remains: run svc-migrate up again');
          } else {
            expect(rows.map((r) => [r.version, r.dirty])).toEqual([['000001', false], ['000002', true]]);
            expect(result.out).toContain('000002 runs outside a transaction and is left dirty');
            // The statement it was running when cancelled: pg_sleep, on line 3.
            expect(result.out).toContain('  in services/s-svc/migrations/common/000002_slow_concurrent.up.sql:3:1\n');
            expect(result.out).toContain('svc-migrate force --service s-svc --version 000002 --clean (finished) or --remove (undone)');
          }
          expect(rows.some((r) => r.version === '000003')).toBe(false);
          expect(hook.bodies).toHaveLength(1);
          expect(hook.bodies[0]).toContain('migration FAILED');
          expect(hook.bodies[0]).toContain('canceling statement due to user request');
        } finally {
          await admin.close();
        }
      });
    } finally {
      await hook.close();
    }
  });
});

describeWithPostgres('check --apply interrupted by SIGINT', () => {
  test('stops like up: rolled back, said, exit 130', async () => {
    const repo = miniRepo([
      {
        name: 's-svc',
        environments: { development: { config: { skip_validation: true } } },
        migrations: [{ id: '000001', name: 'slow', up: 'CREATE SCHEMA s_svc;\nSELECT pg_sleep(30);\n' }],
      },
    ]);
    await withTempDatabase(async (url, dbName) => {
      const admin = await openDatabase(url);
      try {
        const run = cli(['check', '--apply', '--root', repo.root, '--database-url', url], {});
        await waitForSleep(admin, dbName);
        run.child.kill('SIGINT');
        const result = await run.done;
        expect(result.code).toBe(130);
        expect(result.out).toContain('interrupted by SIGINT in s-svc 000001 (slow); this run applied 0 migration(s) before it.');
        expect(await readApplied(admin, repo.services[0]!)).toEqual([]);
      } finally {
        await admin.close();
      }
    });
  });
});

test('on the embedded database the migration in progress finishes and the run stops before the next one', async () => {
  const repo = miniRepo([
    {
      name: 'e-svc',
      environments: { development: { config: { skip_validation: true } } },
      migrations: [
        { id: '000001', name: 'slow', up: 'CREATE SCHEMA e_svc;\nSELECT pg_sleep(5);\n' },
        { id: '000002', name: 'next', up: 'CREATE TABLE e_svc.t (id int);\n', meta: { depends_on: ['000001'] } },
      ],
    },
  ]);
  const run = cli(['up', '--root', repo.root], {});
  // PGlite holds the thread while it sleeps; the signal is taken once it returns.
  const started = new Promise<void>((resolve) => run.child.stderr.on('data', (c) => String(c).includes('database:') && resolve()));
  await started;
  await new Promise((r) => setTimeout(r, 2000));
  run.child.kill('SIGINT');
  const result = await run.done;
  expect(result.code).toBe(130);
  expect(result.out).toMatch(/^1\/u slow /m);
  expect(result.out).not.toMatch(/^2\/u next/m);
  expect(result.out).toContain('interrupted by SIGINT before e-svc 000002 (next); this run applied 1 migration(s) before it. 000002 did not start');
}, 60_000);
