import { checkEnvironmentDependencies } from './environment-dependency.js';
import { deps, depsPosition, graphOf, makeService, makeRepo, type ServiceSpec } from '../test-helpers.js';
import { buildServiceGraph } from '../context.js';

describe('environment-dependency', () => {
  it.each<[string, ServiceSpec, Array<[string, number, string]>]>([
    ['common on common', { files: ['common/000001_a', 'common/000002_b'], deps: deps({ '000001': [], '000002': ['000001'] }) }, []],
    ['env on common', { files: ['common/000001_a', 'development/000002_b'], deps: deps({ '000001': [], '000002': ['000001'] }) }, []],
    ['env on same env', { files: ['development/000001_a', 'development/000002_b'], deps: deps({ '000001': [], '000002': ['000001'] }) }, []],
    [
      'common on development: breaks staging and production',
      { files: ['common/000001_a', 'development/000003_seed', 'common/000004_c'], deps: deps({ '000001': [], '000003': ['000001'], '000004': ['000001', '000003'] }) },
      [['000004', 1, '000004 (common/) depends on 000003 (development/), which does not apply in staging, production']],
    ],
    [
      'development on staging',
      { files: ['staging/000001_a', 'development/000002_b'], deps: deps({ '000001': [], '000002': ['000001'] }) },
      [['000002', 0, '000002 (development/) depends on 000001 (staging/), which does not apply in development']],
    ],
    [
      'environments.json adds an environment that common must also work in',
      {
        files: ['common/000001_a', 'development/000002_b', 'staging/000002_b', 'production/000002_b', 'common/000003_c'],
        deps: deps({ '000001': [], '000002': [], '000003': ['000002'] }),
        environments: { environments: { qa: {} } },
      },
      [['000003', 0, '000003 (common/) depends on 000002 (development/, production/, staging/), which does not apply in qa']],
    ],
  ])('%s', (_name, spec, expected) => {
    const service = makeService('s', spec);
    const findings = checkEnvironmentDependencies(graphOf(service));
    expect(findings.map((f) => [f.migration, f.line, f.column, f.message])).toEqual(
      expected.map(([id, index, message]) => {
        const pos = depsPosition(service, `/migrations/${id}/depends_on/${index}`);
        return [id, pos.line, pos.column, message];
      }),
    );
    for (const f of findings) expect(f).toMatchObject({ rule: 'environment-dependency', severity: 'error' });
  });

  it('checks the environment in force and the config environments too', () => {
    const service = makeService('s', { files: ['common/000001_a', 'development/000002_b', 'common/000003_c'], deps: deps({ '000001': [], '000002': [], '000003': ['000002'] }) });
    const repo = makeRepo([service], { config: { environments: { canary: {} } } });
    const [f] = checkEnvironmentDependencies(buildServiceGraph(repo, service, 'preview'));
    expect(f.message).toBe('000003 (common/) depends on 000002 (development/), which does not apply in staging, production, canary, preview');
  });
});
