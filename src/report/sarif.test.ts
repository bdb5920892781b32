import type { Finding, Report } from '../core/types.js';
import { countFindings } from '../core/types.js';
import { buildSarif, formatSarif, regionOf } from './sarif.js';

function report(findings: Finding[]): Report {
  return {
    version: 1,
    environment: 'staging',
    findings,
    summary: { ...countFindings(findings), services: 1, migrations: 1, files: 1 },
  };
}

const findings: Finding[] = [
  {
    rule: 'drop-cascade',
    severity: 'warning',
    message: 'CASCADE',
    file: 'services/a b/migrations/common/000002_x.down.sql',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 40,
    service: 'a b',
    migration: '000002',
  },
  { rule: 'sql-syntax', severity: 'error', message: 'syntax error', file: 'x.sql', line: 1, column: 7 },
  { rule: 'dependency-cycle', severity: 'error', message: 'Circular dependency detected', service: 'a' },
  { rule: 'orphan-migration', severity: 'info', message: 'not listed', file: 'y.sql' },
];

describe('formatSarif', () => {
  const log = buildSarif(report(findings), {
    rules: [{ id: 'drop-cascade', description: 'CASCADE drops more than you see.', severity: 'warning', help: 'Drop dependents first.' }],
  });
  const run = log.runs[0]!;

  test('top-level shape', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('svc-migrate');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  test('one rule descriptor per rule id used, indexes match', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['dependency-cycle', 'drop-cascade', 'orphan-migration', 'sql-syntax']);
    const drop = run.tool.driver.rules.find((r) => r.id === 'drop-cascade')!;
    expect(drop.shortDescription.text).toBe('CASCADE drops more than you see.');
    expect(drop.fullDescription.text).toBe('CASCADE drops more than you see.');
    expect(drop.helpUri).toBe('https://github.com/org/svc-migrate/blob/main/docs/rules/drop-cascade.md');
    expect(drop.help.text).toMatch(/^Drop dependents first\.\n\nDocumentation: https:.*drop-cascade\.md$/);
    expect(drop.help.markdown).toMatch(/Drop dependents first\.[\s\S]*\]\(https:.*drop-cascade\.md\)$/);
    expect(drop.defaultConfiguration.level).toBe('warning');
    expect(run.tool.driver.rules.find((r) => r.id === 'sql-syntax')!.defaultConfiguration.level).toBe('error');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  test('results carry level, message and a relative location with a valid region', () => {
    const drop = run.results.find((r) => r.ruleId === 'drop-cascade')!;
    expect(drop.level).toBe('warning');
    expect(drop.message.text).toBe('CASCADE');
    expect(drop.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'services/a%20b/migrations/common/000002_x.down.sql',
      uriBaseId: '%SRCROOT%',
    });
    expect(drop.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 40 });
    expect(run.results.find((r) => r.ruleId === 'orphan-migration')!.level).toBe('note');
    // A whole-file finding sits at line 1, so that code scanning can fingerprint it.
    expect(run.results.find((r) => r.ruleId === 'orphan-migration')!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
  });

  test('every result has at least one location (code scanning rejects the file otherwise)', () => {
    expect(run.results).toHaveLength(3);
    for (const r of run.results) expect(r.locations.length).toBeGreaterThan(0);
    const notes = run.invocations[0]!.toolExecutionNotifications;
    expect(notes).toEqual([
      { level: 'error', message: { text: 'Circular dependency detected' }, associatedRule: { id: 'dependency-cycle', index: 0 } },
    ]);
  });

  test('the string form is the same JSON', () => {
    expect(JSON.parse(formatSarif(report(findings)))).toMatchObject({ version: '2.1.0' });
  });
});

describe('rules without catalog metadata', () => {
  test('still get every field GitHub asks for, pointing to their doc', () => {
    const rule = buildSarif(report(findings)).runs[0]!.tool.driver.rules.find((r) => r.id === 'sql-syntax')!;
    expect(rule.shortDescription.text).not.toBe('');
    expect(rule.fullDescription.text).not.toBe('');
    expect(rule.help.text).toContain(rule.helpUri);
    expect(rule.help.markdown).toContain(`](${rule.helpUri})`);
  });
});

describe('regionOf', () => {
  const f: Finding = { rule: 'r', severity: 'error', message: 'm', file: 'f' };
  test.each<[Partial<Finding>, ReturnType<typeof regionOf>]>([
    [{}, { startLine: 1 }],
    [{ line: 0 }, { startLine: 1 }],
    [{ line: 2 }, { startLine: 2 }],
    [{ line: 2, column: 0 }, { startLine: 2 }],
    [{ line: 2, column: 3, endColumn: 1 }, { startLine: 2, startColumn: 3 }],
    [{ line: 2, column: 3, endLine: 1 }, { startLine: 2, startColumn: 3 }],
    [{ line: 2, column: 3, endLine: 4, endColumn: 1 }, { startLine: 2, startColumn: 3, endLine: 4, endColumn: 1 }],
  ])('%j', (extra, expected) => {
    expect(regionOf({ ...f, ...extra })).toEqual(expected);
  });
});
