import type { Report } from '../core/types.js';
import { formatJson, jsonReport } from './json.js';

test('findings keep the contract keys in a fixed order and drop undefined ones', () => {
  const report: Report = {
    version: 1,
    environment: 'staging',
    findings: [{ migration: '000002', service: 's', rule: 'r', severity: 'warning', message: 'm', file: 'f.sql', line: 3, column: 1 }],
    summary: { errors: 0, warnings: 1, infos: 0, services: 1, migrations: 1, files: 1 },
    extra: true,
  };
  const parsed = JSON.parse(formatJson(report));
  expect(Object.keys(parsed)).toEqual(['version', 'environment', 'findings', 'summary', 'extra']);
  expect(Object.keys(parsed.findings[0])).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'service', 'migration']);
  expect(formatJson(report).endsWith('}\n')).toBe(true);
});

test('jsonReport: the envelope first, severities counted from the findings, envelope keys never taken from the payload', () => {
  const text = jsonReport('staging', { version: 99, environment: 'x', applied: [] }, { services: 2, migrations: 0, files: 0 }, [
    { rule: 'r', severity: 'error', message: 'm' },
  ]);
  const parsed = JSON.parse(text);
  expect(Object.keys(parsed)).toEqual(['version', 'environment', 'findings', 'summary', 'applied']);
  expect(parsed.version).toBe(1);
  expect(parsed.environment).toBe('staging');
  expect(parsed.summary).toEqual({ errors: 1, warnings: 0, infos: 0, services: 2, migrations: 0, files: 0 });
});
