import { readFileSync } from 'node:fs';
import path from 'node:path';
import rule, { FEATURES, FUNCTIONS, TYPES } from './unsupported-syntax.js';
import { runRuleTests } from './test-utils.js';

const pg = (pgVersion: number) => ({ pgVersion });
const e = (line: number, column: number, endColumn?: number) => ({ messageId: 'unsupported', line, column, ...(endColumn ? { endColumn } : {}) });

runRuleTests(rule, {
  valid: [
    { name: 'MERGE on 15', code: 'MERGE INTO app.t USING app.s ON t.id = s.id WHEN MATCHED THEN DELETE;', facts: pg(15) },
    { name: 'DETACH PARTITION CONCURRENTLY on 14', code: 'ALTER TABLE app.t DETACH PARTITION app.t_2020 CONCURRENTLY;', facts: pg(14) },
    { name: 'plain DETACH PARTITION on 13', code: 'ALTER TABLE app.t DETACH PARTITION app.t_2020;', facts: pg(13) },
    { name: 'REINDEX CONCURRENTLY on 12', code: 'REINDEX INDEX CONCURRENTLY app.i;', facts: pg(12) },
    { name: 'stored generated columns on 12', code: 'CREATE TABLE app.t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);', facts: pg(12) },
    { name: 'identity columns are older than any supported version', code: 'CREATE TABLE app.t (id bigint GENERATED ALWAYS AS IDENTITY);', facts: pg(10) },
    { name: 'CREATE TABLE (LIKE ...)', code: 'CREATE TABLE app.t (LIKE app.u INCLUDING ALL);', facts: pg(10) },
    { name: 'NOT VALID, EXCLUDE USING and an explicit ENFORCED-free CHECK', code: 'ALTER TABLE app.t ADD CONSTRAINT c CHECK (a > 0) NOT VALID, ADD CONSTRAINT x EXCLUDE USING gist (r WITH &&);', facts: pg(10) },
    { name: 'a table alias called old', code: 'UPDATE app.t AS old SET a = 1 RETURNING old.a;', facts: pg(13) },
    { name: 'a join USING without an alias, and a table alias', code: 'SELECT * FROM app.a JOIN app.b USING (id) JOIN app.c AS c USING (id);', facts: pg(13) },
    { name: 'CTEs without MATERIALIZED', code: 'WITH x AS (SELECT 1) SELECT * FROM x;', facts: pg(10) },
    { name: 'everything on 18', code: 'ALTER TABLE app.t ADD COLUMN v int GENERATED ALWAYS AS (a + 1) VIRTUAL;\nMERGE INTO app.t USING app.s ON true WHEN NOT MATCHED BY SOURCE THEN DELETE RETURNING old.a;', facts: pg(18) },
    { name: 'the default version (15) has MERGE and NULLS NOT DISTINCT', code: 'CREATE UNIQUE INDEX i ON app.t (a) NULLS NOT DISTINCT;\nMERGE INTO app.t USING app.s ON true WHEN MATCHED THEN DELETE;' },
    { name: 'uuidv7(), a subquery without alias and a named NOT NULL on 18', code: 'CREATE TABLE app.t (id uuid DEFAULT uuidv7(), a int);\nSELECT a FROM (SELECT 1 AS a);\nALTER TABLE app.t ADD CONSTRAINT a_nn NOT NULL a;', facts: pg(18) },
    { name: 'a column NOT NULL, named or not, on 10', code: 'CREATE TABLE app.t (a int NOT NULL, b int CONSTRAINT b_nn NOT NULL);\nALTER TABLE app.t ALTER COLUMN a SET NOT NULL;', facts: pg(10) },
    { name: 'a subquery with an alias, and a function in FROM without one', code: 'SELECT * FROM (SELECT 1) AS s, generate_series(1, 2);', facts: pg(13) },
    { name: 'gen_random_uuid() on 13, ANY_VALUE on 16', code: 'CREATE TABLE app.t (id uuid DEFAULT gen_random_uuid());\nSELECT any_value(a) FROM app.t;', facts: pg(16) },
    { name: "the project's own schema-qualified uuidv7()", code: 'CREATE TABLE app.t (id uuid DEFAULT app.uuidv7());', facts: pg(15) },
    { name: 'multirange types on 14', code: 'CREATE TABLE app.t (r int4multirange, x xid8);', facts: pg(14) },
    { name: 'JSON constructors on 16', code: 'SELECT JSON_OBJECT(\'a\': 1), JSON_ARRAY(1, 2), x IS JSON FROM app.t;', facts: pg(16) },
  ],
  invalid: [
    { name: 'uuidv7() on 15 (the default)', code: 'CREATE TABLE app.t (id uuid DEFAULT uuidv7());', errors: [e(1, 37, 45)] },
    { name: 'pg_catalog.uuidv7() on 17', code: 'SELECT pg_catalog.uuidv7();', facts: pg(17), errors: [e(1, 8, 27)] },
    { name: 'gen_random_uuid() on 12', code: 'CREATE TABLE app.t (id uuid DEFAULT gen_random_uuid());', facts: pg(12), errors: [e(1, 37, 54)] },
    { name: 'ANY_VALUE on 15', code: 'SELECT a, ANY_VALUE(b) FROM app.t GROUP BY a;', facts: pg(15), errors: [e(1, 11, 23)] },
    { name: 'a subquery in FROM without alias on 15', code: 'SELECT a FROM (SELECT 1 AS a);', facts: pg(15), errors: [e(1, 15, 16)] },
    { name: 'VALUES in FROM without alias on 15: at the subquery, not the row', code: 'SELECT * FROM (VALUES (1), (2));', facts: pg(15), errors: [e(1, 15, 16)] },
    { name: 'a NOT NULL table constraint by name on 17', code: 'ALTER TABLE app.t ADD CONSTRAINT c NOT NULL col;', facts: pg(17), errors: [e(1, 36, 44)] },
    { name: 'multirange and xid8 on 12, in a column and a cast', code: 'CREATE TABLE app.t (r datemultirange, x xid8);\nSELECT NULL::int8multirange;', facts: pg(12), errors: [e(1, 23, 37), e(1, 41, 45), e(2, 14, 28)] },
    { name: 'JSON_TABLE on 16', code: "SELECT * FROM JSON_TABLE('[1]', '$[*]' COLUMNS (v int PATH '$')) AS jt;", facts: pg(16), errors: [e(1, 15, 65)] },
    { name: 'MERGE on 14', code: 'MERGE INTO app.t USING app.s ON t.id = s.id WHEN MATCHED THEN DELETE;', facts: pg(14), errors: [e(1, 1, 11)] },
    {
      name: 'DETACH PARTITION CONCURRENTLY on 13, and FINALIZE',
      code: 'ALTER TABLE app.t DETACH PARTITION app.t_2020 CONCURRENTLY;\nALTER TABLE app.t DETACH PARTITION app.t_2020 FINALIZE;',
      facts: pg(13),
      errors: [e(1, 47, 59), e(2, 47, 55)],
    },
    { name: 'REINDEX CONCURRENTLY on 11', code: 'REINDEX TABLE CONCURRENTLY app.t;', facts: pg(11), errors: [e(1, 15, 27)] },
    { name: 'REINDEX (TABLESPACE) on 13', code: 'REINDEX (TABLESPACE fast) TABLE app.t;', facts: pg(13), errors: [e(1, 10, 20)] },
    {
      name: 'NULLS NOT DISTINCT on 14, in an index and in a constraint',
      code: 'CREATE UNIQUE INDEX i ON app.t (a) NULLS NOT DISTINCT;\nALTER TABLE app.t ADD CONSTRAINT u UNIQUE NULLS NOT DISTINCT (b);',
      facts: pg(14),
      errors: [e(1, 36, 54), e(2, 43, 61)],
    },
    {
      name: 'generated columns on 11',
      code: 'CREATE TABLE app.t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);',
      facts: pg(11),
      errors: [e(1, 34, 53)],
    },
    {
      name: 'a virtual generated column (no STORED) before 18',
      code: 'ALTER TABLE app.t ADD COLUMN v int GENERATED ALWAYS AS (a + 1) VIRTUAL;\nALTER TABLE app.t ADD COLUMN w int GENERATED ALWAYS AS (a + 2);',
      facts: pg(17),
      errors: [e(1, 36, 55), e(2, 36, 55)],
    },
    {
      name: 'CREATE OR REPLACE TRIGGER on 13',
      code: 'CREATE OR REPLACE TRIGGER tr AFTER INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.f();',
      facts: pg(13),
      errors: [e(1, 1, 26)],
    },
    { name: 'SET ACCESS METHOD on 14', code: 'ALTER TABLE app.t SET ACCESS METHOD heap;', facts: pg(14), errors: [e(1, 19, 36)] },
    {
      name: 'SQL/JSON: constructors and IS JSON on 15, JSON_TABLE and JSON_VALUE on 16',
      code: "SELECT JSON_OBJECT('a': 1), x IS NOT JSON OBJECT FROM app.t;\nSELECT JSON_VALUE(j, '$.a') FROM app.t, JSON_TABLE(j, '$[*]' COLUMNS (a int PATH '$.a')) jt;",
      facts: pg(15),
      errors: [e(1, 8, 27), e(1, 31, 42), e(2, 8, 28), e(2, 41, 89)],
    },
    {
      name: 'JSON_TABLE on 16 (constructors are fine)',
      code: "SELECT JSON_ARRAYAGG(a) FROM JSON_TABLE(j, '$[*]' COLUMNS (a int PATH '$.a')) jt;",
      facts: pg(16),
      errors: [e(1, 30, 78)],
    },
    {
      name: 'MERGE ... RETURNING and WHEN NOT MATCHED BY SOURCE on 16',
      code: 'MERGE INTO app.t USING app.s ON t.id = s.id\n  WHEN NOT MATCHED BY SOURCE THEN DELETE\n  RETURNING t.id;',
      facts: pg(16),
      errors: [e(2, 8, 29), e(3, 3, 12)],
    },
    {
      name: 'only MERGE itself on 14, not its newer clauses as well',
      code: 'MERGE INTO app.t USING app.s ON true WHEN NOT MATCHED BY SOURCE THEN DELETE RETURNING t.id;',
      facts: pg(14),
      errors: [e(1, 1, 11)],
    },
    {
      name: 'RETURNING old and new on 17',
      code: 'UPDATE app.t SET a = 1 RETURNING old.a, new.a;\nINSERT INTO app.t VALUES (1) RETURNING WITH (OLD AS o) o.a;',
      facts: pg(17),
      errors: [e(1, 34, 39), e(1, 41, 46), e(2, 46, 49)],
    },
    {
      name: 'NOT ENFORCED and temporal keys on 17',
      code: 'ALTER TABLE app.t ADD CONSTRAINT c CHECK (a > 0) NOT ENFORCED, ADD CONSTRAINT p PRIMARY KEY (id, valid WITHOUT OVERLAPS);\nCREATE TABLE app.u (a int REFERENCES app.t NOT ENFORCED);',
      facts: pg(17),
      errors: [e(1, 50, 62), e(1, 104, 120), e(2, 44, 47)],
    },
    {
      name: 'ALTER COLUMN SET EXPRESSION on 16, DROP EXPRESSION on 12',
      code: 'ALTER TABLE app.t ALTER COLUMN b SET EXPRESSION AS (a * 3);\nALTER TABLE app.t ALTER COLUMN b DROP EXPRESSION;',
      facts: pg(12),
      errors: [e(1, 34, 48), e(2, 34, 49)],
    },
    {
      name: 'what 14 added, on 13',
      code: [
        'CREATE FUNCTION app.f() RETURNS int LANGUAGE sql RETURN 1;',
        'CREATE TABLE app.t (a text COMPRESSION lz4);',
        'SELECT a FROM app.t GROUP BY DISTINCT a;',
        'SELECT * FROM app.a JOIN app.b USING (id) AS j;',
        'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) CYCLE n SET c USING p SELECT * FROM r;',
      ].join('\n'),
      facts: pg(13),
      errors: [e(1, 50, 56), e(2, 28, 39), e(3, 21, 38), e(4, 43, 47), e(5, 65, 70)],
    },
    {
      name: 'what 12 and 13 added, on 11',
      code: [
        'WITH x AS MATERIALIZED (SELECT 1) SELECT * FROM x;',
        "COPY app.t FROM '/tmp/t.csv' WHERE a > 0;",
        'CREATE TABLE app.t (a int) USING heap;',
        'SELECT * FROM app.t ORDER BY a FETCH FIRST 1 ROWS WITH TIES;',
      ].join('\n'),
      facts: pg(11),
      errors: [e(1, 11, 23), e(2, 30, 35), e(3, 28, 33), e(4, 51, 60)],
    },
    {
      name: 'what 11 added, on 10',
      code: [
        'CREATE PROCEDURE app.p() LANGUAGE sql AS $$ SELECT 1 $$;',
        'CALL app.p();',
        'CREATE INDEX i ON app.t (a) INCLUDE (b);',
        'CREATE TABLE app.h (a int) PARTITION BY HASH (a);',
        'CREATE TABLE app.d PARTITION OF app.l DEFAULT;',
      ].join('\n'),
      facts: pg(10),
      errors: [e(1, 8, 17), e(2, 1, 5), e(3, 29, 36), e(4, 28, 45), e(5, 39, 46)],
    },
    {
      name: 'inside a DO block and a function body, and in down migrations',
      code: 'DO $$ BEGIN\n  MERGE INTO app.t USING app.s ON true WHEN MATCHED THEN DELETE;\nEND $$;\nCREATE FUNCTION app.f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  REINDEX TABLE CONCURRENTLY app.t;\nEND $$;',
      facts: { pgVersion: 11, direction: 'down' },
      errors: [e(2, 3, 13), e(6, 17, 29)],
    },
  ],
});

describe('unsupported-syntax features', () => {
  const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/rules/unsupported-syntax.md'), 'utf8');

  it('lists every feature with its version on the rule page', () => {
    const missing = Object.values(FEATURES).filter((f) => !doc.includes(`| ${f.name} | ${f.since} |`));
    expect(missing).toEqual([]);
  });

  it('lists every function and type with its version on the rule page', () => {
    const row = (since: number) => doc.split('\n').find((l) => l.startsWith(`| ${since} |`)) ?? '';
    expect(Object.entries(FUNCTIONS).filter(([name, since]) => !row(since).includes(`\`${name}\``))).toEqual([]);
    expect(Object.entries(TYPES).filter(([name, since]) => !doc.includes(`\`${name}\``) || !doc.includes(`(${since})`))).toEqual([]);
  });
});
