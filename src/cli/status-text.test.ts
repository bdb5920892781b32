import { execFileSync } from 'node:child_process';
import type { ServiceStatus } from '../apply/status.js';
import { formatStatusText } from './status-text.js';

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
  { service: 'billing', migrations: [{ service: 'billing', id: '000001', name: 'init', state: 'pending', checksumChanged: false, slow: false, ms: 0 }] },
];
const opts = { database: 'postgres://postgres@127.0.0.1:5432/app', environment: 'staging', color: false, align: true };
const text = formatStatusText(services, opts);
const piped = formatStatusText(services, { ...opts, align: false });

describe('formatStatusText', () => {
  it('a header with the database, one line a migration (id, whole ms, state, flags, service, name), totals per service', () => {
    expect(text.split('\n')).toEqual([
      '# - database postgres://postgres@127.0.0.1:5432/app, environment staging',
      '# - id     ms  state    flags                  service       name',
      '000001     38  applied  -                      user-service  create_users',
      '000002  70112  applied  slow,checksum-changed  user-service  add_user_profiles',
      '000003      0  pending  -                      user-service  dev_seed_data',
      '000004      0  dirty    -                      user-service  idx',
      '000009      5  applied  file-missing           user-service  gone',
      '# - user-service: 3 applied, 1 pending, 1 dirty, 1 slow; 70156 ms in all',
      '000001      0  pending  -                      billing       init',
      '# - billing: 0 applied, 1 pending; 0 ms in all',
      '',
    ]);
  });

  it("in a pipe, each migration line is exactly the spec's line", () => {
    expect(piped.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
      '000001 38 applied - user-service create_users',
      '000002 70112 applied slow,checksum-changed user-service add_user_profiles',
      '000003 0 pending - user-service dev_seed_data',
      '000004 0 dirty - user-service idx',
      '000009 5 applied file-missing user-service gone',
      '000001 0 pending - billing init',
      '',
    ]);
    expect(execFileSync('awk', ['$2 > 30000'], { input: piped }).toString()).toBe('000002 70112 applied slow,checksum-changed user-service add_user_profiles\n');
  });

  it("the spec's fields for awk: $1 the id, $2 the ms, $3 the state", () => {
    const fields = execFileSync('awk', ['!/^#/ { print $1, $2, $3, $5 }'], { input: text }).toString();
    expect(fields.split('\n')[1]).toBe('000002 70112 applied user-service');
  });

  it("works with the design documents' awk '$2 > 30000': header and totals are never selected", () => {
    const slow = execFileSync('awk', ['$2 > 30000'], { input: text }).toString();
    expect(slow).toBe('000002  70112  applied  slow,checksum-changed  user-service  add_user_profiles\n');
    // Even when the totals exceed the threshold and the database name starts with a letter.
    const big = formatStatusText([{ service: 'z', migrations: [{ service: 'z', id: '1', name: 'n', state: 'applied', checksumChanged: false, slow: true, ms: 99999 }] }], opts);
    expect(execFileSync('awk', ['$2 > 30000 { print $1 }'], { input: big }).toString()).toBe('1\n');
  });

  it('colours states on a terminal, not the fields awk reads', () => {
    const coloured = formatStatusText(services, { ...opts, color: true });
    expect(coloured).toContain('\u001b[32mapplied');
    expect(coloured).toContain('\u001b[31mdirty');
    expect(coloured.split('\n')[2]!.startsWith('000001     38  ')).toBe(true);
  });

  it('says when there is nothing, under the header', () => {
    expect(formatStatusText([{ service: 'x', migrations: [] }], opts)).toBe('# - database postgres://postgres@127.0.0.1:5432/app, environment staging\n# - no migrations\n');
  });
});
