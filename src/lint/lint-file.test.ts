import { ensureParser } from '../sql/parser.js';
import { lintFile } from './lint-file.js';
import type { LintFileOptions } from './lint-file.js';
import { DEFAULT_FACTS } from '../rules/test-utils.js';
import deleteWithoutWhere from '../rules/delete-without-where.js';
import dropCascade from '../rules/drop-cascade.js';
import updateWithoutWhere from '../rules/update-without-where.js';
import indexNotConcurrent from '../rules/index-not-concurrent.js';
import type { FileFactsInput } from './lint-file.js';

beforeAll(async () => {
  await ensureParser();
});

const rules = [deleteWithoutWhere, dropCascade, updateWithoutWhere, indexNotConcurrent];

function lint(text: string, options: LintFileOptions = {}, facts: Partial<FileFactsInput> = {}) {
  return lintFile({ text, facts: { ...DEFAULT_FACTS, ...facts } }, rules, options);
}

/** `rule@line:column` of every finding, in order. */
function found(text: string, options: LintFileOptions = {}, facts: Partial<FileFactsInput> = {}): string[] {
  return lint(text, options, facts).findings.map((f) => `${f.rule}@${f.line}:${f.column}`);
}

describe('lintFile: parse problems', () => {
  it('reports a syntax error at the parser position, counted in characters after multi-byte text', () => {
    const f = lint("SELECT 'é🎉';\nDROP INDEX x ON t;").findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'sql-syntax', severity: 'error', line: 2, column: 14, file: DEFAULT_FACTS.file, service: 'user-service', migration: '000002' });
  });

  it.each([[''], ['   \n\n'], ['-- only a comment\n/* and another */\n']])('reports an empty migration (%j) as empty-migration, not a syntax error', (text) => {
    expect(found(text)).toEqual(['empty-migration@1:1']);
    expect(lint(text).findings[0]!.severity).toBe('warning');
  });

  it('a PL/pgSQL body PostgreSQL rejects does not stop the other statements', () => {
    const r = found('DO $$ BEGIN FOR r IN SELECT 1 LOOP END LOOP; END $$;\nDELETE FROM s.t;');
    expect(r).toEqual(['plpgsql-syntax@1:22', 'delete-without-where@2:1']);
  });
});

describe('lintFile: PL/pgSQL bodies PostgreSQL rejects', () => {
  /** `severity@line:column-endLine:endColumn` of the plpgsql-syntax findings. */
  const rejected = (text: string) => lint(text).violations.filter((v) => v.finding.rule === 'plpgsql-syntax')
    .map(({ finding: f, messageId }) => `${messageId}:${f.severity}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);

  // Positions are where PostgreSQL itself reports the error (checked against PostgreSQL 18 in PGlite; for an
  // E'' body PostgreSQL gives only the offset in the body, which these map to the file).
  it.each([
    ['a function body without BEGIN/END', 'CREATE FUNCTION app.g() RETURNS int AS $$ SELECT 1 $$ LANGUAGE plpgsql;', 'functionRejected:error@1:43-1:49'],
    ['a misspelt statement in a DO block', 'DO $$ BEGIN\n DELET FROM x;\nEND $$;', 'doRejected:error@2:2-2:7'],
    ['an error inside a SQL statement', 'DO $$ DECLARE a int; BEGIN\n  SELECT a FRM t t;\nEND $$;', 'doRejected:error@2:16-2:17'],
    ['a SQL statement cut short', 'DO $$ BEGIN\n  UPDATE t SET a = 1 WHERE;\n  NULL;\nEND $$;', 'doRejected:error@2:27-2:28'],
    ['an expression cut short', 'CREATE FUNCTION app.f(a int) RETURNS int LANGUAGE plpgsql AS $f$\nBEGIN\n  RETURN a +;\nEND $f$;', 'functionRejected:error@3:13-3:14'],
    ['a missing END IF: at the end of the body', 'DO $$ BEGIN\n  IF true THEN\n    NULL;\nEND $$;', 'doRejected:error@4:5-4:5'],
    ['an unknown variable', 'CREATE PROCEDURE app.p(a int) LANGUAGE plpgsql AS $$\nBEGIN\n  b := a;\nEND $$;', 'functionRejected:error@3:3-3:4'],
    ['multi-byte text before the error', "DO $$ BEGIN RAISE NOTICE 'é😀'; DELET FROM x; END $$;", 'doRejected:error@1:32-1:37'],
    ["a '' body with doubled quotes", "DO 'BEGIN\n  RAISE NOTICE ''é''; DELET FROM x;\nEND';", 'doRejected:error@2:23-2:28'],
    ["an E'' body with escapes", "DO E'BEGIN\\n  RAISE NOTICE \\'é\\'; DELET FROM x;\\nEND';", 'doRejected:error@1:35-1:40'],
    ['a function after SET check_function_bodies = off: info', "SET check_function_bodies = off;\nCREATE FUNCTION app.g() RETURNS int AS $$ SELECT 1 $$ LANGUAGE plpgsql;", 'uncheckedBody:info@2:43-2:49'],
    ['a DO block after SET check_function_bodies = off: still an error', 'SET check_function_bodies TO false;\nDO $$ BEGIN\n DELET FROM x;\nEND $$;', 'doRejected:error@3:2-3:7'],
    ['an error in a function whose parameter type is %TYPE', 'CREATE FUNCTION s.f(x s.t.id%TYPE) RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN x +;\nEND $$;', 'functionRejected:error@3:13-3:14'],
    ['a function after the setting is reset', 'SET check_function_bodies = off;\nRESET check_function_bodies;\nCREATE FUNCTION app.g() RETURNS int AS $$ SELECT 1 $$ LANGUAGE plpgsql;', 'functionRejected:error@3:43-3:49'],
  ])('%s', (_name, text, expected) => {
    expect(rejected(text)).toEqual([expected]);
  });

  it.each([
    ['a body in another language', 'CREATE FUNCTION app.g() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;'],
    ['a valid body', 'DO $$ BEGIN\n DELETE FROM s.x WHERE id = 1;\nEND $$;'],
    // PostgreSQL resolves %TYPE in a signature from the catalog (chef-server's schema); libpg_query alone cannot.
    ['a parameter typed %TYPE', 'CREATE FUNCTION s.f(x s.t.id%TYPE) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;'],
    ['a return type %TYPE', 'CREATE FUNCTION s.f(x int) RETURNS s.t.id%TYPE LANGUAGE plpgsql AS $$ BEGIN RETURN x; END $$;'],
    ['SETOF %TYPE with RETURN NEXT', 'CREATE FUNCTION s.f(x int) RETURNS SETOF s.t.id%TYPE LANGUAGE plpgsql AS $$ BEGIN RETURN NEXT x; END $$;'],
    ['an OUT parameter with quoted multi-byte names', 'CREATE FUNCTION s.f(x int, OUT y "S"."T"."é"%TYPE) LANGUAGE plpgsql AS $$ BEGIN y := x; END $$;'],
  ])('nothing for %s', (_name, text) => {
    expect(rejected(text)).toEqual([]);
  });

  it('keeps the statement range, without parsing again, when the finding is turned off', () => {
    expect(found('DO $$ BEGIN DELET FROM x; END $$;', { severities: { 'plpgsql-syntax': 'off' } })).toEqual([]);
  });

  it('is silenced by an ignore before the statement', () => {
    expect(found('-- svc-migrate-ignore plpgsql-syntax\nDO $$ BEGIN\n DELET FROM x;\nEND $$;')).toEqual([]);
  });
});

describe('lintFile: ignore comments', () => {
  it('silence the named rule on the next statement only', () => {
    expect(found('-- svc-migrate-ignore delete-without-where\nDELETE FROM s.a;\nDELETE FROM s.b;')).toEqual(['delete-without-where@3:1']);
  });

  it('do not silence other rules on that statement', () => {
    expect(found('-- svc-migrate-ignore delete-without-where\nDROP TABLE s.a CASCADE;')).toEqual([
      'ignore-unused@1:23',
      'drop-cascade@2:16',
    ]);
  });

  it('silence several rules listed with commas, and a reason after --', () => {
    const text = '-- svc-migrate-ignore delete-without-where, update-without-where -- reviewed\nWITH d AS (DELETE FROM s.a RETURNING 1) UPDATE s.b SET x = 1;';
    expect(found(text)).toEqual([]);
  });

  it('in a block comment too', () => {
    expect(found('/* svc-migrate-ignore drop-cascade */ DROP TABLE s.a CASCADE;')).toEqual([]);
  });

  it('file-wide ignores silence the rule everywhere in the file and nothing else', () => {
    const text = 'DELETE FROM s.a;\n-- svc-migrate-ignore-file delete-without-where\nDELETE FROM s.b;\nUPDATE s.c SET x = 1;';
    expect(found(text)).toEqual(['update-without-where@4:1']);
  });

  it('a file-wide ignore can silence empty-migration', () => {
    expect(found('-- svc-migrate-ignore-file empty-migration\n-- intentionally empty: the change moved to 000007\n')).toEqual([]);
  });

  it('report an unknown rule id at the id, and still apply the known ones', () => {
    const text = '-- svc-migrate-ignore delete-without-wher, drop-cascade\nDROP TABLE s.a CASCADE;';
    const f = lint(text).findings;
    expect(f.map((x) => `${x.rule}@${x.line}:${x.column}-${x.endColumn}`)).toEqual(['ignore-unknown-rule@1:23-42']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toContain('delete-without-wher');
  });

  it('report an ignore that names no rule, and silence nothing with it', () => {
    expect(found('-- svc-migrate-ignore\nDELETE FROM s.a;')).toEqual(['ignore-unknown-rule@1:1', 'delete-without-where@2:1']);
  });

  it('report an ignore that silenced nothing as info', () => {
    const f = lint('-- svc-migrate-ignore drop-cascade\nDROP TABLE s.a;').findings;
    expect(f.map((x) => `${x.rule}:${x.severity}@${x.line}:${x.column}`)).toEqual(['ignore-unused:info@1:23']);
  });

  it('an ignore at the end of the file with no statement after it silences nothing', () => {
    expect(found('DELETE FROM s.a;\n-- svc-migrate-ignore delete-without-where\n')).toEqual(['delete-without-where@1:1', 'ignore-unused@2:23']);
  });

  it('the marker inside a string literal is not an ignore', () => {
    expect(found("SELECT '-- svc-migrate-ignore delete-without-where';\nDELETE FROM s.a;")).toEqual(['delete-without-where@2:1']);
  });

  it('a marker that does not open the comment is prose, not an ignore', () => {
    expect(found('-- see svc-migrate-ignore delete-without-where\nDELETE FROM s.a;')).toEqual(['delete-without-where@2:1']);
  });

  // Habits from other linters (upper case, a colon) work rather than silently doing nothing.
  it.each([
    ['upper case', '-- SVC-MIGRATE-IGNORE DELETE-WITHOUT-WHERE'],
    ['a colon', '-- svc-migrate-ignore: delete-without-where'],
    ['a colon without a space', '-- svc-migrate-ignore:delete-without-where'],
    ['a colon after the file marker', '-- Svc-Migrate-Ignore-File : delete-without-where'],
    ['a block comment with a colon', '/* svc-migrate-ignore: delete-without-where */'],
  ])('accepts %s', (_name, comment) => {
    expect(found(`${comment}\nDELETE FROM s.a;`)).toEqual([]);
  });

  // Anything else that opens like the marker is reported at the marker as written, and silences nothing.
  it.each([
    ['-- svc-migrate-ignored delete-without-where', 'ignore-malformed@1:4-1:23'],
    ['-- svc-migrate-ignore-files delete-without-where', 'ignore-malformed@1:4-1:28'],
    ['-- svc_migrate_ignore delete-without-where', 'ignore-malformed@1:4-1:22'],
    ['/* svc-migrate-ignore-next-line delete-without-where */', 'ignore-malformed@1:4-1:32'],
    ['--SVC-MIGRATE-IGNORE=delete-without-where', 'ignore-malformed@1:3-1:42'],
  ])('reports %j as malformed', (comment, expected) => {
    const f = lint(`${comment}\nDELETE FROM s.a;`).findings;
    expect(f.map((x) => `${x.rule}@${x.line}:${x.column}-${x.endLine}:${x.endColumn}`)).toEqual([expected, 'delete-without-where@2:1-2:16']);
    expect(f[0]!.severity).toBe('warning');
  });

  it.each([
    ['-- svc-migrate-ignore missing-down, orphan-migration', ['ignore-unused:notSilenceable@1:23', 'ignore-unused:notSilenceable@1:37']],
    ['-- svc-migrate-ignore-file dependency-cycle', ['ignore-unused:notSilenceable@1:28']],
    ['-- svc-migrate-ignore missing-up', ['ignore-unused:notSilenceable@1:23']],
  ])('tells %j that file and graph findings cannot be silenced by a comment', (comment, expected) => {
    const r = lint(`${comment}\nSELECT 1;`);
    expect(r.violations.map((v) => `${v.finding.rule}:${v.messageId}@${v.finding.line}:${v.finding.column}`)).toEqual(expected);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('cannot silence it') });
  });

  it('an ignore before a DO block covers the statements inside it', () => {
    expect(found('-- svc-migrate-ignore delete-without-where\nDO $$ BEGIN\n  DELETE FROM s.a;\nEND $$;')).toEqual([]);
  });

  it('an ignore inside a DO body covers the next statement inside it', () => {
    const text = 'DO $$ BEGIN\n  -- svc-migrate-ignore delete-without-where\n  DELETE FROM s.a;\n  DELETE FROM s.b;\nEND $$;';
    expect(found(text)).toEqual(['delete-without-where@4:3']);
  });

  it('a rule turned off in config is not "unknown" and its ignore is not "unused"', () => {
    expect(found('-- svc-migrate-ignore drop-cascade\nDROP TABLE s.a;', { severities: { 'drop-cascade': 'off' } })).toEqual([]);
  });
});

describe('lintFile: severities and facts', () => {
  it('applies severity overrides and turns rules off', () => {
    const text = 'DELETE FROM s.a;\nDROP TABLE s.b CASCADE;';
    const f = lint(text, { severities: { 'delete-without-where': 'info', 'drop-cascade': 'off' } }).findings;
    expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['delete-without-where:info']);
  });

  it('runs only rules whose direction matches the file', () => {
    expect(found('CREATE INDEX i ON s.t (a);', {}, { direction: 'down' })).toEqual([]);
    expect(found('CREATE INDEX i ON s.t (a);', {}, { direction: 'up' })).toEqual(['index-not-concurrent@1:1']);
  });

  it('knows tables created earlier in the file, but not later', () => {
    expect(found('CREATE TABLE s.t (a int);\nCREATE INDEX ON s.t (a);')).toEqual([]);
    expect(found('CREATE INDEX ON s.t (a);\nCREATE TABLE s.t (a int);')).toEqual(['index-not-concurrent@1:1']);
  });

  it('returns tables written and whether the file can run in a transaction', () => {
    const r = lint('CREATE TABLE s.a (id int);\nINSERT INTO b VALUES (1);\nCREATE TEMP TABLE tmp (x int);\nINSERT INTO tmp VALUES (1);\nDO $$ BEGIN UPDATE s.c SET x = 1 WHERE true; END $$;');
    expect(r.tablesWritten).toEqual(['s.a', 'b', 's.c']);
    expect(r.nonTransactional).toBe(false);
    expect(lint('CREATE INDEX CONCURRENTLY i ON s.a (id);').nonTransactional).toBe(true);
  });

  it('sorts findings by position', () => {
    expect(found('UPDATE s.a SET x = 1;\nDELETE FROM s.b;\nDROP TABLE s.c CASCADE;')).toEqual(['update-without-where@1:1', 'delete-without-where@2:1', 'drop-cascade@3:16']);
  });
});
