import { checkDependencyCycles, CYCLE_CAP } from './dependency-cycle.js';
import { depsPosition, graphOf, graphService, makeService } from '../test-helpers.js';

describe('dependency-cycle', () => {
  it.each([
    ['no cycle', { '000001': [], '000002': ['000001'], '000003': ['000002', '000001'] }, []],
    [
      'the spec example',
      { '000001': ['000003'], '000002': ['000001'], '000003': ['000002'] },
      [['Circular dependency detected: 000001 -> 000003 -> 000002 -> 000001', '/migrations/000001/depends_on/0']],
    ],
    [
      'listed from the smallest id, whichever entry comes first in the file',
      { '000003': ['000002'], '000002': ['000001'], '000001': ['000003'] },
      [['Circular dependency detected: 000001 -> 000003 -> 000002 -> 000001', '/migrations/000001/depends_on/0']],
    ],
    [
      'self-dependency',
      { '000001': [], '000002': ['000001', '000002'] },
      [['Circular dependency detected: 000002 -> 000002', '/migrations/000002/depends_on/1']],
    ],
    [
      'two separate cycles, each once',
      { '000001': ['000002'], '000002': ['000001'], '000003': ['000004'], '000004': ['000003'] },
      [
        ['Circular dependency detected: 000001 -> 000002 -> 000001', '/migrations/000001/depends_on/0'],
        ['Circular dependency detected: 000003 -> 000004 -> 000003', '/migrations/000003/depends_on/0'],
      ],
    ],
    [
      'nested cycles sharing a migration',
      { '000001': ['000002', '000003'], '000002': ['000001'], '000003': ['000002'] },
      [
        ['Circular dependency detected: 000001 -> 000002 -> 000001', '/migrations/000001/depends_on/0'],
        ['Circular dependency detected: 000001 -> 000003 -> 000002 -> 000001', '/migrations/000001/depends_on/1'],
      ],
    ],
    [
      'ids ordered numerically, not as strings',
      { '9': ['10'], '10': ['9'] },
      [['Circular dependency detected: 9 -> 10 -> 9', '/migrations/9/depends_on/0']],
    ],
  ])('%s', (_name, graph, expected) => {
    const service = graphService('user-service', graph);
    const findings = checkDependencyCycles(graphOf(service));
    expect(findings.map((f) => [f.message, f.line, f.column])).toEqual(
      expected.map(([message, ptr]) => [message, depsPosition(service, ptr).line, depsPosition(service, ptr).column]),
    );
    for (const f of findings) {
      expect(f).toMatchObject({ rule: 'dependency-cycle', severity: 'error', service: 'user-service' });
      expect(f.file).toBe('services/user-service/migrations/dependencies.json');
    }
  });

  it('names the cycle by its first migration', () => {
    const service = graphService('s', { '000002': ['000003'], '000003': ['000002'] });
    expect(checkDependencyCycles(graphOf(service))[0].migration).toBe('000002');
  });

  it('ignores edges to missing migrations', () => {
    const service = graphService('s', { '000001': ['000009'], '000002': ['000001'] });
    expect(checkDependencyCycles(graphOf(service))).toEqual([]);
  });

  it('sees a cycle through an entry that has no file', () => {
    const service = makeService('s', {
      files: ['common/000001_a'],
      deps: { '000001': { depends_on: ['000002'] }, '000002': { depends_on: ['000001'] } },
    });
    expect(checkDependencyCycles(graphOf(service)).map((f) => f.message)).toEqual([
      'Circular dependency detected: 000001 -> 000002 -> 000001',
    ]);
  });

  it('caps a dense tangle and says so', () => {
    const ids = Array.from({ length: 10 }, (_, i) => String(i + 1).padStart(6, '0'));
    const service = graphService('s', Object.fromEntries(ids.map((id) => [id, ids.filter((x) => x !== id)])));
    const findings = checkDependencyCycles(graphOf(service));
    expect(findings).toHaveLength(CYCLE_CAP + 1);
    expect(findings[CYCLE_CAP].message).toMatch(/^More than 100 circular dependencies in s/);
  });
});
