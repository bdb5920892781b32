import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, type Finding } from '../core/types.js';
import { loadRepo, pairMigrations } from './load.js';
import type { Repo } from './types.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const brokenRoot = (c: string): string => path.join(FIXTURES, 'broken', c);

function summary(repo: Repo): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of repo.services) {
    out[s.name] = s.migrations.map((m) => `${m.folder}/${m.id}_${m.name}${m.up ? ' up' : ''}${m.down ? ' down' : ''}${m.meta ? ' meta' : ''}`);
  }
  return out;
}

const brief = (f: Finding): [string, string, string | undefined, string | undefined] => [f.rule, f.severity, f.file, f.service];

describe('loadRepo on the example monorepo', () => {
  let repo: Repo;
  beforeAll(async () => {
    repo = await loadRepo({ root: FIXTURES });
  });

  test('finds no problems', () => {
    expect(repo.findings).toEqual([]);
  });

  test('finds every service, migration and pair', () => {
    expect(summary(repo)).toEqual({
      'dynamic-service': [
        'common/000001_create_feature_flags up down meta',
        'common/000002_add_rollout_percentage up down meta',
        'common/000003_add_flag_lookup_function up down meta',
      ],
      'notification-service': ['common/000001_create_notifications up down meta', 'common/000002_create_notification_preferences up down meta'],
      'user-service': [
        'common/000001_create_users up down meta',
        'common/000002_add_user_profiles up down meta',
        'development/000003_dev_seed_data up down meta',
        'staging/000004_staging_test_accounts up down meta',
        'production/000005_production_indexes up down meta',
      ],
    });
  });

  test('service facts', () => {
    const user = repo.services.find((s) => s.name === 'user-service')!;
    expect(user).toMatchObject({
      snake: 'user_service',
      dir: 'services/user-service/migrations',
      abs: path.join(FIXTURES, 'services/user-service/migrations'),
      layout: 'folders',
      hooksDir: path.join(FIXTURES, 'services/user-service/migrations/hooks'),
    });
    expect(user.dependencies?.file).toBe('services/user-service/migrations/dependencies.json');
    expect(user.environments?.value.current_environment).toBe('development');
    expect(Object.keys(user.environments!.value.environments)).toEqual(['development', 'staging', 'production']);
    const m3 = user.migrations.find((m) => m.id === '000003')!;
    expect(m3.up).toMatchObject({
      file: 'services/user-service/migrations/development/000003_dev_seed_data.up.sql',
      folder: 'development',
      id: '000003',
      name: 'dev_seed_data',
      direction: 'up',
    });
    expect(m3.meta?.environment).toBe('development');
    expect(repo.root).toBe(FIXTURES);
    expect(repo.configFile?.file).toBe('svc-migrate.json');
    const dyn = repo.services.find((s) => s.name === 'dynamic-service')!;
    expect(dyn.hooksDir).toBeUndefined();
    expect(dyn.environments).toBeUndefined();
  });

  test('--service keeps only the named services', async () => {
    const r = await loadRepo({ root: FIXTURES, services: ['notification-service'] });
    expect(r.services.map((s) => s.name)).toEqual(['notification-service']);
  });

  test('a relative root works', async () => {
    const r = await loadRepo({ root: path.relative(process.cwd(), FIXTURES) || '.' });
    expect(r.root).toBe(FIXTURES);
  });
});

describe('loadRepo on broken fixtures: each problem reported once, at its file', () => {
  const cases: [string, [string, string, string | undefined, string | undefined][]][] = [
    [
      'bad-filenames',
      [
        ['invalid-filename', 'error', 'services/svc-a/migrations/common/000002_bad name.up.sql', 'svc-a'],
        ['invalid-filename', 'error', 'services/svc-a/migrations/common/000003_no_direction.sql', 'svc-a'],
        ['filename-style', 'info', 'services/svc-a/migrations/common/0004_harness_style_down.sql', 'svc-a'],
        ['filename-style', 'info', 'services/svc-a/migrations/common/0004_harness_style_up.sql', 'svc-a'],
        ['invalid-filename', 'error', 'services/svc-a/migrations/common/create_things.sql', 'svc-a'],
        ['invalid-filename', 'warning', 'services/svc-a/migrations/common/notes.txt', 'svc-a'],
      ],
    ],
    [
      'duplicate-ids',
      [
        ['duplicate-version', 'error', 'services/svc-a/migrations/common/000001_other.up.sql', 'svc-a'],
        ['duplicate-version', 'error', 'services/svc-a/migrations/staging/000002_seed.up.sql', 'svc-a'],
      ],
    ],
    [
      'missing-down',
      [
        ['missing-down', 'warning', 'services/svc-a/migrations/common/000002_two.up.sql', 'svc-a'],
        ['missing-up', 'warning', 'services/svc-a/migrations/common/000003_three.down.sql', 'svc-a'],
      ],
    ],
    ['bad-service-name', [['invalid-service-name', 'error', 'services/User_Service', 'User_Service']]],
    ['unknown-folder', [['unknown-folder', 'warning', 'services/svc-a/migrations/archive', 'svc-a']]],
    ['no-migrations', [['unknown-folder', 'info', 'services/not-a-service', undefined]]],
    ['truncated-json', [['config-invalid-json', 'error', 'services/svc-a/migrations/dependencies.json', 'svc-a']]],
    ['trailing-comma', [['config-invalid-json', 'error', 'services/svc-a/migrations/dependencies.json', 'svc-a']]],
    ['not-an-object', [['config-schema', 'error', 'services/svc-a/migrations/dependencies.json', 'svc-a']]],
    ['duplicate-keys', [['config-schema', 'warning', 'services/svc-a/migrations/dependencies.json', 'svc-a']]],
    ['flat-layout', []],
    // Graph damage is src/graph's to report; loading it is clean.
    ['cycle', []],
    ['missing-dependency', []],
    ['orphan-file', []],
    ['entry-without-file', []],
    ['env-mismatch', []],
    ['cross-service-unknown', []],
  ];
  test.each(cases)('%s', async (c, expected) => {
    const repo = await loadRepo({ root: brokenRoot(c) });
    expect(repo.findings.map(brief)).toEqual(expected);
  });

  test('bad-project-config: findings on svc-migrate.json, defaults kept', async () => {
    const repo = await loadRepo({ root: brokenRoot('bad-project-config') });
    expect(new Set(repo.findings.map((f) => `${f.rule} ${f.file}`))).toEqual(new Set(['config-schema svc-migrate.json']));
    expect(repo.findings).toHaveLength(5);
    expect(repo.config.services).toEqual(['services/*']);
    expect(repo.services.map((s) => s.name)).toEqual(['svc-a']);
  });

  test('wrong-types and environments-semantic findings carry the service and a line', async () => {
    for (const c of ['wrong-types', 'environments-semantic']) {
      const repo = await loadRepo({ root: brokenRoot(c) });
      expect(repo.findings.length).toBeGreaterThan(3);
      for (const f of repo.findings) {
        expect(f).toMatchObject({ rule: 'config-schema', service: 'svc-a', line: expect.any(Number), column: expect.any(Number) });
      }
    }
  });

  test('a broken service does not stop the others', async () => {
    const repo = await loadRepo({ root: brokenRoot('truncated-json') });
    expect(summary(repo)).toEqual({
      'svc-a': ['common/000001_one up down', 'common/000002_two up down'],
      'svc-b': ['common/000001_one up down'],
    });
    expect(repo.services[0]!.dependencies).toBeUndefined();
  });

  test('flat golang-migrate layout is read as common', async () => {
    const repo = await loadRepo({ root: brokenRoot('flat-layout') });
    expect(repo.services[0]).toMatchObject({ name: 'legacy', layout: 'flat' });
    expect(summary(repo)).toEqual({ legacy: ['common/0001_create_users up down meta', 'common/0002_add_city up down meta'] });
    expect(repo.services[0]!.migrations[0]!.up!.file).toBe('services/legacy/migrations/0001_create_users.up.sql');
  });

  test('bad-filenames still reads the good and the underscore-style files', async () => {
    const repo = await loadRepo({ root: brokenRoot('bad-filenames') });
    expect(summary(repo)).toEqual({
      'svc-a': ['common/000001_one up down meta', 'common/0004_harness_style up down meta', 'common/000005_Upper.Case-ok up down meta'],
    });
  });

  test('an empty migrations folder is a service with no migrations', async () => {
    const repo = await loadRepo({ root: brokenRoot('no-migrations') });
    expect(summary(repo)).toEqual({ 'empty-service': [], 'svc-a': ['common/000001_one up down'] });
  });
});

describe('loadRepo usage errors', () => {
  const cases: [string, () => Promise<unknown>, RegExp][] = [
    ['a missing root', () => loadRepo({ root: path.join(FIXTURES, 'does-not-exist') }), /no such folder/],
    ['a root that is a file', () => loadRepo({ root: path.join(FIXTURES, 'svc-migrate.json') }), /is a file, not a folder/],
    ['a root with no services/', () => loadRepo({ root: brokenRoot('no-services') }), /has no services\/ folder.*services\/<service>\/migrations/],
    ['an unknown --service', () => loadRepo({ root: FIXTURES, services: ['billing'] }), /Unknown service "billing"\. Services found under .*: dynamic-service, notification-service, user-service\./],
  ];
  test.each(cases)('%s', async (_name, run, message) => {
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });

  test('--service naming an invalid folder is unknown, and its findings are not shown', async () => {
    await expect(loadRepo({ root: brokenRoot('bad-service-name'), services: ['User_Service'] })).rejects.toThrow(/Services found under .*: good-service/);
    const r = await loadRepo({ root: brokenRoot('bad-service-name'), services: ['good-service'] });
    expect(r.findings).toEqual([]);
  });
});

describe('loadRepo on hostile trees (built in a temp folder)', () => {
  let root: string;
  const mig = (rel: string, text = 'SELECT 1;'): void => {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'svc-migrate-repo-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('a symlink loop is a finding, not a hang', async () => {
    mig('services/a/migrations/common/000001_x.up.sql');
    symlinkSync('loop2', path.join(root, 'services/a/migrations/common/loop1'));
    symlinkSync('loop1', path.join(root, 'services/a/migrations/common/loop2'));
    symlinkSync('.', path.join(root, 'services/a/migrations/self'));
    const repo = await loadRepo({ root });
    expect(repo.findings.map((f) => [f.rule, f.file])).toEqual([
      ['unreadable-path', 'services/a/migrations/common/loop1'],
      ['unreadable-path', 'services/a/migrations/common/loop2'],
      ['unknown-folder', 'services/a/migrations/self'],
      ['missing-down', 'services/a/migrations/common/000001_x.up.sql'],
    ]);
    expect(repo.findings[0]!.message).toMatch(/symlink loop/);
  });

  test('symlinks out of the root are not followed', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'svc-migrate-outside-'));
    try {
      writeFileSync(path.join(outside, '000002_secret.up.sql'), 'SELECT 1;');
      mkdirSync(path.join(outside, 'migrations'));
      mig('services/a/migrations/common/000001_x.up.sql');
      mig('services/a/migrations/common/000001_x.down.sql');
      symlinkSync(path.join(outside, '000002_secret.up.sql'), path.join(root, 'services/a/migrations/common/000002_secret.up.sql'));
      mkdirSync(path.join(root, 'services/b'), { recursive: true });
      symlinkSync(path.join(outside, 'migrations'), path.join(root, 'services/b/migrations'));
      symlinkSync(outside, path.join(root, 'services/c'));
      const repo = await loadRepo({ root });
      expect(repo.findings.map((f) => [f.rule, f.file])).toEqual([
        ['unreadable-path', 'services/c'],
        ['unreadable-path', 'services/a/migrations/common/000002_secret.up.sql'],
        ['unreadable-path', 'services/b/migrations'],
      ]);
      expect(summary(repo)).toEqual({ a: ['common/000001_x up down'], b: [] });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('symlinks inside the root are followed', async () => {
    mig('shared/000001_x.up.sql');
    mig('services/a/migrations/common/000001_x.down.sql');
    symlinkSync(path.join(root, 'shared/000001_x.up.sql'), path.join(root, 'services/a/migrations/common/000001_x.up.sql'));
    const repo = await loadRepo({ root });
    expect(repo.findings).toEqual([]);
    expect(summary(repo)).toEqual({ a: ['common/000001_x up down'] });
  });

  test('binary, non-UTF-8 and 10 MB files', async () => {
    mig('services/a/migrations/common/000001_x.up.sql');
    mig('services/a/migrations/common/000001_x.down.sql');
    writeFileSync(path.join(root, 'services/a/migrations/dependencies.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(path.join(root, 'services/a/migrations/environments.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    // SQL files are only stat'ed here: a 10 MB one costs nothing and gets its size.
    writeFileSync(path.join(root, 'services/a/migrations/common/000002_big.up.sql'), Buffer.alloc(10 * 1024 * 1024, 0x20));
    mig('services/a/migrations/common/000002_big.down.sql');
    writeFileSync(path.join(root, 'services/a/migrations/common/image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const repo = await loadRepo({ root });
    expect(repo.findings.map((f) => [f.rule, f.severity, f.file, f.line, f.column])).toEqual([
      ['config-invalid-json', 'error', 'services/a/migrations/dependencies.json', 1, 1],
      ['config-invalid-json', 'error', 'services/a/migrations/environments.json', 1, 2],
      ['invalid-filename', 'warning', 'services/a/migrations/common/image.png', undefined, undefined],
    ]);
    expect(repo.services[0]!.migrations[1]!.up?.file).toBe('services/a/migrations/common/000002_big.up.sql');
  });

  test('ids that are the same number are duplicates; ids sort numerically', async () => {
    for (const f of ['1_a', '0001_b', '10_c', '9_d']) {
      mig(`services/a/migrations/${f}.up.sql`);
      mig(`services/a/migrations/${f}.down.sql`);
    }
    const repo = await loadRepo({ root });
    expect(summary(repo)).toEqual({ a: ['common/0001_b up down', 'common/1_a up down', 'common/9_d up down', 'common/10_c up down'] });
    expect(repo.findings.map((f) => [f.rule, f.file])).toEqual([['duplicate-version', 'services/a/migrations/1_a.up.sql']]);
    expect(repo.findings[0]!.message).toMatch(/same number/);
  });

  test('a .up.sql and a _up.sql for one migration are two up files', async () => {
    mig('services/a/migrations/common/0001_a.up.sql');
    mig('services/a/migrations/common/0001_a_up.sql');
    mig('services/a/migrations/common/0001_a.down.sql');
    const repo = await loadRepo({ root });
    expect(repo.findings.map((f) => [f.rule, f.file])).toEqual([
      ['filename-style', 'services/a/migrations/common/0001_a_up.sql'],
      ['duplicate-version', 'services/a/migrations/common/0001_a_up.sql'],
    ]);
  });

  test('environment folders come from environments.json too; files next to common/ are read as common', async () => {
    mig('services/a/migrations/qa/000002_q.up.sql');
    mig('services/a/migrations/qa/000002_q.down.sql');
    mig('services/a/migrations/common/000001_x.up.sql');
    mig('services/a/migrations/common/000001_x.down.sql');
    mig('services/a/migrations/000003_loose.up.sql');
    mig('services/a/migrations/000003_loose.down.sql');
    mig('services/a/migrations/environments.json', '{"environments": {"qa": {}}}');
    mig('services/a/migrations/common/nested/000009_n.up.sql');
    const repo = await loadRepo({ root });
    expect(repo.services[0]!.layout).toBe('folders');
    expect(summary(repo)).toEqual({ a: ['common/000001_x up down', 'qa/000002_q up down', 'common/000003_loose up down'] });
    expect(repo.findings.map((f) => [f.rule, f.file])).toEqual([['unknown-folder', 'services/a/migrations/common/nested']]);
  });

  test('custom service globs from svc-migrate.json', async () => {
    mig('apps/web/db/migrations/000001_x.up.sql');
    mig('apps/web/db/migrations/000001_x.down.sql');
    mig('apps/api/db/migrations/000001_x.up.sql');
    mig('apps/api/db/migrations/000001_x.down.sql');
    mig('svc-migrate.json', '{"services": ["apps/*/db"]}');
    const repo = await loadRepo({ root });
    // The service is named after the folder the glob matches.
    expect(repo.findings.map((f) => [f.rule, f.message])).toEqual([
      ['invalid-service-name', expect.stringMatching(/Two service folders are named "db"/)],
    ]);
    mig('svc-migrate.json', '{"services": ["apps/*"]}');
    mkdirSync(path.join(root, 'apps/web/migrations'));
    mig('apps/api/migrations/000001_x.up.sql');
    const repo2 = await loadRepo({ root });
    expect(repo2.services.map((s) => [s.name, s.dir])).toEqual([
      ['api', 'apps/api/migrations'],
      ['web', 'apps/web/migrations'],
    ]);
  });

  test('two service folders that map to one schema and one tracking table: the second is skipped with an error', async () => {
    for (const name of ['user-service', 'user_service']) {
      mig(`services/${name}/migrations/000001_x.up.sql`);
      mig(`services/${name}/migrations/000001_x.down.sql`);
    }
    const repo = await loadRepo({ root });
    expect(repo.services.map((s) => s.name)).toEqual(['user-service']);
    expect(repo.findings.map((f) => [f.rule, f.severity, f.file, f.message])).toEqual([
      ['invalid-service-name', 'error', 'services/user_service', expect.stringMatching(/both map to schema user_service and tracking table public\.user_service_schema_migrations/)],
    ]);
  });

  test('a service name whose tracking tables exceed 63 bytes is skipped with an error; 41 characters fit', async () => {
    const fits = 'a'.repeat(41);
    const tooLong = 'b'.repeat(42);
    for (const name of [fits, tooLong]) {
      mig(`services/${name}/migrations/000001_x.up.sql`);
      mig(`services/${name}/migrations/000001_x.down.sql`);
    }
    const repo = await loadRepo({ root });
    expect(repo.services.map((s) => s.name)).toEqual([fits]);
    expect(repo.findings.map((f) => [f.rule, f.severity, f.file, f.message, f.help])).toEqual([
      [
        'invalid-service-name',
        'error',
        `services/${tooLong}`,
        `Service folder "${tooLong}" is too long: its tracking table public.${tooLong}_migration_performance (64 bytes) would exceed PostgreSQL's 63-byte identifier limit and be truncated; it is skipped`,
        'Rename it to at most 41 characters.',
      ],
    ]);
  });

  test('service globs that match nothing', async () => {
    mig('svc-migrate.json', '{"services": ["nowhere/*"]}');
    await expect(loadRepo({ root })).rejects.toThrow(/No folder under .* matches the service globs of svc-migrate.json \(nowhere\/\*\)/);
  });

  test('an empty services/ folder is a repository with no services', async () => {
    mkdirSync(path.join(root, 'services'));
    const repo = await loadRepo({ root });
    expect(repo.services).toEqual([]);
    expect(repo.findings).toEqual([]);
  });

  // root reads everything, so the permission case can only be built as another user.
  (process.getuid?.() === 0 ? test.skip : test)('an unreadable migrations folder is a finding', async () => {
    mig('services/a/migrations/common/000001_x.up.sql');
    const { chmodSync } = await import('node:fs');
    chmodSync(path.join(root, 'services/a/migrations/common'), 0o000);
    try {
      const repo = await loadRepo({ root });
      expect(repo.findings.map((f) => f.rule)).toEqual(['unreadable-path']);
    } finally {
      chmodSync(path.join(root, 'services/a/migrations/common'), 0o755);
    }
  });
});

describe('pairMigrations: missing-down follows the layout', () => {
  const up = { file: 'm/000001_a.up.sql', abs: '/m/000001_a.up.sql', folder: 'common', id: '000001', name: 'a', direction: 'up' as const };
  it('reports an up file with no down file where the layout has down files', () => {
    const findings: Finding[] = [];
    pairMigrations('s', [up], findings);
    expect(findings.map((f) => f.rule)).toEqual(['missing-down']);
  });
  it('says once, for the service, that a history of several migrations with no down file at all is up-only', () => {
    const findings: Finding[] = [];
    const second = { ...up, file: 'm/000002_b.up.sql', abs: '/m/000002_b.up.sql', id: '000002', name: 'b' };
    pairMigrations('s', [up, second], findings);
    expect(findings.map((f) => [f.rule, f.file, f.message])).toEqual([
      ['missing-down', 'm/000001_a.up.sql', 'None of the 2 migrations of s has a down file: the history is up-only, so no migration can be rolled back'],
    ]);
    // One down file anywhere: each missing one is reported where it is.
    const mixed: Finding[] = [];
    pairMigrations('s', [up, second, { ...second, file: 'm/000002_b.down.sql', direction: 'down' as const }], mixed);
    expect(mixed.map((f) => [f.rule, f.file])).toEqual([['missing-down', 'm/000001_a.up.sql']]);
  });
  it('does not for a layout without down files (up-only tools)', () => {
    const findings: Finding[] = [];
    const migrations = pairMigrations('s', [up], findings, { downFiles: false });
    expect(findings).toEqual([]);
    expect(migrations.map((m) => m.id)).toEqual(['000001']);
  });
});
