import { dirtyMessage, fileIsTransactional, migrationLine } from './run.js';
import { lockKey } from './lock.js';
import { checksumOf, quoteIdent, trackingTables } from './tracking.js';

describe('migrationLine (golang-migrate format)', () => {
  it.each([
    ['000001', 'up', 'initial', 54.183163, '1/u initial (54.183163ms)'],
    ['000012', 'down', 'add_x', 0.5, '12/d add_x (0.500000ms)'],
    ['20240101120000', 'up', 'ts', 1234.5678901, '20240101120000/u ts (1234.567890ms)'],
    ['0', 'up', 'zero', 1, '0/u zero (1.000000ms)'],
  ] as const)('%s %s', (id, dir, name, ms, expected) => {
    expect(migrationLine(id, dir, name, ms)).toBe(expected);
  });
});

describe('fileIsTransactional', () => {
  it.each([
    ['CREATE TABLE s.t (id int);', true],
    ['CREATE INDEX CONCURRENTLY i ON s.t (id);', false],
    ['CREATE TABLE s.t (id int);\nCREATE INDEX CONCURRENTLY i ON s.t (id);', false],
    ['BEGIN;\nCREATE TABLE s.t (id int);\nCOMMIT;', false],
    ['VACUUM s.t;', false],
    ['CREATE TABLE oops (', true], // the server rejects it inside the transaction
    ['-- nothing\n', true],
  ])('%s -> %s', async (sql, expected) => {
    expect(await fileIsTransactional(sql)).toBe(expected);
  });
});

describe('tracking names and keys', () => {
  it('quotes the per-service tables of spec section 4', () => {
    expect(trackingTables({ snake: 'user_service' })).toEqual({
      migrations: 'public."user_service_schema_migrations"',
      performance: 'public."user_service_migration_performance"',
    });
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });

  it('checksums are SHA-256 hex of the bytes', () => {
    expect(checksumOf('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('lock keys are stable signed 64-bit integers, distinct per service', () => {
    const a = lockKey('user-service');
    expect(a).toBe(lockKey('user-service'));
    expect(a).not.toBe(lockKey('notification-service'));
    const n = BigInt(a);
    expect(n >= -(2n ** 63n) && n < 2n ** 63n).toBe(true);
  });

  it('the dirty message names the version and the exact force command', () => {
    expect(dirtyMessage('user-service', { version: '000005', name: 'idx' })).toContain(
      '000005 (idx) is dirty',
    );
    expect(dirtyMessage('user-service', { version: '000005', name: null })).toContain(
      'svc-migrate force --service user-service --version 000005 --clean',
    );
  });
});
