import { checkMissingDependencies } from './missing-dependency.js';
import { depsPosition, graphOf, graphService, makeService } from '../test-helpers.js';

describe('missing-dependency', () => {
  it.each([
    ['all present', { '000001': [], '000002': ['000001'] }, []],
    ['one missing', { '000001': [], '000002': ['000001', '000009'] }, [['000002', '000009', 1]]],
    ['two missing in two entries', { '000001': ['000007'], '000002': ['000008'] }, [['000001', '000007', 0], ['000002', '000008', 0]]],
    ['written differently is missing (ids match as written)', { '000001': [], '000002': ['1'] }, [['000002', '1', 0]]],
  ] as const)('%s', (_name, graph, expected) => {
    const service = graphService('user-service', graph as unknown as Record<string, string[]>);
    const findings = checkMissingDependencies(graphOf(service));
    expect(findings.map((f) => [f.migration, f.message, f.line, f.column, f.severity, f.rule])).toEqual(
      expected.map(([id, missing, index]) => {
        const pos = depsPosition(service, `/migrations/${id}/depends_on/${index}`);
        return [id, `${id} depends on ${missing}, which is not a migration of user-service`, pos.line, pos.column, 'error', 'missing-dependency'];
      }),
    );
  });

  it('suggests the id a numeric look-alike meant', () => {
    const service = graphService('s', { '000001': [], '000002': ['1'] });
    expect(checkMissingDependencies(graphOf(service))[0].help).toContain('"000001"');
  });

  it('counts an entry without files as existing (missing-migration-file reports it)', () => {
    const service = makeService('s', { files: ['common/000002_b'], deps: { '000001': {}, '000002': { depends_on: ['000001'] } } });
    expect(checkMissingDependencies(graphOf(service))).toEqual([]);
  });

  it('counts a file without an entry as existing (orphan-migration reports it)', () => {
    const service = makeService('s', { files: ['common/000001_a', 'common/000002_b'], deps: { '000002': { depends_on: ['000001'] } } });
    expect(checkMissingDependencies(graphOf(service))).toEqual([]);
  });
});
