import { ensureParser, scanSql } from './parser.js';
import { lex } from './tokens.js';

beforeAll(async () => {
  await ensureParser();
});

/** Token byte ranges as PostgreSQL's scanner sees them and as ours does. */
const ranges = (text: string) => ({
  ours: lex(text).map((t) => `${t.start}-${t.end}`),
  postgres: scanSql(text).tokens.map((t) => `${t.start}-${t.end}`),
});

describe('lex', () => {
  it.each([
    ["SELECT 'it''s', E'a\\'b', $$x$$, $tag$ $$ inner $$ $tag$ FROM \"Quoted \"\"T\"\"\" t;"],
    ['/* outer /* nested */ still */ SELECT 1 -- tail\n;'],
    ["INSERT INTO s.t VALUES ('é', '🎉', 1.5e3, $1) RETURNING *;"],
    ['SELECT a::int, b->>\'k\', c <> d FROM x WHERE y >= 2;'],
    ['CREATE FUNCTION f() RETURNS int AS $f$ SELECT 1 $f$ LANGUAGE sql;'],
    ['-- old Mac line end\rDELETE FROM s.t; -- crlf\r\nSELECT 1;'],
    ["DROP TABLE a$b CASCADE; SELECT U&'x', B'101', X'ff', N'n';"],
  ])('agrees with the PostgreSQL scanner on %j', (text) => {
    const r = ranges(text);
    expect(r.ours).toEqual(r.postgres);
  });

  it('marks words with their upper-cased keyword and comments by kind', () => {
    const t = lex('drop /* c */ table -- d\n"x"');
    expect(t.map((x) => [x.name, x.keyword])).toEqual([['IDENT', 'DROP'], ['C_COMMENT', ''], ['IDENT', 'TABLE'], ['SQL_COMMENT', ''], ['IDENT', '']]);
  });

  it('never throws on unterminated input', () => {
    for (const text of ["'abc", '$$ abc', '/* abc', '"abc', 'E\'\\']) expect(() => lex(text)).not.toThrow();
  });
});
