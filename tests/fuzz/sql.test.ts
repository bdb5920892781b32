/**
 * Fuzzing the SQL path: the parser wrapper, the lint engine with every registered rule, and the whole
 * `validate` command on a migration file full of hostile bytes. Properties: nothing throws, nothing hangs,
 * every located finding points inside the file (1-based line and column), the CLI exits 0/1/2 and never prints
 * a stack trace.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureParser, parseSql } from '../../src/sql/parser.js';
import { lintFile, type FileFactsInput } from '../../src/lint/lint.js';
import { rules } from '../../src/rules/index.js';
import type { Finding } from '../../src/core/types.js';
import { cli } from '../helpers/cli.js';
import { deepNesting, hugeLine, sqlBytes, sqlText } from './sql-arbitraries.js';
import { locationProblems, params, removeDir, STACK_TRACE, tempDir, timeoutFor } from './support.js';

/** Where findings' lines end: \n, \r\n and a lone \r, as LineIndex counts them. */
const LINE_BREAK = /\r\n|\r|\n/;

const facts = (direction: 'up' | 'down'): FileFactsInput => ({
  file: 'services/svc-a/migrations/common/000001_fuzz.up.sql',
  service: 'svc-a',
  serviceSchema: 'svc_a',
  allServiceSchemas: new Set(['svc_a', 'svc_b']),
  migration: '000001',
  direction,
  folder: 'common',
  environments: ['development', 'production'],
  destructiveForbiddenIn: ['production'],
  pgVersion: 15,
  affectsTables: ['svc_a.users'],
});

/** The parser still answers after a hostile input (a trapped WebAssembly module would not). */
function parserStillWorks(): void {
  const after = parseSql('SELECT 1;');
  if (after.error || after.statements.length !== 1) throw new Error(`the parser is broken after that input: ${JSON.stringify(after.error)}`);
}

function checkParsed(text: string): void {
  const parsed = parseSql(text);
  if (parsed.error) {
    const problems = locationProblems({ rule: 'sql-syntax', severity: 'error', message: parsed.error.message, line: parsed.error.line, column: parsed.error.column }, text.split(LINE_BREAK));
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }
  for (const s of parsed.statements) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= parsed.lines.byteLength)) {
      throw new Error(`statement ${s.kind} has range ${s.start}..${s.end} outside 0..${parsed.lines.byteLength}`);
    }
  }
  parserStillWorks();
}

function checkLinted(text: string, direction: 'up' | 'down'): void {
  const result = lintFile({ text, facts: facts(direction) }, rules);
  const lines = text.split(LINE_BREAK);
  const problems = result.findings.flatMap((f) => locationProblems(f, lines));
  if (result.findings.some((f) => f.line === undefined)) problems.push('a SQL finding without a line');
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

beforeAll(async () => {
  await ensureParser();
});

describe('parseSql on hostile text', () => {
  test(
    'never throws; errors and statement ranges are inside the text; the parser survives',
    () => {
      fc.assert(fc.property(sqlText, checkParsed), params('parseSql'));
    },
    timeoutFor('parseSql'),
  );

  test.each([
    ['10,000 nested parentheses', `SELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};`],
    ['10,000 unclosed parentheses', `SELECT ${'('.repeat(10_000)}1;`],
    ['a one-megabyte line', `INSERT INTO t VALUES ('${'x'.repeat(1_000_000)}');`],
    ['NUL characters', 'SELECT 1;\u0000DROP TABLE t;'],
    ['lone surrogates', 'SELECT \ud800 \udfff;'],
    ['an unterminated dollar quote', 'DO $$ BEGIN'],
    ['only a BOM', '\ufeff'],
  ])('never throws on %s', (_name, text) => {
    checkParsed(text);
  });

  test(
    'deep nesting and huge lines, a few of each',
    () => {
      fc.assert(fc.property(fc.oneof(deepNesting, hugeLine), checkParsed), { ...params('parseSql'), numRuns: 20 });
    },
    120_000,
  );
});

describe('lintFile with every registered rule on hostile text', () => {
  test(
    'never throws; every finding has a line and column inside the text',
    () => {
      fc.assert(fc.property(sqlText, fc.constantFrom<'up' | 'down'>('up', 'down'), checkLinted), params('lintFile'));
    },
    timeoutFor('lintFile'),
  );

  test.each([
    ['10,000 nested parentheses', `UPDATE svc_a.t SET a = ${'('.repeat(10_000)}1${')'.repeat(10_000)};`],
    ['a DO block of 10,000 nested parentheses', `DO $$ BEGIN PERFORM ${'('.repeat(10_000)}1${')'.repeat(10_000)}; END $$;`],
    ['a one-megabyte line before a finding', `-- ${'é'.repeat(1_000_000)}\nDROP TABLE t CASCADE;`],
    ['an ignore comment at the end of the file', 'DROP TABLE svc_a.t;\n-- svc-migrate-ignore drop-cascade'],
  ])('never throws on %s', (_name, text) => {
    checkLinted(text, 'up');
  });
});

describe('validate (whole CLI) on a migration file of hostile bytes', () => {
  let root: string;
  const dir = () => path.join(root, 'services/svc-a/migrations/common');

  beforeAll(() => {
    root = tempDir('sql');
    mkdirSync(dir(), { recursive: true });
    writeFileSync(path.join(dir(), '000001_fuzz.down.sql'), 'DROP TABLE svc_a.t;\n');
    writeFileSync(path.join(dir(), '000002_next.up.sql'), 'CREATE TABLE svc_a.t2 (id bigint);\n');
    writeFileSync(path.join(dir(), '000002_next.down.sql'), 'DROP TABLE svc_a.t2;\n');
    writeFileSync(
      path.join(root, 'services/svc-a/migrations/dependencies.json'),
      JSON.stringify({ migrations: { '000001': { depends_on: [] }, '000002': { depends_on: ['000001'] } } }),
    );
  });
  afterAll(() => removeDir(root));

  test(
    'exits 0, 1 or 2 without a stack trace; JSON report with every finding located',
    async () => {
      await fc.assert(
        fc.asyncProperty(sqlBytes, fc.constantFrom('json', 'text', 'github', 'sarif'), async (bytes, format) => {
          writeFileSync(path.join(dir(), '000001_fuzz.up.sql'), bytes);
          const run = await cli(['validate', '--root', root, '--format', format]);
          expect([0, 1, 2]).toContain(run.code);
          expect(run.stderr).not.toMatch(STACK_TRACE);
          // The root is usable, so a bad file is a finding, never "could not do its job".
          expect(run.code).not.toBe(2);
          if (format !== 'json') return;
          const report = JSON.parse(run.stdout) as { findings: Finding[] };
          const text = Buffer.from(bytes).toString('utf8');
          const problems = report.findings.flatMap((f) =>
            locationProblems(f, f.file?.endsWith('000001_fuzz.up.sql') && !text.includes('\ufffd') ? text.replace(/^\ufeff/, '').split(LINE_BREAK) : undefined),
          );
          expect(problems).toEqual([]);
        }),
        { ...params('sqlCli'), timeout: 30_000 },
      );
    },
    timeoutFor('sqlCli'),
  );

  test('a one-megabyte line and 10,000 nested parentheses in one file', async () => {
    const text = `-- ${'é'.repeat(1_000_000)}\nDROP TABLE t CASCADE;\nSELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};\n`;
    writeFileSync(path.join(dir(), '000001_fuzz.up.sql'), text);
    const run = await cli(['validate', '--root', root, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(run.stdout) as { findings: Finding[] };
    expect(report.findings.flatMap((f) => locationProblems(f, f.file?.endsWith('000001_fuzz.up.sql') ? text.split(LINE_BREAK) : undefined))).toEqual([]);
    expect(report.findings.some((f) => f.file?.endsWith('000001_fuzz.up.sql'))).toBe(true);
  });
});
