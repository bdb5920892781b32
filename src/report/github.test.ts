import type { Finding, Report } from '../core/types.js';
import { countFindings } from '../core/types.js';
import { escapeData, escapeProperty, formatAnnotation, formatGithub, selectAnnotations, describeOmitted } from './github.js';

function report(findings: Finding[]): Report {
  return {
    version: 1,
    environment: 'development',
    findings,
    summary: { ...countFindings(findings), services: 1, migrations: 1, files: 1 },
  };
}

const base: Finding = { rule: 'drop-cascade', severity: 'warning', message: 'DROP ... CASCADE drops dependents' };

describe('escaping', () => {
  test.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%3A', '%253A', '%253A'],
  ])('%j', (input, data, prop) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(prop);
  });
});

describe('formatAnnotation', () => {
  test.each<[string, Finding, string]>([
    [
      'single line with columns',
      { ...base, file: 'services/a/migrations/common/000001_x.up.sql', line: 3, column: 5, endLine: 3, endColumn: 12 },
      '::warning file=services/a/migrations/common/000001_x.up.sql,line=3,col=5,endLine=3,endColumn=12,title=drop-cascade::DROP ... CASCADE drops dependents',
    ],
    [
      'multi-line drops columns',
      { ...base, severity: 'error', file: 'f.sql', line: 2, column: 5, endLine: 4, endColumn: 3 },
      '::error file=f.sql,line=2,endLine=4,title=drop-cascade::DROP ... CASCADE drops dependents',
    ],
    ['no file', { ...base, severity: 'info' }, '::notice title=drop-cascade::DROP ... CASCADE drops dependents'],
    [
      'file with odd characters and multi-line message',
      { ...base, file: 'a,b:c%.sql', line: 1, message: 'first\nsecond 50%' },
      '::warning file=a%2Cb%3Ac%25.sql,line=1,title=drop-cascade::first%0Asecond 50%25',
    ],
    [
      'help follows the message',
      { ...base, file: 'f.sql', line: 1, column: 1, help: 'Drop dependents explicitly.' },
      '::warning file=f.sql,line=1,col=1,endLine=1,title=drop-cascade::DROP ... CASCADE drops dependents%0ADrop dependents explicitly.',
    ],
  ])('%s', (_name, finding, expected) => {
    expect(formatAnnotation(finding)).toBe(expected);
  });

  test('a message cannot inject a second command', () => {
    const line = formatAnnotation({ ...base, message: 'x\n::error::injected' });
    expect(line.split('\n')).toHaveLength(1);
  });
});

describe('formatGithub caps', () => {
  const many: Finding[] = [];
  for (let i = 1; i <= 15; i++) many.push({ ...base, severity: 'warning', file: 'w.sql', line: i });
  for (let i = 1; i <= 12; i++) many.push({ ...base, severity: 'error', file: 'e.sql', line: i });
  for (let i = 1; i <= 3; i++) many.push({ ...base, severity: 'info', file: 'i.sql', line: i });

  test('without a limit everything is printed, errors first', () => {
    const lines = formatGithub(report(many)).trimEnd().split('\n');
    expect(lines).toHaveLength(30);
    expect(lines[0]).toMatch(/^::error file=e.sql,line=1,/);
    expect(lines[12]).toMatch(/^::warning file=w.sql,line=1,/);
    expect(lines[29]).toMatch(/^::notice file=i.sql,line=3,/);
  });

  test('with limit 10: 10 errors, 10 warnings, all notices, then one pointer line', () => {
    const lines = formatGithub(report(many), { limit: 10 }).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^svc-migrate: 7 findings \(2 errors, 5 warnings\) not annotated.*job summary/);
    // the first ten by stable order are kept
    expect(lines.filter((l) => l.startsWith('::error ')).at(-1)).toMatch(/line=10,/);
  });

  test('selectAnnotations counts what it left out', () => {
    expect(selectAnnotations(many, 10).omitted).toEqual({ error: 2, warning: 5, info: 0 });
  });

  test('slots reserved for the caller\'s own messages (the verdict, a notice) are left free', () => {
    const text = formatGithub(report(many), { limit: 10, reserved: { error: 1, info: 9 } });
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(1);
    expect(selectAnnotations(many, 10, { error: 1, info: 9 }).omitted).toEqual({ error: 3, warning: 5, info: 2 });
    expect(describeOmitted({ error: 3, warning: 5, info: 2 })).toBe('10 findings (3 errors, 5 warnings, 2 infos)');
    expect(describeOmitted({ error: 0, warning: 0, info: 0 })).toBeUndefined();
  });

  test('no findings prints nothing', () => {
    expect(formatGithub(report([]))).toBe('');
  });
});
