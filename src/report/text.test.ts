import type { Report, ServiceSummary } from '../core/types.js';
import { formatSummaryLine, formatText } from './text.js';

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
