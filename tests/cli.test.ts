/**
 * The CLI as a user meets it: the README's commands on fixtures/, exit codes, and flags it refuses.
 */
import { rmSync } from 'node:fs';
import { cli } from './helpers/cli.js';
import { miniRepo } from './helpers/mini-repo.js';

describe('validate on the example repository', () => {
  test('prints what it checked per service and exits 0', async () => {
    const r = await cli(['validate', '--root', 'fixtures']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const service of ['user-service', 'dynamic-service', 'notification-service']) expect(r.stdout).toContain(service);
    expect(r.stdout).toMatch(/dependency file found: services\/user-service\/migrations\/dependencies\.json \(\d+ migrations in the dependency file\)/);
    expect(r.stdout).toMatch(/migration groups found: common \(\d+\), development \(1\)/);
    expect(r.stdout).toMatch(/\d+ SQL files checked/);
    expect(r.stdout).toMatch(/0 errors, .* in 3 services/);
  });

  test('the text report ends with the findings per rule; --quiet prints only errors', async () => {
    const repo = miniRepo([{ name: 'app', migrations: [{ id: '000001', name: 'init',
      up: 'CREATE TABLE app.t (id bigint PRIMARY KEY);\nALTER TABLE app.users ADD COLUMN a int NOT NULL;\nDELETE FROM app.t;\n', down: 'DROP TABLE app.t;\n' }] }]);
    try {
      const r = await cli(['validate', '--root', repo.root]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/findings by rule\n {2}rule +severity +findings +files\n/);
      expect(r.stdout).toMatch(/\n {2}not-null-without-default +error +1 +1\n/);
      expect(r.stdout).toMatch(/\n {2}require-lock-timeout +warning +1 +1\n/);
      const quiet = await cli(['validate', '--root', repo.root, '--quiet']);
      expect(quiet.code).toBe(1);
      expect(quiet.stdout).toContain('not-null-without-default');
      expect(quiet.stdout).not.toContain('require-lock-timeout');
      // The summary line still counts every finding.
      expect(quiet.stdout.trim().split('\n').pop()).toBe(r.stdout.trim().split('\n').pop());
    } finally {
      rmSync(repo.root, { recursive: true, force: true });
    }
  });

  test('--format json follows the report contract', async () => {
    const r = await cli(['validate', '--root', 'fixtures', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.environment).toBe('development');
    expect(Array.isArray(report.findings)).toBe(true);
    expect(Object.keys(report.summary).sort()).toEqual(['errors', 'files', 'infos', 'migrations', 'services', 'warnings']);
    expect(report.summary.services).toBe(3);
    expect(report.summary.errors).toBe(0);
  });

  test('--env and MIGRATION_ENV choose the environment, --env first', async () => {
    const fromVar = JSON.parse((await cli(['validate', '--root', 'fixtures', '--format', 'json'], { MIGRATION_ENV: 'staging' })).stdout);
    expect(fromVar.environment).toBe('staging');
    const fromFlag = JSON.parse((await cli(['validate', '--root', 'fixtures', '--format', 'json', '--env', 'production'], { MIGRATION_ENV: 'staging' })).stdout);
    expect(fromFlag.environment).toBe('production');
  });

  test('--service limits the run to that service', async () => {
    const r = JSON.parse((await cli(['validate', '--root', 'fixtures', '--service', 'user-service', '--format', 'json'])).stdout);
    expect(r.summary.services).toBe(1);
  });
});

describe('deps', () => {
  test('one line per migration, in id order', async () => {
    const r = await cli(['deps', '--root', 'fixtures', '--service', 'user-service']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('000001: []');
    expect(lines[1]).toBe('000002: ["000001"]');
    const ids = lines.map((l) => l.split(':')[0]);
    expect(ids).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
    for (const line of lines) expect(line).toMatch(/^\d+: \[("\d+"(,"\d+")*)?\]$/);
  });

  test('--format json is valid JSON', async () => {
    const r = await cli(['deps', '--root', 'fixtures', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

describe('unusable input exits 2 with a message and no stack trace', () => {
  test.each([
    [['validate', '--root', 'does/not/exist'], /does\/not\/exist/],
    [['validate', '--root', 'fixtures', '--bogus'], /bogus/],
    [['validate', '--root', 'fixtures', '--format', 'yaml'], /--format yaml/],
    [['validate', '--root', 'fixtures', '--fail-on', 'sometimes'], /--fail-on sometimes/],
    [['validate', '--root', 'fixtures', '--service', 'nope-service'], /nope-service/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('%j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});

test('--help lists the commands; a command --help lists its flags', async () => {
  const general = await cli(['--help']);
  expect(general.code).toBe(0);
  expect(general.stdout).toMatch(/validate/);
  const help = await cli(['validate', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/--fail-on/);
});
