import { UsageError } from '../core/types.js';
import { resolveMigrationId, resolveTarget } from './ids.js';

const service = { name: 'a-svc', migrations: [{ id: '000001' }, { id: '000005' }, { id: '20240101120000' }] as never[] };

describe('resolveMigrationId', () => {
  test.each([
    ['000005', [], '000005'],
    ['5', [], '000005'],
    ['05', [], '000005'],
    ['20240101120000', [], '20240101120000'],
    ['7', ['000007'], '000007'],
  ] as [string, string[], string][])('%s resolves (rows %j) to %s', (written, rows, expected) => {
    expect(resolveMigrationId(service, written, '--version', rows)).toBe(expected);
  });

  test.each([
    ['000099', /a-svc has no migration 000099: --version must name one of its migrations \(000001, 000005, 20240101120000\)/],
    ['1; DROP TABLE x', /--version "1; DROP TABLE x" is not a migration id/],
    ['000005\n', /is not a migration id/],
    ['', /is not a migration id/],
  ])('%j is a usage error', (written, message) => {
    expect(() => resolveMigrationId(service, written, '--version')).toThrow(UsageError);
    expect(() => resolveMigrationId(service, written, '--version')).toThrow(message);
  });

  test('two ids of one number are ambiguous', () => {
    expect(() => resolveMigrationId({ name: 's', migrations: [] }, '1', '--to', ['01', '001'])).toThrow(/matches several ids of s \(001, 01\)/);
  });
});

describe('resolveTarget', () => {
  const repo = { services: [{ ...service }, { name: 'b-svc', migrations: [{ id: '000003' }] as never[] }] };
  test('the id of any selected service', () => {
    expect(resolveTarget(repo, [], '3')).toBe('000003');
    expect(() => resolveTarget(repo, ['a-svc'], '3')).toThrow(/a-svc has no migration 3/);
    expect(() => resolveTarget(repo, [], '9')).toThrow(/--target "9" is not a migration of a-svc, b-svc/);
  });
});
