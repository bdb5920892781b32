import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../core/types.js';
import { loadRepo } from '../repo/load.js';
import { createMigration, nextId, spliceEntry, spliceListItem } from './new.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
let root: string;

const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

describe('nextId', () => {
  test.each([
    { ids: [], want: '000001' },
    { ids: ['000001', '000002'], want: '000003' },
    { ids: ['0001', '0009'], want: '0010' },
    { ids: ['1', '2'], want: '3' },
    { ids: ['000009', '10'], want: '000011' },
    { ids: ['999'], want: '1000' },
  ])('$ids -> $want', ({ ids, want }) => expect(nextId(ids)).toBe(want));
});

describe('createMigration', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'svcm-new-'));
    cpSync(FIXTURES, root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('common: next id, both files, an entry depending on the latest common migration', async () => {
    const repo = await loadRepo({ root });
    const before = read('services/dynamic-service/migrations/dependencies.json');
    const created = await createMigration(repo, 'dynamic-service', 'add_owner');
    expect(created).toMatchObject({
      id: '000004',
      folder: 'common',
      upFile: 'services/dynamic-service/migrations/common/000004_add_owner.up.sql',
      files: ['services/dynamic-service/migrations/common/000004_add_owner.up.sql', 'services/dynamic-service/migrations/common/000004_add_owner.down.sql'],
    });
    for (const f of created.files) expect(existsSync(path.join(root, f))).toBe(true);
    const after = read('services/dynamic-service/migrations/dependencies.json');
    // Everything that was there is still there, byte for byte, before the insertion point.
    const cut = before.lastIndexOf('}', before.lastIndexOf('}', before.lastIndexOf('}') - 1) - 1);
    expect(after.startsWith(before.slice(0, cut + 1))).toBe(true);
    expect(after.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(after) as { $schema: string; migrations: Record<string, { depends_on: string[] }> };
    expect(parsed.$schema).toBeDefined();
    // No affects_tables: the file has no SQL yet (deps --write --update-affects fills it in once it has).
    expect(parsed.migrations['000004']).toEqual({ description: 'Add owner', depends_on: ['000003'] });
    expect(after).toContain('    "000004": {\n      "description": "Add owner",\n      "depends_on": ["000003"]\n    }');
  });

  test('an environment folder of a graph that is not one chain: no guessed depends_on, a note, the environment recorded', async () => {
    const repo = await loadRepo({ root });
    const created = await createMigration(repo, 'user-service', 'more_seeds', { env: 'development' });
    expect(created.id).toBe('000006');
    expect(created.upFile).toBe('services/user-service/migrations/development/000006_more_seeds.up.sql');
    // 000002 and 000003 both depend on 000001: the latest migration is not necessarily what this one needs.
    expect(created.entry).toMatchObject({ depends_on: [], environment: 'development' });
    expect(created.notes.join()).toContain('not a single chain');
    expect(created.environmentsFile).toBe('services/user-service/migrations/environments.json');
    const envs = JSON.parse(read(created.environmentsFile as string)) as { environments: Record<string, { migrations: string[] }> };
    expect(envs.environments.development?.migrations).toEqual(['000003_dev_seed_data.up.sql', '000006_more_seeds.up.sql']);
    expect(envs.environments.staging?.migrations).toEqual(['000004_staging_test_accounts.up.sql']);
  });

  test('--depends-on is taken as given', async () => {
    const repo = await loadRepo({ root });
    const created = await createMigration(repo, 'user-service', 'x', { dependsOn: ['000001'] });
    expect(created.entry.depends_on).toEqual(['000001']);
  });

  test('the new migration loads back as a listed, paired migration', async () => {
    await createMigration(await loadRepo({ root }), 'notification-service', 'add_read_at');
    const repo = await loadRepo({ root });
    const m = repo.services.find((s) => s.name === 'notification-service')?.migrations.find((x) => x.id === '000003');
    expect(m?.up && m.down && m.meta?.depends_on).toEqual(['000002']);
  });

  test('a service with migrations but no dependencies.json gets no guessed chain of its history, and a note', async () => {
    const dir = path.join(root, 'services/dynamic-service/migrations');
    rmSync(path.join(dir, 'dependencies.json'));
    const created = await createMigration(await loadRepo({ root }), 'dynamic-service', 'x');
    expect(created.dependenciesFile).toBeUndefined();
    expect(existsSync(path.join(dir, 'dependencies.json'))).toBe(false);
    expect(created.notes.join()).toContain('deps --write');
  });

  test.each([
    ['a bad name', 'user-service', 'Add-Thing', {}],
    ['an empty name', 'user-service', '', {}],
    ['an unknown service', 'nope', 'x', {}],
    ['an unknown dependency', 'user-service', 'x', { dependsOn: ['000042'] }],
    ['a bad environment name', 'user-service', 'x', { env: '../etc' }],
  ])('refuses %s', async (_what, service, name, opts) => {
    const repo = await loadRepo({ root });
    await expect(createMigration(repo, service, name, opts)).rejects.toThrow(UsageError);
  });

  test('never overwrites a file', async () => {
    const repo = await loadRepo({ root });
    const target = path.join(root, 'services/user-service/migrations/common/000006_x.down.sql');
    writeFileSync(target, 'keep me');
    await expect(createMigration(repo, 'user-service', 'x')).rejects.toThrow(/already exists/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    // The up file it had written is removed again, and dependencies.json is untouched.
    expect(existsSync(path.join(root, 'services/user-service/migrations/common/000006_x.up.sql'))).toBe(false);
    expect(read('services/user-service/migrations/dependencies.json')).not.toContain('000006');
  });
});

describe('spliceEntry', () => {
  test.each([
    {
      name: 'an empty migrations object',
      text: '{\n  "migrations": {}\n}\n',
      want: '{\n  "migrations": {\n    "000001": {\n      "depends_on": []\n    }\n  }\n}\n',
    },
    {
      name: 'four-space indentation is kept',
      text: '{\n    "migrations": {\n        "1": {"depends_on": []}\n    }\n}',
      want: '{\n    "migrations": {\n        "1": {"depends_on": []},\n        "000001": {\n            "depends_on": []\n        }\n    }\n}\n',
    },
    { name: 'no migrations object', text: '{"other": {}}', want: undefined },
    { name: 'not JSON', text: '{"migrations": {', want: undefined },
    {
      name: 'a "migrations" string elsewhere is not the object',
      text: '{"description": "migrations", "x": {"migrations": {}}, "migrations": {}}',
      want: '{"description": "migrations", "x": {"migrations": {}}, "migrations": {\n  "000001": {\n    "depends_on": []\n  }\n}}\n',
    },
  ])('$name', ({ text, want }) => {
    expect(spliceEntry(text, '000001', { depends_on: [] })).toBe(want);
  });
});

describe('spliceListItem', () => {
  const at = ['environments', 'dev', 'migrations'];
  test.each([
    { name: 'inline', text: '{"environments": {"dev": {"migrations": ["a"]}}}', want: '{"environments": {"dev": {"migrations": ["a", "b"]}}}' },
    { name: 'empty', text: '{"environments": {"dev": {"migrations": []}}}', want: '{"environments": {"dev": {"migrations": ["b"]}}}' },
    {
      name: 'one a line',
      text: '{"environments": {"dev": {"migrations": [\n      "a"\n    ]}}}',
      want: '{"environments": {"dev": {"migrations": [\n      "a",\n      "b"\n    ]}}}',
    },
    { name: 'no list', text: '{"environments": {"dev": {}}}', want: undefined },
    { name: 'another environment', text: '{"environments": {"prod": {"migrations": []}}}', want: undefined },
  ])('$name', ({ text, want }) => expect(spliceListItem(text, at, 'b')).toBe(want));
});
