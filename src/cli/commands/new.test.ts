import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../../../tests/helpers/cli.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

describe('svc-migrate new', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'svcm-newcli-'));
    cpSync(FIXTURES, root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('creates the pair and the entry; validate still passes without errors', async () => {
    const run = await cli(['new', '--root', root, '--service', 'notification-service', '--name', 'add_read_at']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'created services/notification-service/migrations/common/000003_add_read_at.up.sql\n' +
        'created services/notification-service/migrations/common/000003_add_read_at.down.sql\n' +
        'added 000003 to services/notification-service/migrations/dependencies.json (depends_on: ["000002"])\n',
    );
    const deps = JSON.parse(readFileSync(path.join(root, 'services/notification-service/migrations/dependencies.json'), 'utf8')) as {
      migrations: Record<string, unknown>;
    };
    expect(Object.keys(deps.migrations)).toEqual(['000001', '000002', '000003']);
    const validate = await cli(['validate', '--root', root, '--format', 'json']);
    const report = JSON.parse(validate.stdout) as { findings: { rule: string; severity: string; file?: string }[] };
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('--env puts it in the environment folder', async () => {
    const run = await cli(['new', '--root', root, '--service', 'user-service', '--name', 'more_seeds', '--env', 'development', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: '000006', folder: 'development', entry: { environment: 'development' } });
  });

  test.each([
    [['--service', 'user-service'], 'needs --name'],
    [['--name', 'x'], 'exactly one --service'],
    [['--service', 'user-service', '--name', 'Bad Name'], 'is not valid'],
    [['--service', 'nope', '--name', 'x'], 'nope'],
  ])('usage error %#', async (args, message) => {
    const run = await cli(['new', '--root', root, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
