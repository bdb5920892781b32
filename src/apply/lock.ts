/**
 * A per-service advisory lock, held for the whole run of that service, so that two `up` runs at once (two CI
 * jobs, a deploy and a laptop) never apply one migration twice: the second waits, then sees the first's rows.
 *
 * The key is a 64-bit number from SHA-256 of `svc-migrate:<service>`, stable across PostgreSQL versions (unlike
 * `hashtext`, which is internal). Session-level lock: it survives the per-migration transactions and is freed
 * by PostgreSQL when the connection dies (a killed run never leaves it behind).
 *
 * PGlite is a single process with one connection: no one else can run at the same time, so the lock is a
 * no-op there.
 */
import { createHash } from 'node:crypto';
import type { Database } from './db/types.js';

/** The advisory lock key of a service, as a signed 64-bit decimal string. */
export function lockKey(service: string): string {
  const digest = createHash('sha256').update(`svc-migrate:${service}`).digest();
  return digest.readBigInt64BE(0).toString();
}

/**
 * Runs `fn` holding the service's advisory lock; the lock is released even when `fn` throws. When another run
 * holds it, `onWait` is told once before this one blocks.
 */
export async function withServiceLock<T>(db: Database, service: string, fn: () => Promise<T>, onWait?: (message: string) => void): Promise<T> {
  if (db.kind === 'pglite') return fn();
  const key = lockKey(service);
  const got = await db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [key]);
  if (got.rows[0]?.ok !== true) {
    onWait?.(`waiting for another svc-migrate run on ${service} to finish (advisory lock ${key})`);
    await db.query('SELECT pg_advisory_lock($1::bigint)', [key]);
  }
  try {
    return await fn();
  } finally {
    await db.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
  }
}
