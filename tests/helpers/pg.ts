/**
 * Throwaway databases on the real PostgreSQL server of the test machine (127.0.0.1:5432, user postgres).
 * Each test gets `svcm_test_<random>`, dropped after with `WITH (FORCE)` (PG 13+), so tests never see each
 * other's tables. When the server does not answer: under CI the tests FAIL (a missing server must not pass
 * silently); elsewhere they are skipped with a loud warning.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The admin connection; override with SVC_MIGRATE_TEST_PG_URL. */
export const ADMIN_URL = process.env.SVC_MIGRATE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let available: Promise<boolean> | undefined;

/** True when the server answers (checked once per test file). */
export function postgresAvailable(): Promise<boolean> {
  available ??= (async () => {
    const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await c.end().catch(() => undefined);
    }
  })();
  return available;
}

/** The URL of database `name` on the test server. */
export function urlFor(name: string, base = ADMIN_URL): string {
  const u = new URL(base);
  u.pathname = '/' + name;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export interface TempDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database; `drop()` removes it even while connections are open. */
export async function createTempDatabase(): Promise<TempDatabase> {
  const name = `svcm_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: urlFor(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs `fn` with a fresh database's URL and drops the database after, whatever happens. */
export async function withTempDatabase<T>(fn: (url: string, name: string) => Promise<T>): Promise<T> {
  const db = await createTempDatabase();
  try {
    return await fn(db.url, db.name);
  } finally {
    await db.drop();
  }
}

/**
 * `describe` for tests that need the server. No server: FAIL under CI, else skip with a warning.
 * Decided at collection time with a synchronous probe result, so Jest can mark the block skipped.
 */
export function describeWithPostgres(name: string, fn: () => void): void {
  if (serverAnswers) {
    describe(name, fn);
  } else if (process.env.CI) {
    describe(name, () => {
      it('needs the PostgreSQL server', () => {
        throw new Error(`PostgreSQL at ${ADMIN_URL} does not answer, and CI is set: start the server (tests/helpers/pg.ts).`);
      });
    });
  } else {
    console.warn(`\n*** SKIPPING "${name}": PostgreSQL at ${ADMIN_URL} does not answer (set CI=1 to make this fail). ***\n`);
    describe.skip(name, fn);
  }
}

// Top-level await (ESM): probe once when the test file loads, so describeWithPostgres can choose synchronously.
const serverAnswers = await postgresAvailable();
