/**
 * Helpers for the fault tests (tests/faults-*.test.ts): find the tool's backend while a migration is running,
 * and run a separate throwaway PostgreSQL cluster that a test may stop and start (the shared server on 5432
 * is never stopped or reconfigured: jest runs test files in parallel).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../../src/apply/db/types.js';

/**
 * Waits until a backend of database `dbName` (other than `admin`'s own) runs a query matching `like`
 * (`%pg_sleep%`) and returns its pid. Throws after `timeoutMs`. With `idleToo`, a backend whose last query
 * matched counts while idle too (a run polling for a lock is idle between its tries).
 */
export async function waitForBackend(admin: Database, dbName: string, like: string, timeoutMs = 30_000, idleToo = false): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE $2 AND (state = 'active' OR $3) AND pid <> pg_backend_pid()`,
      [dbName, like, idleToo],
    );
    if (r.rows.length > 0) return r.rows[0]!.pid;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`no backend of ${dbName} ran a query like ${like} within ${timeoutMs} ms`);
}

/** Waits until no other backend is connected to `dbName` (a terminated or finished run has really gone). */
export async function waitForNoBackends(admin: Database, dbName: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
    if (Number(r.rows[0]!.n) === 0) return;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`backends of ${dbName} are still connected after ${timeoutMs} ms`);
}

/** The bin folder of the newest installed PostgreSQL (`/usr/lib/postgresql/<v>/bin`), or undefined. */
export function postgresBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(base, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

/** A private cluster: `initdb` into a temp dir owned by the `postgres` OS user, trust auth, on its own port. */
export interface ScratchCluster {
  port: number;
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  adminUrl: string;
  dataDir: string;
  start(): void;
  /** `pg_ctl stop -m immediate` (like a crash or a pulled plug: no shutdown checkpoint). */
  stopImmediate(): void;
  /** Stops (if running) and deletes the data directory. Safe to call twice. */
  destroy(): void;
}

/**
 * Why a scratch cluster cannot run here (no initdb; root without a `postgres` OS user to run it as), or
 * undefined when it can. initdb refuses to run as root, so root runs it as `postgres`; anyone else as themselves.
 */
export function scratchClusterProblem(): string | undefined {
  if (!postgresBinDir()) return 'no /usr/lib/postgresql/<version>/bin/initdb';
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root, and there is no "postgres" OS user';
  return undefined;
}

/** Runs a PostgreSQL binary as the `postgres` OS user when we are root (runuser), else as ourselves. */
function asPostgres(bin: string, args: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
}

/** Creates (initdb) and starts a scratch cluster on a free port. */
export async function createScratchCluster(): Promise<ScratchCluster> {
  const bin = postgresBinDir()!;
  const parent = mkdtempSync(join(tmpdir(), 'svcm-cluster-'));
  chmodSync(parent, 0o777);
  const dataDir = join(parent, 'data');
  execFileSync('mkdir', ['-p', dataDir]);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dataDir]);
  asPostgres(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  let port = 0;
  let running = false;
  const start = (): void => {
    asPostgres(join(bin, 'pg_ctl'), [
      '-D', dataDir, '-w', '-t', '60', '-l', join(dataDir, 'server.log'),
      '-o', `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off`, 'start',
    ]);
    running = true;
  };
  for (let attempt = 0; ; attempt++) {
    port = 55433 + Math.floor(Math.random() * 4000);
    try {
      start();
      break;
    } catch (e) {
      if (attempt >= 4) {
        rmSync(parent, { recursive: true, force: true });
        throw e;
      }
    }
  }
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  // pg_ctl -w returns once the server accepts connections; one query makes sure.
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.end();
  return {
    port,
    adminUrl,
    dataDir,
    start,
    stopImmediate() {
      asPostgres(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
    destroy() {
      if (running) {
        try {
          asPostgres(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } catch {
          // already stopped
        }
        running = false;
      }
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
