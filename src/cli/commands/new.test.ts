import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    [['--service', 'Nope', '--name', 'x'], 'Service name "Nope" is not valid'],
    [['--service', 'user-service', '--name', 'x', '--cross-service', 'nope:000001'], 'no service nope'],
    [['--service', 'user-service', '--name', 'x', '--cross-service', 'notification-service:000042'], 'has no such migration'],
  ])('usage error %#', async (args, message) => {
    const run = await cli(['new', '--root', root, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test('--cross-service records the other service\'s migration', async () => {
    const run = await cli(['new', '--root', root, '--service', 'user-service', '--name', 'x', '--cross-service', 'notification-service:000002', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ entry: { cross_service_dependencies: { 'notification-service': ['000002'] } } });
  });
});

describe('svc-migrate new, services that do not exist yet and other formats', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'svcm-newfresh-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('in a fresh repository: creates the service, its folders, the first migration and dependencies.json', async () => {
    const run = await cli(['new', '--root', root, '--service', 'orders', '--name', 'init']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created service orders (services/orders/migrations/common/)');
    expect(existsSync(path.join(root, 'services/orders/migrations/common/000001_init.up.sql'))).toBe(true);
    expect(existsSync(path.join(root, 'services/orders/migrations/common/000001_init.down.sql'))).toBe(true);
    const deps = JSON.parse(readFileSync(path.join(root, 'services/orders/migrations/dependencies.json'), 'utf8')) as { migrations: Record<string, unknown> };
    expect(deps.migrations['000001']).toEqual({ description: 'Init', depends_on: [] });
    const second = await cli(['new', '--root', root, '--service', 'orders', '--name', 'add_total', '--format', 'json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ id: '000002', entry: { depends_on: ['000001'] } });
    const validate = await cli(['validate', '--root', root, '--format', 'json']);
    expect(validate.code).toBe(0);
  });

  test('next to existing services: a new one is added beside them', async () => {
    mkdirSync(path.join(root, 'services/a/migrations/common'), { recursive: true });
    const run = await cli(['new', '--root', root, '--service', 'b', '--name', 'init']);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(root, 'services/b/migrations/common/000001_init.up.sql'))).toBe(true);
  });

  test.each([
    ['dbmate', { '20240101000000_a.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n' }, /^services\/s\/migrations\/\d{14}_b\.sql$/, '-- migrate:up'],
    ['goose', { '00001_a.sql': '-- +goose Up\nSELECT 1;\n' }, /^services\/s\/migrations\/00002_b\.sql$/, '-- +goose Up'],
    ['golang-migrate', { '0001_a.up.sql': 'SELECT 1;', '0001_a.down.sql': 'SELECT 1;' }, /^services\/s\/migrations\/0002_b\.up\.sql$/, '(up)'],
    ['flyway', { 'V1_1__a.sql': 'SELECT 1;' }, /^services\/s\/migrations\/V2__b\.sql$/, '(up)'],
    ['diesel', { '2024-01-01-000000_a/up.sql': 'SELECT 1;', '2024-01-01-000000_a/down.sql': 'SELECT 1;' }, /^services\/s\/migrations\/\d{4}-\d\d-\d\d-\d{6}_b\/up\.sql$/, '(up)'],
    ['prisma', { '20240101000000_a/migration.sql': 'SELECT 1;' }, /^services\/s\/migrations\/\d{14}_b\/migration\.sql$/, '(up)'],
  ])('%s: writes in the service\'s own format, no dependencies.json guessed for its history', async (format, files, file, marker) => {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, 'services/s/migrations', rel)), { recursive: true });
      writeFileSync(path.join(root, 'services/s/migrations', rel), text);
    }
    const run = await cli(['new', '--root', root, '--service', 's', '--name', 'b', '--format', 'json']);
    expect(run.code).toBe(0);
    const created = JSON.parse(run.stdout) as { files: string[]; notes: string[] };
    expect(created.files[0]).toMatch(file);
    expect(readFileSync(path.join(root, created.files[0]!), 'utf8')).toContain(marker);
    expect(existsSync(path.join(root, 'services/s/migrations/dependencies.json'))).toBe(false);
    expect(created.notes.join()).toContain('deps --write');
    const reloaded = await cli(['deps', '--root', root, '--format', 'json']);
    const graph = JSON.parse(reloaded.stdout) as { services: Record<string, { order: string[] }> };
    expect(graph.services.s!.order).toHaveLength(2);
    expect(format).toBeDefined();
  });

  test('sqitch: a plan line depending on the latest change, and deploy, revert and verify scripts', async () => {
    mkdirSync(path.join(root, 'services/s/migrations/deploy'), { recursive: true });
    writeFileSync(path.join(root, 'services/s/migrations/sqitch.plan'), '%project=s\n\na 2024-01-01T00:00:00Z T <t@x>\n');
    writeFileSync(path.join(root, 'services/s/migrations/deploy/a.sql'), 'SELECT 1;');
    const run = await cli(['new', '--root', root, '--service', 's', '--name', 'b']);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(root, 'services/s/migrations/sqitch.plan'), 'utf8')).toMatch(/\nb \[a\] \S+Z svc-migrate <svc-migrate@localhost> # b\n$/);
    for (const dir of ['deploy', 'revert', 'verify']) expect(existsSync(path.join(root, `services/s/migrations/${dir}/b.sql`))).toBe(true);
  });
});
