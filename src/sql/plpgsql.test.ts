import { ensureParser, parseSql } from './parser.js';
import { checkFunctionBodiesSetting, embeddedStatements } from './plpgsql.js';
import { relationName } from './facts.js';

beforeAll(async () => {
  await ensureParser();
});

/** Embedded statements of the file's first statement, each as `kind line:col "text at its range"`. */
function embedded(sql: string) {
  const parsed = parseSql(sql);
  expect(parsed.error).toBeUndefined();
  const result = embeddedStatements(parsed, parsed.statements[0]!);
  return {
    result,
    shown: (result?.statements ?? []).map((s) => {
      const at = parsed.lines.fromByte(s.start);
      return `${s.kind} ${at.line}:${at.column} ${parsed.lines.slice(s.start, s.end)}`;
    }),
    parsed,
  };
}

describe('embeddedStatements', () => {
  it('returns nothing for statements without a PL/pgSQL body', () => {
    expect(embedded('SELECT 1').result).toBeUndefined();
    expect(embedded('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$').result).toBeUndefined();
  });

  it('maps DO block statements to file positions, through multi-byte text', () => {
    const { shown, result } = embedded("DO $$\nDECLARE v int;\nBEGIN\n  RAISE NOTICE 'é 🎉';\n  SELECT a INTO v FROM s.t;\n  IF v > 1 THEN\n    DELETE FROM s.t WHERE a = v;\n  END IF;\n  EXECUTE 'DROP TABLE x';\nEND $$;");
    expect(result?.container).toBe('do');
    expect(shown).toEqual([
      'SelectStmt 5:3 SELECT a INTO v FROM s.t',
      'DeleteStmt 7:5 DELETE FROM s.t WHERE a = v',
    ]);
  });

  it('moves AST locations to file coordinates', () => {
    const { result, parsed } = embedded('DO $tag$ BEGIN\n  INSERT INTO s.tbl VALUES (1);\nEND $tag$;');
    const rel = relationName((result!.statements[0]!.node as { InsertStmt: { relation: unknown } }).InsertStmt.relation)!;
    expect(parsed.lines.fromByte(rel.location!)).toEqual({ line: 2, column: 15 });
  });

  it('reads function and procedure bodies, in single quotes too', () => {
    const fn = embedded("CREATE OR REPLACE FUNCTION s.f() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n  UPDATE s.t SET n = n + 1 WHERE id = NEW.id;\n  RETURN NEW;\nEND\n$fn$;");
    expect(fn.result?.container).toBe('function');
    expect(fn.shown).toEqual(['UpdateStmt 3:3 UPDATE s.t SET n = n + 1 WHERE id = NEW.id']);
    const quoted = embedded("CREATE PROCEDURE s.p() LANGUAGE plpgsql AS 'BEGIN DELETE FROM s.t WHERE n = ''x''; END';");
    expect(quoted.shown).toEqual(["DeleteStmt 1:51 DELETE FROM s.t WHERE n = ''x''"]);
  });

  it('does not crash on a body PL/pgSQL rejects', () => {
    const { result } = embedded('DO $$ BEGIN FOR r IN SELECT 1 LOOP NULL; END LOOP; END $$');
    expect(result?.statements).toEqual([]);
    expect(result?.error).toMatch(/loop/);
  });

  it('finds statements in nested blocks, loops and exception handlers', () => {
    const { shown } = embedded('DO $$\nDECLARE r record;\nBEGIN\n  FOR r IN SELECT id FROM s.a LOOP\n    BEGIN\n      UPDATE s.b SET x = r.id WHERE id = r.id;\n    EXCEPTION WHEN others THEN\n      INSERT INTO s.errors VALUES (r.id);\n    END;\n  END LOOP;\nEND $$;');
    expect(shown).toEqual([
      'SelectStmt 4:12 SELECT id FROM s.a',
      'UpdateStmt 6:7 UPDATE s.b SET x = r.id WHERE id = r.id',
      'InsertStmt 8:7 INSERT INTO s.errors VALUES (r.id)',
    ]);
  });

  it("maps a DO body written as an E'' string exactly", () => {
    const { shown } = embedded(`${'-- line\n'.repeat(10)}DO E'BEGIN RAISE NOTICE \\'x\\'; DELETE FROM app.t; END';`);
    expect(shown).toEqual(['DeleteStmt 11:32 DELETE FROM app.t']);
  });

  // Every spelling of the body literal maps back to the file exactly, though escapes before the statement take
  // more characters in the file than in the body.
  it.each([
    ['$$', 'DO $$BEGIN RAISE NOTICE \'x\'; DELETE FROM app.t; END$$;'],
    ['$tag$', 'DO $t$BEGIN RAISE NOTICE \'x\'; DELETE FROM app.t; END$t$;'],
    ["'' doubled quotes", "DO 'BEGIN RAISE NOTICE ''x''; DELETE FROM app.t; END';"],
    ["E'' with \\\\ and \\n", "DO E'BEGIN RAISE NOTICE \\'\\\\\\n\\'; DELETE FROM app.t; END';"],
    ["E'' with octal and hex", "DO E'BEGIN RAISE \\116OTICE \\x27\\'; DELETE FROM app.t; END';"],
    ["E'' with \\t and unknown escapes", "DO e'BEGIN\\tRAISE NOTICE \\'\\q\\'; DELETE FROM app.t; END';"],
    ["E'' with \\u and \\U escapes", "DO E'BEGIN RAISE NOTICE \\'\\u00e9\\U0001F600\\'; DELETE FROM app.t; END';"],
  ])('maps a DO body written as %s', (_name, statement) => {
    const { shown } = embedded(`-- line 1\n${statement}`);
    const column = [...statement.slice(0, statement.indexOf('DELETE'))].length + 1;
    expect(shown).toEqual([`DeleteStmt 2:${column} DELETE FROM app.t`]);
  });

  it("maps multi-byte characters written through escapes in an E'' body", () => {
    // \303\251 is é in two octal escapes (8 characters in the file, 1 in the body).
    const { shown } = embedded("DO E'BEGIN RAISE NOTICE \\'\\303\\251 é\\'; DELETE FROM app.t; END';");
    expect(shown).toEqual(['DeleteStmt 1:41 DELETE FROM app.t']);
  });
});

describe('checkFunctionBodiesSetting', () => {
  it.each([
    ['SET check_function_bodies = off', false],
    ['SET LOCAL check_function_bodies TO false', false],
    ["set check_function_bodies = 'no'", false],
    ['SET check_function_bodies = 0', false],
    ['SET check_function_bodies = f', false],
    ['SET SESSION check_function_bodies = on', true],
    ['SET check_function_bodies = 1', true],
    ['SET check_function_bodies = true', true],
    ['RESET check_function_bodies', true],
    ['SET check_function_bodies TO DEFAULT', true],
    ['RESET ALL', true],
    ["SET check_function_bodies = 'o'", undefined], // ambiguous: PostgreSQL rejects the SET
    ['SET search_path = app', undefined],
    ['SELECT 1', undefined],
  ])('%s', (text, expected) => {
    const parsed = parseSql(text);
    expect(checkFunctionBodiesSetting(parsed.statements[0]!)).toBe(expected);
  });
});
