import { ensureParser, parseSql } from './parser.js';
import { destructiveOperations, isCreatedIn, isTransactional, tablesCreated, tablesWritten } from './facts.js';

beforeAll(async () => {
  await ensureParser();
});

const one = (sql: string) => {
  const parsed = parseSql(sql);
  expect(parsed.error).toBeUndefined();
  return { parsed, stmt: parsed.statements[0]! };
};

describe('isTransactional', () => {
  it.each([
    ['CREATE INDEX CONCURRENTLY i ON s.t (a)', false],
    ['CREATE INDEX i ON s.t (a)', true],
    ['DROP INDEX CONCURRENTLY s.i', false],
    ['DROP INDEX s.i', true],
    ['REINDEX INDEX CONCURRENTLY s.i', false],
    ['REINDEX INDEX s.i', true],
    ['REINDEX (CONCURRENTLY false) INDEX s.i', true],
    ['REINDEX (CONCURRENTLY) INDEX s.i', false],
    ['VACUUM s.t', false],
    ['ANALYZE s.t', true],
    ['CREATE DATABASE d', false],
    ['DROP DATABASE d', false],
    ["CREATE TABLESPACE ts LOCATION '/x'", false],
    ['DROP TABLESPACE ts', false],
    ["ALTER SYSTEM SET work_mem = '64MB'", false],
    ['ALTER TABLE s.p DETACH PARTITION s.c CONCURRENTLY', false],
    ['ALTER TABLE s.p DETACH PARTITION s.c', true],
    ['CLUSTER', false],
    ['CLUSTER s.t USING i', true],
    ['BEGIN', false],
    ['COMMIT', false],
    ['CREATE TABLE s.t (a int)', true],
  ])('%s -> %s', (sql, expected) => {
    expect(isTransactional(one(sql).stmt, 15)).toBe(expected);
  });

  it('ALTER TYPE ... ADD VALUE depends on the version', () => {
    const { stmt } = one("ALTER TYPE s.mood ADD VALUE 'meh'");
    expect(isTransactional(stmt, 11)).toBe(false);
    expect(isTransactional(stmt, 12)).toBe(true);
    expect(isTransactional(one("ALTER TYPE s.mood RENAME VALUE 'a' TO 'b'").stmt, 11)).toBe(true);
  });
});

describe('destructiveOperations', () => {
  const ops = (sql: string) => {
    const { parsed, stmt } = one(sql);
    return destructiveOperations(stmt, parsed).map((o) => `${o.kind} ${o.target} ${parsed.lines.slice(o.start, o.end)}`);
  };

  it('finds drops, truncates and deletes with narrow ranges', () => {
    expect(ops('DROP TABLE IF EXISTS s.a, "B"')).toEqual(['drop-table s.a s.a', 'drop-table "B" "B"']);
    expect(ops('DROP SCHEMA legacy CASCADE')).toEqual(['drop-schema legacy legacy']);
    expect(ops('DROP DATABASE old')).toEqual(['drop-database old old']);
    expect(ops('ALTER TABLE s.t DROP COLUMN a, ADD COLUMN b int, DROP c')).toEqual(['drop-column s.t.a DROP COLUMN a', 'drop-column s.t.c DROP c']);
    expect(ops('ALTER TABLE s.t\n  DROP CONSTRAINT fk_a,\n  DROP COLUMN a')).toEqual(['drop-column s.t.a DROP COLUMN a']);
    expect(ops('ALTER TABLE s.t DROP COLUMN IF EXISTS "Mixed"')).toEqual(['drop-column s.t."Mixed" DROP COLUMN IF EXISTS "Mixed"']);
    expect(ops('TRUNCATE s.a, s.b')).toEqual(['truncate s.a s.a', 'truncate s.b s.b']);
    expect(ops('DELETE FROM s.a WHERE id = 1')).toEqual(['delete s.a DELETE FROM s.a WHERE id = 1']);
    expect(ops('WITH d AS (DELETE FROM s.a RETURNING *) SELECT 1')).toHaveLength(1);
  });

  it('does not count what destroys no data', () => {
    expect(ops('DROP INDEX s.i')).toEqual([]);
    expect(ops('DROP FUNCTION s.f()')).toEqual([]);
    expect(ops('DROP VIEW s.v')).toEqual([]);
    expect(ops('ALTER TABLE s.t DROP CONSTRAINT c')).toEqual([]);
  });

  it('works without the parsed file (ranges are then the statement)', () => {
    const { stmt } = one('DROP TABLE s.a');
    expect(destructiveOperations(stmt)).toEqual([{ kind: 'drop-table', names: ['s', 'a'], target: 's.a', table: { schema: 's', name: 'a' }, start: stmt.start, end: stmt.end }]);
  });

  it('keeps quoted names exact: "Users" is another table than users', () => {
    const named = (sql: string) => destructiveOperations(one(sql).stmt).map((o) => [o.target, o.names, o.table]);
    expect(named('TRUNCATE s."Users"')).toEqual([['s."Users"', ['s', 'Users'], { schema: 's', name: 'Users' }]]);
    expect(named('ALTER TABLE S.T DROP COLUMN "Bio"')).toEqual([['s.t."Bio"', ['s', 't', 'Bio'], { schema: 's', name: 't' }]]);
    expect(named('DROP TABLE s."a.b"')).toEqual([['s."a.b"', ['s', 'a.b'], { schema: 's', name: 'a.b' }]]);
  });

  it('names the table whose rows it destroys (not for a schema or a database)', () => {
    const tables = (sql: string) => destructiveOperations(one(sql).stmt).map((o) => o.table);
    expect(tables('DROP TABLE s.a, b')).toEqual([{ schema: 's', name: 'a' }, { name: 'b' }]);
    expect(tables('ALTER TABLE s.t DROP COLUMN c')).toEqual([{ schema: 's', name: 't' }]);
    expect(tables('TRUNCATE t')).toEqual([{ name: 't' }]);
    expect(tables('DROP SCHEMA s')).toEqual([undefined]);
  });
});

describe('tablesWritten', () => {
  it.each([
    ['CREATE TABLE s.t (a int)', ['s.t']],
    ['CREATE TEMP TABLE t (a int)', []],
    ['ALTER TABLE s.t ADD COLUMN b int', ['s.t']],
    ['ALTER TABLE "S"."T" ADD COLUMN b int', ['S.T']],
    ['ALTER TABLE S.T ADD COLUMN b int', ['s.t']],
    ['CREATE TRIGGER tr AFTER INSERT ON svc_a."Users" FOR EACH ROW EXECUTE FUNCTION s.f()', ['svc_a.Users']],
    ['DROP TABLE s."Old", s.old', ['s.Old', 's.old']],
    ['DROP TABLE s.a, b', ['s.a', 'b']],
    ['CREATE INDEX CONCURRENTLY i ON s.t (a)', ['s.t']],
    ['CREATE TRIGGER tr AFTER INSERT ON s.t FOR EACH ROW EXECUTE FUNCTION s.f()', ['s.t']],
    ['DROP TRIGGER tr ON s.t', ['s.t']],
    ["COMMENT ON TABLE s.t IS 'x'", ['s.t']],
    ["COMMENT ON COLUMN s.t.c IS 'x'", ['s.t']],
    ['ALTER TABLE s.t RENAME COLUMN a TO b', ['s.t']],
    ['ALTER TABLE s.t RENAME TO u', ['s.t']],
    ['ALTER TABLE s.t SET SCHEMA o', ['s.t']],
    ['CREATE POLICY p ON s.t USING (true)', ['s.t']],
    ['INSERT INTO s.t SELECT * FROM s.u', ['s.t']],
    ['UPDATE s.t SET a = 1 FROM s.u WHERE true', ['s.t']],
    ['DELETE FROM s.t USING s.u WHERE true', ['s.t']],
    ['TRUNCATE s.a, s.b', ['s.a', 's.b']],
    ["COPY s.t FROM '/tmp/x'", ['s.t']],
    ["COPY s.t TO '/tmp/x'", []],
    ['WITH x AS (INSERT INTO s.a VALUES (1) RETURNING 1) UPDATE s.b SET c = 1 WHERE true', ['s.b', 's.a']],
    ['SELECT * INTO s.copy FROM s.t', ['s.copy']],
    ['CREATE TABLE s.c AS SELECT * FROM s.t', ['s.c']],
    ['GRANT SELECT ON s.t TO r', []],
    ['LOCK TABLE s.t', []],
    ['VACUUM s.t', []],
    ['SELECT * FROM s.t', []],
    ['CREATE VIEW s.v AS SELECT * FROM s.t', []],
    // A DML target is a table even when a CTE has its name; names read in FROM (CTEs or tables) are not writes.
    ['WITH x AS (SELECT 1 AS id) INSERT INTO x SELECT * FROM x', ['x']],
    ['WITH x AS (SELECT 1 AS id) UPDATE s.t SET a = 1 FROM x', ['s.t']],
    ['WITH x AS (SELECT 1 AS id) DELETE FROM x', ['x']],
    ['WITH x AS (SELECT 1 AS id) MERGE INTO s.t USING x ON true WHEN MATCHED THEN DELETE', ['s.t']],
    ['WITH x AS (SELECT 1 AS id) SELECT * FROM x', []],
  ])('%s', (sql, expected) => {
    expect(tablesWritten(one(sql).stmt).sort()).toEqual([...expected].sort());
  });

  it('qualifies bare names with a default schema when given', () => {
    expect(tablesWritten(one('INSERT INTO t VALUES (1)').stmt, 'user_service')).toEqual(['user_service.t']);
  });
});

describe('tablesCreated / isCreatedIn', () => {
  it('reads CREATE TABLE, CREATE TABLE AS and temp tables', () => {
    expect(tablesCreated(one('CREATE TABLE s.t (a int)').stmt)).toEqual([{ name: { schema: 's', name: 't' }, temporary: false }]);
    expect(tablesCreated(one('CREATE TEMP TABLE x (a int)').stmt)[0]?.temporary).toBe(true);
  });

  it('matches bare names either way, qualified ones exactly', () => {
    expect(isCreatedIn(new Set(['s.t']), { schema: 's', name: 't' })).toBe(true);
    expect(isCreatedIn(new Set(['s.t']), { name: 't' })).toBe(true);
    expect(isCreatedIn(new Set(['t']), { schema: 's', name: 't' })).toBe(true);
    expect(isCreatedIn(new Set(['o.t']), { schema: 's', name: 't' })).toBe(false);
  });

  it('keeps quoted names exact: "Users" is not users', () => {
    expect(tablesCreated(one('CREATE TABLE s."Users" (a int)').stmt)).toEqual([{ name: { schema: 's', name: 'Users' }, temporary: false }]);
    expect(isCreatedIn(new Set(['s.Users']), { schema: 's', name: 'users' })).toBe(false);
    expect(isCreatedIn(new Set(['s.Users']), { name: 'Users' })).toBe(true);
    expect(isCreatedIn(new Set(['s.users']), { schema: 's', name: 'Users' })).toBe(false);
  });
});
