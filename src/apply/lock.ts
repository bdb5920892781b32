/**
 * A per-service advisory lock, held for the whole run of that service, so that two `up` runs at once (two CI
 * jobs, a deploy and a laptop) never apply one migration twice: the second waits, then sees the first's rows.
 *
 * The key is a 64-bit number from SHA-256 of `svc-migrate:<service>`, stable across PostgreSQL versions (unlike
 * `hashtext`, which is internal). Session-level lock: it survives the per-migration transactions and is freed
 * by PostgreSQL when the connection dies (a killed run never leaves it behind).
 *
 * Waiting never holds a snapshot: a blocked `SELECT pg_advisory_lock()` is a running statement with a snapshot,
 * and `CREATE INDEX CONCURRENTLY` in the run holding the lock waits for every such snapshot to go away — a
 * deadlock. So the waiter polls `pg_try_advisory_lock`, idle between tries.
 *
 * PGlite is a single process with one connection: no one else can run at the same time, so the lock is a
 * no-op there.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from './db/types.js';

/** The advisory lock key of a service, as a signed 64-bit decimal string. */
export function lockKey(service: string): string {
  const digest = createHash('sha256').update(`svc-migrate:${service}`).digest();
  return digest.readBigInt64BE(0).toString();
}

/** Polling: fast at first (most waits are short), then at most once a second; the wait is re-reported this often. */
const FIRST_POLL_MS = 50;
const MAX_POLL_MS = 1000;
const REPORT_EVERY_MS = 30_000;

async function tryLock(db: Database, key: string): Promise<boolean> {
  const got = await db.query<{ ok: boolean }>('SELECT pg_catalog.pg_try_advisory_lock($1::bigint) AS ok', [key]);
  return got.rows[0]?.ok === true;
}

/** Takes one service's lock, polling while another run holds it; `onWait` hears when and how long it waits. */
async function acquire(db: Database, service: string, onWait?: (message: string) => void): Promise<void> {
  const key = lockKey(service);
  if (await tryLock(db, key)) return;
  const started = Date.now();
  onWait?.(`waiting for another svc-migrate run on ${service} to finish (advisory lock ${key})`);
  let pause = FIRST_POLL_MS;
  let reported = started;
  for (;;) {
    await sleep(pause);
    if (await tryLock(db, key)) {
      onWait?.(`got the lock of ${service} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
      return;
    }
    pause = Math.min(pause * 2, MAX_POLL_MS);
    if (Date.now() - reported >= REPORT_EVERY_MS) {
      reported = Date.now();
      onWait?.(`still waiting for the lock of ${service} (${Math.round((reported - started) / 1000)}s so far)`);
    }
  }
}

/**
 * Runs `fn` holding the advisory locks of every service named (taken in name order, so that two runs wanting
 * overlapping sets cannot wait for each other); the locks are released even when `fn` throws. When another run
 * holds one, `onWait` is told before this one waits.
 */
export async function withServiceLocks<T>(db: Database, services: readonly string[], fn: () => Promise<T>, onWait?: (message: string) => void): Promise<T> {
  if (db.kind === 'pglite') return fn();
  const names = [...new Set(services)].sort();
  let held: string[] = [];
  try {
    // One round trip when nobody else is running (the usual case, with many services).
    held = await tryAll(db, names);
    if (held.length < names.length) {
      // Someone holds one: give all back and wait in name order, or two runs could each hold what the other polls for.
      await unlockAll(db, held);
      held = [];
      for (const name of names) {
        await acquire(db, name, onWait);
        held.push(name);
      }
    }
    return await fn();
  } finally {
    await unlockAll(db, held).catch(() => undefined);
  }
}

/** Tries every lock at once (never waits); returns the services whose lock was taken. */
async function tryAll(db: Database, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const r = await db.query<{ i: string; ok: boolean }>(
    'SELECT k.i::text AS i, pg_catalog.pg_try_advisory_lock(k.key::bigint) AS ok FROM pg_catalog.unnest($1::text[]) WITH ORDINALITY AS k(key, i)',
    [names.map(lockKey)],
  );
  return r.rows.filter((row) => row.ok).map((row) => names[Number(row.i) - 1]!);
}

async function unlockAll(db: Database, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await db.query('SELECT pg_catalog.pg_advisory_unlock(key::bigint) FROM pg_catalog.unnest($1::text[]) AS key', [names.map(lockKey)]);
}

/** Runs `fn` holding one service's advisory lock (see `withServiceLocks`). */
export function withServiceLock<T>(db: Database, service: string, fn: () => Promise<T>, onWait?: (message: string) => void): Promise<T> {
  return withServiceLocks(db, [service], fn, onWait);
}

/**
 * True when another session holds the service's lock: a run is in progress, so a dirty row may be the
 * migration it is running right now, not one left behind. Never waits (and never takes the lock for long).
 */
export async function lockHeldElsewhere(db: Database, service: string): Promise<boolean> {
  if (db.kind === 'pglite') return false;
  const key = lockKey(service);
  if (!(await tryLock(db, key))) return true;
  await db.query('SELECT pg_catalog.pg_advisory_unlock($1::bigint)', [key]);
  return false;
}

/** What a reader says of a dirty migration while another run holds the service's lock: it is being applied. */
export function inProgressMessage(service: string, row: { version: string; name?: string | null }): string {
  return (
    `${service}: migration ${row.version}${row.name ? ` (${row.name})` : ''} is in progress: another svc-migrate run ` +
    `holds the lock of ${service} and is applying it outside a transaction. Wait for that run to finish, then look again.`
  );
}
