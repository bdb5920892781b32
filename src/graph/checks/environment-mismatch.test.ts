import { checkEnvironmentMismatch } from './environment-mismatch.js';
import { deps, graphOf, makeService, type ServiceSpec } from '../test-helpers.js';

const dir = 'services/s/migrations';

describe('environment-mismatch', () => {
  it.each<[string, ServiceSpec, Array<[string, string, string | null, string]>]>([
    [
      'field agrees with folder',
      { files: ['common/000001_a', 'development/000002_b'], deps: { '000001': {}, '000002': { environment: 'development' } } },
      [],
    ],
    [
      'field set on a common/ migration',
      { files: ['common/000001_a'], deps: { '000001': { environment: 'development' } } },
      [['error', `${dir}/dependencies.json`, '/migrations/000001/environment', '000001 declares environment "development" but lives in common/, which applies in every environment']],
    ],
    [
      'field set in the flat layout',
      { files: ['000001_a'], deps: { '000001': { environment: 'staging' } }, layout: 'flat' },
      [['error', `${dir}/dependencies.json`, '/migrations/000001/environment', '000001 declares environment "staging" but lives in the flat migrations folder (read as common/), which applies in every environment']],
    ],
    [
      'field differs from the environment folder',
      { files: ['staging/000001_a'], deps: { '000001': { environment: 'development' } } },
      [['error', `${dir}/dependencies.json`, '/migrations/000001/environment', '000001 declares environment "development" but lives in staging/']],
    ],
    [
      'a list naming a file of another environment',
      {
        files: ['common/000001_a', 'development/000002_seed'],
        deps: deps({ '000001': [], '000002': [] }),
        environments: { environments: { development: { migrations: ['000002_seed.up.sql'] }, staging: { migrations: ['000002_seed.up.sql'] } } },
      },
      [['error', `${dir}/environments.json`, '/environments/staging/migrations/0', 'environments.json lists 000002_seed.up.sql for staging, but the file lives in development/']],
    ],
    [
      'a file its environment list leaves out: a warning at the file',
      {
        files: ['development/000002_seed', 'development/000003_more'],
        deps: deps({ '000002': [], '000003': [] }),
        environments: { environments: { development: { migrations: ['000002_seed.up.sql'] } } },
      },
      [['warning', `${dir}/development/000003_more.up.sql`, '', '000003_more.up.sql is in development/ but not in the development migrations list of environments.json']],
    ],
    [
      'no list: nothing to disagree with',
      { files: ['development/000002_seed'], deps: deps({ '000002': [] }), environments: { environments: { development: {} } } },
      [],
    ],
  ])('%s', (_name, spec, expected) => {
    const service = makeService('s', spec);
    const findings = checkEnvironmentMismatch(graphOf(service));
    expect(findings.map((f) => [f.severity, f.file, f.line, f.column, f.message])).toEqual(
      expected.map(([severity, file, ptr, message]) => {
        const json = file.endsWith('dependencies.json') ? service.dependencies : file.endsWith('environments.json') ? service.environments : undefined;
        const pos = (ptr && json?.positions.get(ptr)) || { line: 1, column: 1 };
        return [severity, file, pos.line, pos.column, message];
      }),
    );
    for (const f of findings) expect(f.rule).toBe('environment-mismatch');
  });
});
