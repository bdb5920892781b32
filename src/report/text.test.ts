import type { Report, ServiceSummary } from '../core/types.js';
import { formatRuleSummary, formatSummaryLine, formatText, wrapText } from './text.js';

const service: ServiceSummary = {
  name: 'user-service',
  dir: 'services/user-service/migrations',
  layout: 'folders',
  dependencyFile: 'services/user-service/migrations/dependencies.json',
  dependencyEntries: 2,
  environments: [],
  groups: { common: 2 },
  migrations: 2,
  applicable: 2,
  files: 4,
  tables: { '000001': ['user_service.users'] },
};

function report(findings: Report['findings']): Report {
  return {
    version: 1,
    environment: 'development',
    findings,
    summary: { errors: 1, warnings: 0, infos: 0, services: 1, migrations: 2, files: 4 },
    services: [service],
  };
}

const file = 'services/user-service/migrations/common/000002_x.up.sql';

test('a finding shows file:line:col, severity, rule, message, the line with a marker under the text, and help', () => {
  const text = formatText(
    report([{ rule: 'drop-cascade', severity: 'error', message: 'why', help: 'what to do', file, line: 2, column: 8, endLine: 2, endColumn: 15, service: 'user-service' }]),
    { color: false, sources: new Map([[file, ['-- é', 'Résumé CASCADE;']]]) },
  );
  expect(text).toContain(`${file}:2:8  error  drop-cascade`);
  expect(text).toContain('    why\n');
  // The marker counts characters, not bytes: 'Résumé ' is 7 characters before CASCADE.
  expect(text).toContain('    2 | Résumé CASCADE;\n      |        ^^^^^^^\n');
  expect(text).toContain('help: what to do');
});

test('per-service facts name the dependency file, groups and files checked', () => {
  const text = formatText(report([]), { color: false });
  expect(text).toMatch(/dependency file found: services\/user-service\/migrations\/dependencies\.json \(2 migrations in the dependency file\)/);
  expect(text).toContain('migration groups found: common (2)');
  expect(text).toContain('4 SQL files checked, 2 migrations, 2 of them apply in development');
});

test('--impact lists the tables each migration writes', () => {
  expect(formatText(report([]), { color: false, impact: true })).toContain('    000001 user_service.users');
});

test('no colour codes unless asked', () => {
  expect(formatText(report([]), { color: false })).not.toContain('\u001b[');
  expect(formatText(report([]), { color: true })).toContain('\u001b[');
});

test.each([
  [{ errors: 0, warnings: 0, infos: 0 }, /^✔ 0 errors, 0 warnings, 0 infos in 1 service/],
  [{ errors: 0, warnings: 1, infos: 2 }, /^! 0 errors, 1 warning, 2 infos/],
  [{ errors: 3, warnings: 0, infos: 1 }, /^✖ 3 errors, 0 warnings, 1 info /],
])('summary line %j', (counts, expected) => {
  const r = report([]);
  r.summary = { ...r.summary, ...counts };
  expect(formatSummaryLine(r, false)).toMatch(expected);
});

describe('the excerpt under a finding', () => {
  /** The excerpt lines (source and carets) that formatText prints for one finding on `source`. */
  function excerpt(source: string[], at: { line: number; column: number; endLine?: number; endColumn?: number }): string[] {
    const text = formatText(report([{ rule: 'r', severity: 'error', message: 'why', help: 'what', file, service: 'user-service', ...at }]), { color: false, sources: new Map([[file, source]]) });
    const lines = text.split('\n');
    return lines.slice(lines.indexOf('    why') + 1, lines.findIndex((l) => l.includes('help: what')));
  }

  // Columns count characters; the carets are placed by terminal cells: CJK and emoji take two, combining marks
  // none, tabs stay tabs so they expand to the same stop as in the source line above.
  it.each([
    ['ASCII', 'DROP TABLE s.t CASCADE;', { column: 16, endColumn: 23 }, '               ^^^^^^^'],
    ['CJK and emoji before the range', '/* 日本語 😀 */ DELETE FROM app.u;', { column: 13, endColumn: 19 }, `${' '.repeat(16)}^^^^^^`],
    ['wide characters inside the range', "SELECT '日本';", { column: 8, endColumn: 12 }, '       ^^^^^^'],
    ['a combining accent', 'SELECT \'e\u0301\', x;', { column: 14, endColumn: 15 }, `${' '.repeat(12)}^`],
    ['a ZWJ emoji sequence and a flag', '-- 👩‍💻 🇯🇵 x', { column: 11, endColumn: 12 }, `${' '.repeat(9)}^`],
    ['tabs', '\tALTER\tTABLE t;', { column: 8, endColumn: 13 }, '\t     \t^^^^^'],
    ['no end column: to the end of the line', 'DELETE FROM t;', { column: 8 }, '       ^^^^^^^'],
  ])('%s', (_name, line, at, carets) => {
    expect(excerpt([line], { line: 1, endLine: 1, ...at })).toEqual([`    1 | ${line}`, `      | ${carets}`]);
  });

  it.each([
    ['shows every line of a range over three lines', ['ALTER TABLE s.t', '  ADD COLUMN c text', '  NOT NULL;'], { line: 2, column: 14, endLine: 3, endColumn: 11 }, [
      '    2 |   ADD COLUMN c text',
      '      |              ^^^^^^',
      '    3 |   NOT NULL;',
      '      |   ^^^^^^^^',
    ]],
    ['elides the lines after the third', ['a', 'b', 'c', 'd', 'e'], { line: 1, column: 1, endLine: 5, endColumn: 2 }, [
      '    1 | a', '      | ^', '    2 | b', '      | ^', '    3 | c', '      | ^', '      | …',
    ]],
    ['does not show a line that the range ends at the start of', ['DELETE FROM t;', 'SELECT 1;'], { line: 1, column: 1, endLine: 2, endColumn: 1 }, [
      '    1 | DELETE FROM t;', '      | ^^^^^^^^^^^^^^',
    ]],
    ['widens the gutter for the longest line number', Array.from({ length: 10 }, (_, i) => `l${i + 1}`), { line: 9, column: 1, endLine: 10, endColumn: 4 }, [
      '     9 | l9', '       | ^^', '    10 | l10', '       | ^^^',
    ]],
  ])('%s', (_name, source, at, expected) => {
    expect(excerpt(source, at)).toEqual(expected);
  });
});

describe('wrapping and rule-doc links', () => {
  const finding = {
    rule: 'drop-cascade',
    severity: 'warning' as const,
    message: 'DROP ... CASCADE also drops every object that depends on this one, in any schema, without naming them here',
    help: 'Drop the dependent objects by name first, then drop this one without CASCADE.',
    file: 'a.sql',
    line: 1,
    column: 1,
    service: 's',
  };
  const report = { version: 1 as const, environment: 'development', findings: [finding], summary: { errors: 0, warnings: 1, infos: 0, services: 1, migrations: 1, files: 1 } };
  const url = (id: string) => `https://example.test/docs/rules/${id}.md`;

  test('messages and help wrap to the terminal width with a hanging indent', () => {
    const text = formatText(report, { color: false, columns: 50 });
    const lines = text.split('\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(50);
    expect(lines).toContain('    help: Drop the dependent objects by name');
    expect(lines.some((l) => l.startsWith('          first, then'))).toBe(true);
  });

  test('no width (a pipe): one line each', () => {
    expect(formatText(report, { color: false }).split('\n')).toContain(`    ${finding.message}`);
  });

  test('an OSC-8 link on the rule id where supported, else the URL as text', () => {
    const linked = formatText(report, { color: false, hyperlinks: true, ruleUrl: url });
    expect(linked).toContain('\u001b]8;;https://example.test/docs/rules/drop-cascade.md\u001b\\drop-cascade\u001b]8;;\u001b\\');
    expect(linked).not.toContain('docs: ');
    const plain = formatText(report, { color: false, hyperlinks: false, ruleUrl: url });
    expect(plain).toContain('    docs: https://example.test/docs/rules/drop-cascade.md');
    expect(plain).not.toContain('\u001b');
  });

  test('wrapText keeps a word longer than the line whole', () => {
    expect(wrapText('a '.repeat(3) + 'x'.repeat(30), 20, '  ', '    ')).toEqual(['  a a a', '    ' + 'x'.repeat(30)]);
  });
});

test('wrapText does not count colour and link sequences', () => {
  const red = '\u001b[31merror\u001b[0m';
  expect(wrapText(`${red} ${red}`, 11, '', '')).toEqual([`${red} ${red}`]);
});
describe('the per-rule summary table and --quiet', () => {
  const f = (rule: string, severity: 'error' | 'warning' | 'info', at: string) => ({ rule, severity, message: 'm', file: at, line: 1, column: 1, service: 'user-service' });
  const other = 'services/user-service/migrations/common/000003_y.up.sql';
  const findings = [
    f('unqualified-table', 'warning', file), f('unqualified-table', 'warning', other), f('unqualified-table', 'warning', other),
    f('plpgsql-syntax', 'error', file), f('ignore-unused', 'info', file), f('drop-cascade', 'warning', file),
  ];

  it('lists each rule with its severity, findings and files: errors first, then by count', () => {
    expect(formatRuleSummary(findings, false)).toEqual([
      'findings by rule',
      '  rule               severity  findings  files',
      '  -----------------  --------  --------  -----',
      '  plpgsql-syntax     error            1      1',
      '  unqualified-table  warning          3      2',
      '  drop-cascade       warning          1      1',
      '  ignore-unused      info             1      1',
      '',
    ]);
    expect(formatRuleSummary([], false)).toEqual([]);
  });

  it('ends the text report, before the summary line', () => {
    const text = formatText(report(findings), { color: false });
    expect(text).toMatch(/findings by rule\n(.*\n){6}\n✖ 1 error/);
  });

  it('--quiet shows only errors, in the findings and the table; the summary line still counts everything', () => {
    const text = formatText({ ...report(findings), summary: { errors: 1, warnings: 4, infos: 1, services: 1, migrations: 2, files: 4 } }, { color: false, quiet: true });
    expect(text).toContain('plpgsql-syntax');
    expect(text).not.toContain('unqualified-table');
    expect(text).not.toContain('ignore-unused');
    expect(text).toContain('1 error, 4 warnings, 1 info');
  });

  it('--quiet with no error lists no service and no table', () => {
    const text = formatText(report([f('drop-cascade', 'warning', file)]), { color: false, quiet: true });
    expect(text).not.toContain('user-service');
    expect(text).not.toContain('findings by rule');
  });
});
