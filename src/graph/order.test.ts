import { dependencyLines, dependentsOf, depsJson, orderService, serviceLevels } from './order.js';
import { deps, files, graphService, makeRepo, makeService } from './test-helpers.js';
import type { Service } from '../repo/types.js';

const ids = (ms: { id: string; folder: string }[]): string[] => ms.map((m) => m.id);

describe('orderService', () => {
  it.each<[string, Record<string, string[]>, string[]]>([
    ['no dependencies: numeric id order', { '10': [], '9': [], '000002': [] }, ['000002', '9', '10']],
    ['a dependency on a later id moves it first', { '000001': ['000003'], '000002': [], '000003': [] }, ['000002', '000003', '000001']],
    [
      'ties broken by the smallest ready id, not by input order',
      { '000004': [], '000003': ['000001'], '000002': ['000004'], '000001': [] },
      ['000001', '000003', '000004', '000002'],
    ],
    ['a cycle falls back to id order', { '000001': ['000002'], '000002': ['000001'], '000003': [] }, ['000001', '000002', '000003']],
    ['a missing dependency is ignored', { '000001': ['000009'], '000002': [] }, ['000001', '000002']],
  ])('%s', (_name, graph, expected) => {
    expect(ids(orderService(graphService('s', graph), 'development'))).toEqual(expected);
  });

  it('keeps only what applies in the environment and has an up file, ignoring dependencies that do not apply', () => {
    const service = makeService('s', {
      files: ['common/000001_a', 'development/000002_seed', 'staging/000003_st', 'common/000004_b', 'common/000005_downonly.down'],
      deps: deps({ '000001': ['000004'], '000002': [], '000003': [], '000004': ['000002'], '000005': [] }),
    });
    expect(orderService(service, 'development').map((m) => `${m.folder}/${m.id}`)).toEqual([
      'development/000002',
      'common/000004',
      'common/000001',
    ]);
    expect(orderService(service, 'staging').map((m) => `${m.folder}/${m.id}`)).toEqual(['staging/000003', 'common/000004', 'common/000001']);
  });

  it('orders a 10,000-migration service', () => {
    const n = 10000;
    const all = Array.from({ length: n }, (_, i) => String(i + 1).padStart(6, '0'));
    // Reverse dependencies: each depends on the next id, so the order is the reverse of id order.
    const graph = Object.fromEntries(all.map((id, i) => [id, i + 1 < n ? [all[i + 1]] : []]));
    const order = ids(orderService(makeService('big', { files: files(...all), deps: deps(graph) }), 'development'));
    expect(order).toEqual([...all].reverse());
  });
});

function svc(name: string, cross: Record<string, string[]> = {}, folder = 'common'): Service {
  return makeService(name, { files: [`${folder}/000001_a`], deps: { '000001': { cross_service_dependencies: cross } } });
}

describe('serviceLevels', () => {
  it.each<[string, Service[], string[][]]>([
    ['independent services share level 0, sorted', [svc('b'), svc('a')], [['a', 'b']]],
    [
      'a chain and a fan-in',
      [svc('api', { user: ['000001'], billing: ['000001'] }), svc('user', { notify: ['000001'] }), svc('billing'), svc('notify')],
      [['billing', 'notify'], ['user'], ['api']],
    ],
    ['a cycle goes to a final level with what stands behind it', [svc('a'), svc('b', { c: ['000001'] }), svc('c', { b: ['000001'] }), svc('d', { b: ['000001'] })], [['a'], ['b', 'c', 'd']]],
    ['unknown services and self references make no edge', [svc('a', { ghost: ['000001'], a: ['000001'] })], [['a']]],
    ['only migrations that apply in the environment count', [svc('a', { b: ['000001'] }, 'staging'), svc('b')], [['a', 'b']]],
  ])('%s', (_name, services, expected) => {
    expect(serviceLevels(makeRepo(services), 'development')).toEqual(expected);
  });
});

describe('dependentsOf', () => {
  const user = graphService('user', { '000001': [], '000002': ['000001'], '000003': ['000002'] });
  const api = makeService('api', {
    files: files('000001', '000002'),
    deps: { '000001': { cross_service_dependencies: { user: ['000001'] } }, '000002': { depends_on: ['000001'] } },
  });
  const repo = makeRepo([user, api]);

  it.each<[string, string, boolean, string[]]>([
    ['user', '000001', false, ['api/000001', 'user/000002']],
    ['user', '000001', true, ['api/000001', 'api/000002', 'user/000002', 'user/000003']],
    ['user', '000003', false, []],
    ['api', '000001', false, ['api/000002']],
  ])('%s %s (transitive %s)', (service, id, transitive, expected) => {
    expect(dependentsOf(repo, service, id, { transitive }).map((r) => `${r.service}/${r.id}`)).toEqual(expected);
  });
});

describe('dependencyLines', () => {
  it('prints one line per migration in numeric order, depends_on as written', () => {
    const service = makeService('s', {
      files: files('000001', '000002', '10', '9'),
      deps: deps({ '000002': ['000001'], '10': ['000002', '9'], '9': [], '000011': ['10'] }),
    });
    expect(dependencyLines(service)).toEqual([
      '000001: []',
      '000002: ["000001"]',
      '9: []',
      '10: ["000002","9"]',
      '000011: ["10"]',
    ]);
  });
});

describe('depsJson', () => {
  it('gives each migration its dependencies, folders and apply position, and the service levels', () => {
    const user = makeService('user', {
      files: ['common/000001_a', 'development/000002_seed', 'common/000003_b'],
      deps: {
        '000001': { depends_on: [] },
        '000002': { depends_on: ['000001'] },
        '000003': { depends_on: ['000001'], cross_service_dependencies: { notify: ['000001'] } },
      },
    });
    const notify = graphService('notify', { '000001': [] });
    const json = depsJson(makeRepo([user, notify]), 'staging');
    expect(json).toEqual({
      environment: 'staging',
      services: {
        user: {
          migrations: {
            '000001': { depends_on: [], cross_service_dependencies: {}, folders: ['common'], order: 1 },
            '000002': { depends_on: ['000001'], cross_service_dependencies: {}, folders: ['development'], order: null },
            '000003': { depends_on: ['000001'], cross_service_dependencies: { notify: ['000001'] }, folders: ['common'], order: 2 },
          },
          order: ['000001', '000003'],
        },
        notify: {
          migrations: { '000001': { depends_on: [], cross_service_dependencies: {}, folders: ['common'], order: 1 } },
          order: ['000001'],
        },
      },
      levels: [['notify'], ['user']],
    });
  });
});
