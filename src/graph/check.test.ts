import { checkGraph, GRAPH_RULES } from './check.js';
import { deps, files, graphService, invalidJson, makeRepo, makeService } from './test-helpers.js';

describe('checkGraph', () => {
  it('finds nothing wrong in a healthy repository', () => {
    const user = makeService('user-service', {
      files: ['common/000001_init', 'common/000002_profiles', 'development/000003_dev_data'],
      deps: {
        '000001': { depends_on: [] },
        '000002': { depends_on: ['000001'], cross_service_dependencies: { 'notification-service': ['000001'] } },
        '000003': { depends_on: ['000002'], environment: 'development' },
      },
      environments: { environments: { development: { migrations: ['000003_dev_data.up.sql'] }, staging: {}, production: {} } },
    });
    const notification = graphService('notification-service', { '000001': [] });
    expect(checkGraph(makeRepo([user, notification]), 'development')).toEqual([]);
  });

  it('reports every rule in one pass, sorted, each located in its service', () => {
    const user = makeService('user-service', {
      files: ['common/000001_a', 'common/000002_b', 'common/000003_c', 'development/000004_d', 'common/000005_e', 'common/000006_orphan'],
      deps: {
        '000001': { depends_on: ['000003'] },
        '000002': { depends_on: ['000001'] },
        '000003': { depends_on: ['000002'] },
        '000004': { depends_on: [], environment: 'staging' },
        '000005': { depends_on: ['000004', '000009'], cross_service_dependencies: { ghost: ['000001'] } },
        '000007': { depends_on: [] },
      },
    });
    const findings = checkGraph(makeRepo([user]), 'development');
    // Sorted by file (the orphan's SQL file before dependencies.json), then position.
    expect(findings.map((f) => [f.rule, f.migration])).toEqual([
      ['orphan-migration', '000006'],
      ['dependency-cycle', '000001'],
      ['environment-mismatch', '000004'],
      ['environment-dependency', '000005'],
      ['missing-dependency', '000005'],
      ['cross-service-dependency', '000005'],
      ['missing-migration-file', '000007'],
    ]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(GRAPH_RULES.filter((r) => r !== 'dependency-depth')));
    expect(findings.every((f) => f.service === 'user-service' && f.line! >= 1 && f.column! >= 1)).toBe(true);
  });

  it('stays quiet about a service whose dependencies.json did not parse', () => {
    const broken = makeService('s', { files: ['common/000001_a', 'common/000002_b', 'development/000003_c'] });
    const repo = makeRepo([broken], { findings: [invalidJson('services/s/migrations/dependencies.json')] });
    expect(checkGraph(repo, 'development')).toEqual([]);
  });

  it('reports a cycle between services once', () => {
    const a = makeService('user-service', { files: files('000001'), deps: { '000001': { cross_service_dependencies: { 'notification-service': ['000001'] } } } });
    const b = makeService('notification-service', { files: files('000001'), deps: { '000001': { cross_service_dependencies: { 'user-service': ['000001'] } } } });
    const findings = checkGraph(makeRepo([a, b]), 'production');
    expect(findings.map((f) => f.message)).toEqual([
      'Circular dependency between services: notification-service -> user-service -> notification-service',
    ]);
  });

  it('reports only on the wanted services, cycles through them included', () => {
    const a = graphService('a', { '000001': ['000009'] });
    const b = makeService('b', { files: files('000001'), deps: { '000001': { depends_on: ['000008'], cross_service_dependencies: { c: ['000001'] } } } });
    const c = makeService('c', { files: files('000001'), deps: { '000001': { cross_service_dependencies: { b: ['000001'] } } } });
    const findings = checkGraph(makeRepo([a, b, c]), 'development', { services: ['c'] });
    expect(findings.map((f) => f.message)).toEqual(['Circular dependency between services: b -> c -> b']);
  });

  it('gets through a 10,000-migration chain-ish graph', () => {
    const n = 10000;
    const ids = Array.from({ length: n }, (_, i) => String(i + 1).padStart(6, '0'));
    // Each migration depends on one to three of the few before it: long chains, many paths, no cycle.
    const graph = Object.fromEntries(
      ids.map((id, i) => [id, [i - 1, i - 3, i - 7].filter((j) => j >= 0 && (j === i - 1 || (i + j) % 3 === 0)).map((j) => ids[j])]),
    );
    const service = makeService('big', { files: files(...ids), deps: deps(graph) });
    const findings = checkGraph(makeRepo([service], { config: { max_dependency_depth: 10000 } }), 'development');
    expect(findings).toEqual([]);
  });
});
