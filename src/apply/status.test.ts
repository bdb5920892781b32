import { execFileSync } from 'node:child_process';
import { formatStatusText, type ServiceStatus } from './status.js';

const services: ServiceStatus[] = [
  {
    service: 'user-service',
    migrations: [
      { service: 'user-service', id: '000001', name: 'create_users', state: 'applied', checksumChanged: false, slow: false, ms: 38.4 },
      { service: 'user-service', id: '000002', name: 'add_user_profiles', state: 'applied', checksumChanged: true, slow: true, ms: 70112.2 },
      { service: 'user-service', id: '000003', name: 'dev_seed_data', state: 'pending', checksumChanged: false, slow: false, ms: 0 },
      { service: 'user-service', id: '000004', name: 'idx', state: 'dirty', checksumChanged: false, slow: false, ms: 0 },
      { service: 'user-service', id: '000009', name: 'gone', state: 'applied', checksumChanged: false, slow: false, ms: 5, fileMissing: true },
    ],
  },
];

describe('formatStatusText', () => {
  it('prints one line a migration: id, whole ms, state, flags, service, name', () => {
    expect(formatStatusText(services).split('\n')).toEqual([
      '000001 38 applied - user-service create_users',
      '000002 70112 applied slow,checksum-changed user-service add_user_profiles',
      '000003 0 pending - user-service dev_seed_data',
      '000004 0 dirty - user-service idx',
      '000009 5 applied file-missing user-service gone',
      '',
    ]);
  });

  it("works with the design documents' awk '$2 > 30000'", () => {
    const slow = execFileSync('awk', ['$2 > 30000'], { input: formatStatusText(services) }).toString();
    expect(slow).toBe('000002 70112 applied slow,checksum-changed user-service add_user_profiles\n');
  });

  it('prints nothing for no migrations', () => {
    expect(formatStatusText([{ service: 'x', migrations: [] }])).toBe('');
  });
});
