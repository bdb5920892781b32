/**
 * The apply path in golang-migrate's shape, against the real server: a transactional migration is BEGIN, the file,
 * its tracking row, COMMIT (each its own round trip, so nothing in the file can reach the tracking statements);
 * awkward files still run and are recorded; a failure leaves nothing, logs the attempt and says where in the file.
 */
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { runUp } from '../src/apply/run.js';
import { readApplied, readAttempts } from '../src/apply/tracking.js';
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

const repoOf = (up: string) =>
  miniRepo([{ name: 'p-svc', environments: { development: { config: { skip_validation: true } } }, migrations: [{ id: '000001', name: "it's", up }] }]);

describeWithPostgres('the apply path', () => {
  it.each([
    ['no final semicolon', 'CREATE TABLE t1 (id int)'],
    ['a final comment without newline', 'CREATE TABLE t1 (id int); -- the end'],
    ['a setting that changes string syntax', "SET standard_conforming_strings = off;\nCREATE TABLE t1 (id int);"],
  ])('a file with %s applies and is recorded', async (_label, sql) => {
    const repo = repoOf(sql);
    await withDb(async (db) => {
      const r = await runUp({ repo, env: 'development', db, out: () => undefined, noHooks: true });
      expect([r.failed, r.refused]).toEqual([undefined, undefined]);
      const service = repo.services[0]!;
      const rows = await readApplied(db, service);
      expect(rows.map((x) => [x.version, x.name, x.environment, x.dirty])).toEqual([['000001', "it's", 'development', false]]);
      const attempts = await readAttempts(db, service);
      expect(attempts.map((a) => [a.migrationId, a.direction, a.success])).toEqual([['000001', 'up', true]]);
      await db.query('SELECT 1 FROM t1');
    });
  });

  it.each([
    ['a failing statement', 'CREATE TABLE half (id int);\nSELECT * FROM nope;\n', /relation "nope" does not exist \(at character 43\)/],
    ['a syntax error', 'CREATE TABLE half (id int);\nCREATE TABLE oops (;\n', /syntax error at or near ";" \(at character 48\)/],
    ['an unclosed quote', "CREATE TABLE half (id int);\nSELECT 'unclosed;\n", /unterminated quoted string/],
  ])('%s: nothing remains, the failed attempt is logged, the position is in the file', async (_label, up, message) => {
    const repo = repoOf(up);
    await withDb(async (db) => {
      const r = await runUp({ repo, env: 'development', db, out: () => undefined, noHooks: true });
      expect(r.failed?.id).toBe('000001');
      expect(r.failed!.error).toMatch(message);
      expect((await db.query<{ t: string | null }>(`SELECT to_regclass('half')::text AS t`)).rows[0]!.t).toBeNull();
      const service = repo.services[0]!;
      expect(await readApplied(db, service)).toEqual([]);
      const attempts = await readAttempts(db, service);
      expect(attempts.map((a) => [a.migrationId, a.success])).toEqual([['000001', false]]);
      expect(attempts[0]!.error).toMatch(message);
    });
  });
});
