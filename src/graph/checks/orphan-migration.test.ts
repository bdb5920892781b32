import { checkOrphanMigrations } from './orphan-migration.js';
import { deps, graphOf, invalidJson, makeService } from '../test-helpers.js';

describe('orphan-migration', () => {
  it.each([
    ['one migration, no dependencies.json: fine', { files: ['common/000001_a'] }, []],
    [
      'two migrations, no dependencies.json: one finding at the first file',
      { files: ['common/000001_a', 'common/000002_b', 'development/000003_c'] },
      [[undefined, 'user-service has 3 migrations but no dependencies.json to order them', 'services/user-service/migrations/common/000001_a.up.sql']],
    ],
    [
      'a file dependencies.json does not list',
      { files: ['common/000001_a', 'common/000002_b'], deps: deps({ '000001': [] }) },
      [['000002', 'Migration 000002 (000002_b.up.sql) is not listed in dependencies.json', 'services/user-service/migrations/common/000002_b.up.sql']],
    ],
    [
      // Listing it would be a missing-migration-file error (no up file); missing-up reports it instead.
      'a down file alone is never applied, so it needs no entry',
      { files: ['common/000001_a', 'staging/000002_b.down'], deps: deps({ '000001': [] }) },
      [],
    ],
    [
      'one migration not listed in an existing dependencies.json',
      { files: ['common/000001_a'], deps: {} },
      [['000001', 'Migration 000001 (000001_a.up.sql) is not listed in dependencies.json', 'services/user-service/migrations/common/000001_a.up.sql']],
    ],
    ['all listed', { files: ['common/000001_a', 'common/000002_b'], deps: deps({ '000001': [], '000002': [] }) }, []],
  ])('%s', (_name, spec, expected) => {
    const findings = checkOrphanMigrations(graphOf(makeService('user-service', spec)));
    expect(findings.map((f) => [f.migration, f.message, f.file])).toEqual(expected);
    for (const f of findings) expect(f).toMatchObject({ rule: 'orphan-migration', severity: 'warning', line: 1, column: 1 });
  });

  it('says nothing more when dependencies.json did not parse', () => {
    const service = makeService('s', { files: ['common/000001_a', 'common/000002_b'] });
    const findings = [invalidJson('services/s/migrations/dependencies.json')];
    expect(checkOrphanMigrations(graphOf(service, { findings }))).toEqual([]);
  });

  it('says nothing more when dependencies.json has no migrations object (config-schema reports it)', () => {
    const service = makeService('s', { files: ['common/000001_a', 'common/000002_b'], deps: {} });
    (service.dependencies!.value as { migrations: unknown }).migrations = ['000001'];
    expect(checkOrphanMigrations(graphOf(service))).toEqual([]);
  });
});
