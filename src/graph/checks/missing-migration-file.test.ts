import { checkMissingMigrationFiles } from './missing-migration-file.js';
import { deps, graphOf, makeService, type ServiceSpec } from '../test-helpers.js';

const dir = 'services/s/migrations';

describe('missing-migration-file', () => {
  it.each<[string, ServiceSpec, Array<[string, string, string]>]>([
    ['entries and files agree', { files: ['common/000001_a'], deps: deps({ '000001': [] }) }, []],
    [
      'an entry with no file',
      { files: ['common/000001_a'], deps: deps({ '000001': [], '000002': ['000001'] }) },
      [[`${dir}/dependencies.json`, '/migrations/000002', 'dependencies.json lists 000002, but it has no file: no 000002_*.up.sql']],
    ],
    [
      'an entry with only a down file',
      { files: ['common/000001_a.down'], deps: deps({ '000001': [] }) },
      [[`${dir}/dependencies.json`, '/migrations/000001', 'dependencies.json lists 000001, but it has only a down file: no 000001_*.up.sql']],
    ],
    [
      'an environments.json item naming no file',
      {
        files: ['common/000001_a', 'development/000002_seed'],
        deps: deps({ '000001': [], '000002': [] }),
        environments: { environments: { development: { migrations: ['000002_seed.up.sql', '000003_gone.up.sql'] } } },
      },
      [
        [
          `${dir}/environments.json`,
          '/environments/development/migrations/1',
          'environments.json lists 000003_gone.up.sql for development, but no such file exists in development/ or common/',
        ],
      ],
    ],
    [
      'environments.json items may name a common file, an id or id_name',
      {
        files: ['common/000001_a', 'development/000002_seed'],
        deps: deps({ '000001': [], '000002': [] }),
        environments: { environments: { development: { migrations: ['000001_a.up.sql', '000002', '000002_seed'] } } },
      },
      [],
    ],
  ])('%s', (_name, spec, expected) => {
    const service = makeService('s', spec);
    const findings = checkMissingMigrationFiles(graphOf(service));
    expect(findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual(
      expected.map(([file, ptr, message]) => {
        const json = file.endsWith('dependencies.json') ? service.dependencies! : service.environments!;
        const pos = json.positions.get(ptr)!;
        return [file, pos.line, pos.column, message];
      }),
    );
    for (const f of findings) expect(f).toMatchObject({ rule: 'missing-migration-file', severity: 'error' });
  });
});
