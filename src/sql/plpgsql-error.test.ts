import { ensureParser, parsePlpgsql } from './parser.js';
import { locateBodyError } from './plpgsql-error.js';

beforeAll(async () => {
  await ensureParser();
});

/** The error of `DO $b$<body>$b$`, or undefined when PL/pgSQL accepts it. */
function compile(body: string): string | undefined {
  try {
    parsePlpgsql(`DO $b$${body}$b$`);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The text at the located range, marked with its offset: `DELET@7`. */
function located(body: string): string {
  const message = compile(body)!;
  const r = locateBodyError(body, message, compile);
  return `${body.slice(r.start, r.end)}@${r.start}`;
}

describe('locateBodyError', () => {
  // The offsets PostgreSQL reports for these bodies (its internal position, 0-based here).
  it.each([
    ['a PL/pgSQL syntax error', 'BEGIN\n  NULL\n  NULL;\nEND', 'NULL@15'],
    ['the SQL parser inside a statement', 'BEGIN\n  SELECT a FRM t t;\nEND', 't@21'],
    ['a statement PL/pgSQL does not know', 'BEGIN\n DELET FROM x;\nEND', 'DELET@7'],
    ['a `;` where END IF belongs', 'BEGIN\n  IF true THEN NULL; END;\nEND', ';@30'],
    ['SQL cut short: at its `;`', 'BEGIN\n  UPDATE t SET a = 1 WHERE;\nEND', ';@32'],
    ['a body that ends too early: at its end', 'BEGIN\n  LOOP\n    NULL;\nEND', '@26'],
    ['an unknown variable', 'BEGIN\n  x := 1;\nEND', 'x@8'],
    ['a token spelled like an earlier one', "BEGIN\n  RAISE NOTICE 'y';\n  RAISE NOTICE 'x' 'y';\nEND", "'y'@45"],
    ['multi-byte text before it (offsets in UTF-16 units)', "BEGIN RAISE NOTICE '😀é'; DELET FROM x; END", 'DELET@26'],
    ['comments before it', 'BEGIN -- DELET\n /* DELET */ DELET FROM x; END', 'DELET@28'],
  ])('%s', (_name, body, expected) => {
    expect(located(body)).toBe(expected);
  });

  it('stops after a bounded number of parses and still answers inside the body', () => {
    let calls = 0;
    const body = Array.from({ length: 5000 }, (_, i) => `PERFORM ${i};`).join(' ');
    const r = locateBodyError(body, 'syntax error at or near "x"', () => {
      calls++;
      return 'some other error';
    });
    expect(calls).toBeLessThanOrEqual(40);
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(body.length);
  });

  it('points at the end of an empty body', () => {
    expect(locateBodyError('  ', 'syntax error at end of input', compile)).toEqual({ start: 2, end: 2 });
  });
});
