import { checkDependencyDepth, dependencyDepths } from './dependency-depth.js';
import { depsPosition, graphOf, graphService } from '../test-helpers.js';

/** `chain(n)`: 000001 <- 000002 <- ... <- n, each depending on the one before. */
function chain(n: number): Record<string, string[]> {
  const ids = Array.from({ length: n }, (_, i) => String(i + 1).padStart(6, '0'));
  return Object.fromEntries(ids.map((id, i) => [id, i === 0 ? [] : [ids[i - 1]]]));
}

describe('dependency-depth', () => {
  it.each<[string, Record<string, string[]>, number | undefined, string[]]>([
    ['a chain of 4 edges is at the default limit', chain(5), undefined, []],
    [
      'a chain of 5 edges exceeds the default limit',
      chain(6),
      undefined,
      ['000006 has a dependency chain 5 deep (limit 4): 000006 -> 000005 -> 000004 -> 000003 -> 000002 -> 000001'],
    ],
    [
      'the limit comes from the config, each deep migration once',
      chain(4),
      1,
      [
        '000003 has a dependency chain 2 deep (limit 1): 000003 -> 000002 -> 000001',
        '000004 has a dependency chain 3 deep (limit 1): 000004 -> 000003 -> 000002 -> 000001',
      ],
    ],
    [
      'the longest chain counts, not the first listed dependency',
      { '000001': [], '000002': ['000001'], '000003': ['000002'], '000004': ['000001', '000003'] },
      2,
      ['000004 has a dependency chain 3 deep (limit 2): 000004 -> 000003 -> 000002 -> 000001'],
    ],
    [
      'a diamond is as deep as its longest side',
      { '000001': [], '000002': ['000001'], '000003': ['000001'], '000004': ['000002', '000003'] },
      1,
      ['000004 has a dependency chain 2 deep (limit 1): 000004 -> 000002 -> 000001'],
    ],
    ['skipped when the service has a cycle', { '000001': ['000003'], '000002': ['000001'], '000003': ['000002'], '000004': ['000003'] }, 0, []],
  ])('%s', (_name, graph, limit, expected) => {
    const service = graphService('s', graph);
    const findings = checkDependencyDepth(graphOf(service, limit === undefined ? {} : { config: { max_dependency_depth: limit } }));
    expect(findings.map((f) => f.message)).toEqual(expected);
    for (const f of findings) {
      expect(f).toMatchObject({ rule: 'dependency-depth', severity: 'warning' });
      expect({ line: f.line, column: f.column }).toEqual(depsPosition(service, `/migrations/${f.migration}/depends_on`));
    }
  });

  it('elides the middle of a long chain', () => {
    const [last] = checkDependencyDepth(graphOf(graphService('s', chain(20)), { config: { max_dependency_depth: 18 } }));
    expect(last.message).toBe(
      '000020 has a dependency chain 19 deep (limit 18): 000020 -> 000019 -> 000018 -> 000017 -> 000016 -> 000015 -> ... -> 000005 -> 000004 -> 000003 -> 000002 -> 000001',
    );
  });

  it('computes depths of a 10,000-migration chain without recursion', () => {
    const g = graphOf(graphService('s', chain(10000)));
    expect(dependencyDepths(g)?.get('010000')?.depth).toBe(9999);
    expect(checkDependencyDepth(g)).toHaveLength(10000 - 5);
  });
});
