import { checkCrossServiceReferences, checkServiceCycles } from './cross-service-dependency.js';
import { buildServiceGraph, type ServiceGraph } from '../context.js';
import { depsPosition, makeRepo, makeService } from '../test-helpers.js';
import type { Repo, Service } from '../../repo/types.js';

function graphs(repo: Repo): Map<string, ServiceGraph> {
  return new Map(repo.services.map((s) => [s.name, buildServiceGraph(repo, s, 'development')]));
}

/** A service with migrations 000001..000002 whose 000002 depends on `cross`. */
function svc(name: string, cross?: Record<string, string[]>): Service {
  return makeService(name, {
    files: ['common/000001_a', 'common/000002_b'],
    deps: { '000001': {}, '000002': { depends_on: ['000001'], ...(cross ? { cross_service_dependencies: cross } : {}) } },
  });
}

describe('cross-service-dependency: references', () => {
  it.each<[string, Record<string, string[]>, Array<[string, string]>]>([
    ['a known migration of a known service', { 'notification-service': ['000002'] }, []],
    [
      'an unknown service',
      { 'billing-service': ['000001'] },
      [['/migrations/000002/cross_service_dependencies/billing-service', '000002 depends on unknown service billing-service']],
    ],
    [
      'an unknown migration of a known service',
      { 'notification-service': ['000001', '000007'] },
      [['/migrations/000002/cross_service_dependencies/notification-service/1', '000002 depends on notification-service migration 000007, which does not exist']],
    ],
    [
      'its own service',
      { 'user-service': ['000001'] },
      [['/migrations/000002/cross_service_dependencies/user-service', '000002 lists its own service user-service in cross_service_dependencies']],
    ],
  ])('%s', (_name, cross, expected) => {
    const user = svc('user-service', cross);
    const repo = makeRepo([user, svc('notification-service')]);
    const all = graphs(repo);
    const findings = checkCrossServiceReferences(all.get('user-service')!, all);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual(
      expected.map(([ptr, message]) => [depsPosition(user, ptr).line, depsPosition(user, ptr).column, message]),
    );
    for (const f of findings) expect(f).toMatchObject({ rule: 'cross-service-dependency', severity: 'error', migration: '000002' });
  });
});

describe('cross-service-dependency: cycles between services', () => {
  it.each<[string, Service[], string[]]>([
    ['no cycle', [svc('a', { b: ['000001'] }), svc('b', { c: ['000001'] }), svc('c')], []],
    [
      'two services, reported once from the first name',
      [svc('user-service', { 'notification-service': ['000002'] }), svc('notification-service', { 'user-service': ['000001'] })],
      ['Circular dependency between services: notification-service -> user-service -> notification-service'],
    ],
    [
      'three services',
      [svc('a', { b: ['000001'] }), svc('b', { c: ['000001'] }), svc('c', { a: ['000001'] })],
      ['Circular dependency between services: a -> b -> c -> a'],
    ],
    [
      'two cycles through one service, each once',
      [svc('a', { b: ['000001'], c: ['000001'] }), svc('b', { a: ['000001'] }), svc('c', { a: ['000001'] })],
      ['Circular dependency between services: a -> b -> a', 'Circular dependency between services: a -> c -> a'],
    ],
    ['an unknown service makes no edge', [svc('a', { zzz: ['000001'] })], []],
  ])('%s', (_name, services, expected) => {
    const repo = makeRepo(services);
    const findings = checkServiceCycles(repo, graphs(repo));
    expect(findings.map((f) => f.message)).toEqual(expected);
    for (const f of findings) {
      const first = repo.services.find((s) => s.name === f.service)!;
      const next = f.message.split(' -> ')[1];
      expect(f.file).toBe(first.dependencies!.file);
      expect({ line: f.line, column: f.column }).toEqual(depsPosition(first, `/migrations/000002/cross_service_dependencies/${next}`));
    }
  });
});
