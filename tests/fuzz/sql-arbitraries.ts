/**
 * Generators of hostile SQL text: random characters, cut and spliced real statements, token soup that reaches
 * deep into the rules (DDL keywords, dollar quotes, ignore comments), deep nesting, huge lines, and raw bytes
 * that are not UTF-8 or hold NUL. Every generator is deterministic under the suite's seed.
 */
import fc from 'fast-check';
import { corpusTexts } from './support.js';

const corpus = corpusTexts();

/** Words and punctuation that migrations are made of, plus the odd hostile piece. */
const TOKENS = [
  'CREATE', 'TABLE', 'INDEX', 'CONCURRENTLY', 'ON', 'ALTER', 'ADD', 'COLUMN', 'DROP', 'CASCADE', 'IF', 'EXISTS',
  'NOT', 'NULL', 'DEFAULT', 'INSERT', 'INTO', 'VALUES', 'UPDATE', 'SET', 'DELETE', 'FROM', 'WHERE', 'TRUNCATE',
  'SCHEMA', 'TYPE', 'USING', 'REFERENCES', 'FOREIGN', 'KEY', 'CHECK', 'CONSTRAINT', 'VALID', 'PRIMARY', 'UNIQUE',
  'WITH', 'AS', 'SELECT', 'JOIN', 'BEGIN', 'COMMIT', 'END', 'DO', 'FUNCTION', 'RETURNS', 'LANGUAGE', 'plpgsql',
  'TRIGGER', 'VIEW', 'ENUM', 'COMMENT', 'IS', 'RENAME', 'TO', 'GRANT', 'VACUUM', 'REINDEX', 'DATABASE',
  'users', 'svc_a.users', 'public.t', '"Quoted Name"', '"é"', 'svc_b.orders', 'x', 'id', 'bigint', 'text',
  'integer', 'timestamptz', 'now()', "'lit'", "'it''s'", "E'\\n'", "'日本'", '1', '0', '-1', '1e309', '$1',
  '(', ')', ',', ';', ';', ';', '.', '::', '=', '*', '[', ']', '$$', '$$', '$fn$', '$', "'", '"', '\\',
  '/*', '*/', '--', '\n', '\n', '\r\n', '\t', ' ', '🙂', 'é', '\u200b', '\ufeff',
  '-- svc-migrate-ignore unqualified-table\n', '-- svc-migrate-ignore-file drop-cascade\n',
  '-- svc-migrate-ignore no-such-rule\n', '-- svc-migrate-ignore\n',
];

/** Statements that are valid alone, to splice and mutate. */
const SEEDS = [
  'CREATE TABLE svc_a.users (id bigint PRIMARY KEY, email text NOT NULL);',
  'ALTER TABLE svc_a.users ADD COLUMN age integer NOT NULL;',
  'CREATE INDEX users_email_idx ON svc_a.users (email);',
  'DROP TABLE svc_a.users CASCADE;',
  'DELETE FROM users;',
  'UPDATE svc_a.users SET email = lower(email);',
  "DO $$ BEGIN UPDATE users SET x = 1; EXECUTE 'DROP TABLE t'; END $$;",
  'CREATE FUNCTION svc_a.f() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN DELETE FROM t; RETURN NEW; END $fn$;',
  'WITH u AS (SELECT 1) INSERT INTO svc_a.t SELECT * FROM u;',
  'ALTER TABLE svc_a.t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES svc_b.o (id);',
  'ALTER TABLE svc_a.t ALTER COLUMN a TYPE bigint;',
  'CREATE INDEX CONCURRENTLY i ON svc_a.t (a);',
  "COMMENT ON TABLE svc_a.t IS 'Café — 日本語 🙂';",
  'BEGIN; TRUNCATE svc_b.orders; COMMIT;',
];

/** Any code points, including lone surrogates, controls and NUL. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });

const tokenSoup = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.constantFrom(...SEEDS)), { maxLength: 80 })
  .chain((parts) => fc.array(fc.constantFrom(' ', '', '\n'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')));

/** A slice of a real migration: cut anywhere, even inside a multi-byte character or a dollar quote. */
const corpusSlice =
  corpus.length === 0
    ? fc.constantFrom(...SEEDS)
    : fc
        .tuple(fc.nat({ max: corpus.length - 1 }), fc.nat(), fc.nat())
        .map(([i, a, b]) => {
          const t = corpus[i]!;
          const s = a % (t.length + 1);
          const e = s + (b % (t.length - s + 1));
          return t.slice(s, e);
        });

/** Two slices glued, with something hostile in the seam. */
const spliced = fc
  .tuple(corpusSlice, fc.oneof(fc.constantFrom(...TOKENS), anyText), corpusSlice)
  .map(([a, mid, b]) => a + mid + b);

/** Real statements with one character inserted, deleted or replaced. */
const mutatedSeed = fc
  .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...TOKENS))
  .map(([s, at, op, tok]) => {
    const i = at % (s.length + 1);
    if (op === 'insert') return s.slice(0, i) + tok + s.slice(i);
    if (op === 'delete') return s.slice(0, i) + s.slice(i + 1);
    return s.slice(0, i) + tok + s.slice(i + tok.length);
  });

/** `SELECT ((((1))))` up to 10,000 deep, balanced or not, with or without a statement around it. */
export const deepNesting = fc
  .tuple(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), fc.constantFrom('SELECT ', 'UPDATE svc_a.t SET a = ', 'CREATE TABLE svc_a.t (a int CHECK ', ''))
  .map(([n, balanced, head]) => `${head}${'('.repeat(n)}1${')'.repeat(balanced ? n : Math.floor(n / 2))};`);

/** One very long line: a literal, an identifier list or a comment of up to a megabyte. */
export const hugeLine = fc
  .tuple(fc.integer({ min: 1_000, max: 1_000_000 }), fc.constantFrom('literal', 'comment', 'list', 'ident'))
  .map(([n, kind]) => {
    if (kind === 'literal') return `INSERT INTO svc_a.t VALUES ('${'é'.repeat(n)}');`;
    if (kind === 'comment') return `-- ${'x'.repeat(n)}\nDROP TABLE t CASCADE;`;
    if (kind === 'list') return `SELECT ${Array.from({ length: Math.ceil(n / 4) }, () => '1').join(',')};`;
    return `CREATE TABLE ${'a'.repeat(n)} (id int);`;
  });

/** Hostile SQL text (valid UTF-16 or not). Huge inputs are rare so that the run budget goes to variety. */
export const sqlText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: tokenSoup },
  { weight: 3, arbitrary: corpusSlice },
  { weight: 2, arbitrary: spliced },
  { weight: 3, arbitrary: mutatedSeed },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: deepNesting },
);

/**
 * Hostile SQL as bytes on disk: text above, or raw bytes with invalid UTF-8, NUL, BOMs. (Huge lines are left to
 * the in-process properties and one fixed whole-CLI case: each costs a second through the CLI.)
 */
export const sqlBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 5, arbitrary: sqlText.map((t) => new Uint8Array(Buffer.from(t, 'utf8'))) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.constantFrom([0x00], [0xff], [0xc3], [0xe2, 0x82], [0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80]))
      .map(([s, at, bad]) => {
        const b = Buffer.from(s, 'utf8');
        const i = at % (b.length + 1);
        return new Uint8Array(Buffer.concat([b.subarray(0, i), Buffer.from(bad), b.subarray(i)]));
      }),
  },
);
