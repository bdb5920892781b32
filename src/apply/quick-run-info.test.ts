import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { quickRunInfo } from './quick-run-info.js';
import { analyzeFile } from './run.js';

const sure = { transactional: true, parsed: true };

describe('quickRunInfo', () => {
  it.each([
    ['CREATE TABLE s.t (id int);', sure],
    ['CREATE TABLE s.t (id int)', sure],
    ['-- only a comment', sure],
    ['', sure],
    ["INSERT INTO s.t VALUES ('it''s');", sure],
    ['CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$;', sure],
    ['CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $body$ BEGIN END $body$;', sure],
    ['/* BEGIN /* nested */ VACUUM */ SELECT 1;', sure],
    ['SELECT "database", "end" FROM s.t;', sure],
    ['SELECT a$b$c FROM s.t;', sure],
    // A word that a non-transactional statement needs: the parser decides.
    ['CREATE INDEX CONCURRENTLY i ON s.t (id);', undefined],
    ['BEGIN;\nCREATE TABLE s.t (id int);\nCOMMIT;', undefined],
    ['vacuum s.t;', undefined],
    ['SELECT CASE WHEN true THEN 1 END;', sure],
    ['UPDATE s.t SET a = CASE WHEN b THEN 1 ELSE 2 END;\n-- x\n/* y */ end;', undefined],
    ['SELECT 1; /* c */ -- d\n  Commit;', undefined],
    ['START TRANSACTION;', undefined],
    ['CREATE TABLE s.t (id int); ROLLBACK', undefined],
    ['CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END;', undefined],
    ['CREATE DATABASE x;', undefined],
    ['ALTER SYSTEM SET work_mem = 1;', undefined],
    // Unclosed, or escapes whose reading depends on settings: the parser decides.
    ["SELECT 'abc", undefined],
    ['SELECT "abc', undefined],
    ['SELECT $$abc', undefined],
    ['/* never closed', undefined],
    ['SELECT $1$$abc', undefined],
    ['SELECT 1$$abc', undefined],
    ["SELECT E'\\'';", undefined],
    ["SELECT 'a\\';", undefined],
  ])('%j', (sql, expected) => {
    expect(quickRunInfo(sql, 15)).toEqual(expected);
  });

  it('leaves pg_version below 12 to the parser (ALTER TYPE ... ADD VALUE)', () => {
    expect(quickRunInfo("ALTER TYPE s.e ADD VALUE 'x';", 11)).toBeUndefined();
  });

  // Where it answers, it must agree with the parser, on every real-world migration file.
  it('agrees with the parser on the corpus', async () => {
    const root = join(process.cwd(), '..', 'shared', 'corpus');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.sql')) files.push(p);
      }
    };
    try {
      walk(root);
    } catch {
      return; // no corpus beside the checkout
    }
    expect(files.length).toBeGreaterThan(100);
    let answered = 0;
    for (const file of files) {
      const sql = readFileSync(file, 'utf8');
      const quick = quickRunInfo(sql, 15);
      if (!quick) continue;
      answered++;
      const full = await analyzeFile(sql, 15);
      expect({ file, transactional: full.transactional }).toEqual({ file, transactional: quick.transactional });
    }
    expect(answered).toBeGreaterThan(0);
  });
});
