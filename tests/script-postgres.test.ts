/**
 * The one-round-trip migration script against the real server: literals read back exactly (also with
 * standard_conforming_strings off, as a migration file may set it), and awkward file endings still run.
 */
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { quoteLiteral } from '../src/apply/literal.js';
import { runUp } from '../src/apply/run.js';
import { migrationScript } from '../src/apply/script.js';
import { ensureTracking, readApplied, readAttempts, trackingTables } from '../src/apply/tracking.js';
import { miniRepo } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  return withTempDatabase(async (url) => {
    const db = await openDatabase(url);
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  });
}

const awkward = ["o'brien", "''", 'back\\slash', "\\'", 'é — 日本語 ✅', 'line\nbreak', '$$x$$', "'); DROP TABLE x; --"];

describeWithPostgres('migration scripts on PostgreSQL', () => {
  it.each(['on', 'off'])('literals read back exactly with standard_conforming_strings %s', async (setting) => {
    await withDb(async (db) => {
      await db.exec(`SET standard_conforming_strings = ${setting}`);
      for (const v of awkward) {
        const r = await db.query<{ v: string }>(`SELECT ${quoteLiteral(v)}::text AS v`);
        expect(r.rows[0]!.v).toBe(v);
      }
    });
  });

  it.each([
    ['no final semicolon', 'CREATE TABLE t1 (id int)'],
    ['a final comment without newline', 'CREATE TABLE t1 (id int); -- the end'],
    ['a setting that changes string syntax', "SET standard_conforming_strings = off;\nCREATE TABLE t1 (id int);"],
  ])('a file with %s applies and is recorded', async (_label, sql) => {
    await withDb(async (db) => {
      const service = { snake: 'x_svc' };
      await ensureTracking(db, service);
      const s = migrationScript({ tables: trackingTables(service), direction: 'up', version: '000001', name: "it's", environment: 'dev\\x', checksum: 'c', sql });
      await db.exec(s.text);
      const rows = await readApplied(db, service);
      expect(rows.map((r) => [r.version, r.name, r.environment, r.dirty])).toEqual([['000001', "it's", 'dev\\x', false]]);
      expect(rows[0]!.executionTimeMs).toBeGreaterThanOrEqual(0);
      const attempts = await readAttempts(db, service);
      expect(attempts.map((a) => [a.migrationId, a.direction, a.success])).toEqual([['000001', 'up', true]]);
      await db.query('SELECT 1 FROM t1');
    });
  });

  it.each([
    ['a failing statement', 'CREATE TABLE half (id int);\nSELECT * FROM nope;\n', /relation "nope" does not exist/, [2, 15]],
    ['a syntax error', 'CREATE TABLE half (id int);\nCREATE TABLE oops (;\n', /syntax error at or near ";"/, [2, 20]],
    ['a failing statement after multi-byte text', "-- café ☕\nCREATE TABLE half (id int);\nSELECT * FROM nope;\n", /relation "nope" does not exist/, [3, 15]],
  ])('%s: nothing remains, the failed attempt is logged, the position is in the file', async (_label, up, message, [line, column]) => {
    const repo = miniRepo([{ name: 'p-svc', environments: { development: { config: { skip_validation: true } } }, migrations: [{ id: '000001', name: 'bad', up }] }]);
    await withDb(async (db) => {
      const r = await runUp({ repo, env: 'development', db, out: () => undefined, noHooks: true });
      expect(r.failed?.id).toBe('000001');
      expect(r.failed!.error).toMatch(message);
      expect(r.failed).toMatchObject({ file: 'services/p-svc/migrations/common/000001_bad.up.sql', line, column });
      expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'migration-failed', severity: 'error', line, column }));
      expect((await db.query<{ t: string | null }>(`SELECT to_regclass('half')::text AS t`)).rows[0]!.t).toBeNull();
      const service = repo.services[0]!;
      expect(await readApplied(db, service)).toEqual([]);
      const attempts = await readAttempts(db, service);
      expect(attempts.map((a) => [a.migrationId, a.success])).toEqual([['000001', false]]);
      expect(attempts[0]!.error).toMatch(message);
      expect(attempts[0]!.error).toContain(`(line ${line}, column ${column})`);
    });
  });

  it('a failing statement outside a transaction is located from its own start, with DETAIL', async () => {
    const up = "CREATE TABLE d (s text);\nINSERT INTO d VALUES ('pending'), ('pending');\nCREATE UNIQUE INDEX CONCURRENTLY d_s ON d (s);\nSELECT * FROM\n  nope;\n";
    const repo = miniRepo([{ name: 'p-svc', environments: { development: { config: { skip_validation: true } } }, migrations: [{ id: '000001', name: 'bad', up }] }]);
    await withDb(async (db) => {
      const r = await runUp({ repo, env: 'development', db, out: () => undefined, noHooks: true });
      expect(r.failed?.error).toMatch(/could not create unique index "d_s"/);
      expect(r.failed?.detail).toBe('Key (s)=(pending) is duplicated.');
      const again = miniRepo([{ name: 'q-svc', environments: { development: { config: { skip_validation: true } } }, migrations: [{ id: '000001', name: 'bad', up: up.replace("('pending'), ('pending')", "('pending')").replace(/\bd\b/g, 'e').replace('d_s', 'e_s') }] }]);
      const r2 = await runUp({ repo: again, env: 'development', db, out: () => undefined, noHooks: true });
      expect(r2.failed).toMatchObject({ line: 5, column: 3 });
    });
  });
});
