import { cyclicComponents, elementaryCycles } from './cycles.js';
import { compareIds } from './ids.js';

function adj(edges: Record<string, string[]>): Map<string, string[]> {
  return new Map(Object.entries(edges));
}

describe('elementaryCycles', () => {
  it.each([
    ['no cycle', { '1': [], '2': ['1'], '3': ['2'] }, []],
    ['self loop', { '1': [], '2': ['2'] }, [['2']]],
    ['two-cycle', { '1': ['2'], '2': ['1'] }, [['1', '2']]],
    ['starts at the smallest id', { '2': ['3'], '3': ['1'], '1': ['2'] }, [['1', '2', '3']]],
    ['numeric, not string, smallest', { '9': ['10'], '10': ['9'] }, [['9', '10']]],
    ['two separate cycles', { '1': ['2'], '2': ['1'], '3': ['4'], '4': ['3'] }, [['1', '2'], ['3', '4']]],
    ['nested: two cycles sharing a node', { '1': ['2', '3'], '2': ['1'], '3': ['1'] }, [['1', '2'], ['1', '3']]],
    [
      'complete graph on 3 nodes',
      { '1': ['2', '3'], '2': ['1', '3'], '3': ['1', '2'] },
      [['1', '2'], ['1', '2', '3'], ['1', '3'], ['1', '3', '2'], ['2', '3']],
    ],
  ])('%s', (_name, edges, expected) => {
    const graph = adj(edges);
    const { cycles, truncated } = elementaryCycles([...graph.keys()], graph, compareIds);
    expect(cycles).toEqual(expected);
    expect(truncated).toBe(false);
  });

  it('stops at the cap on a dense graph and says so', () => {
    const n = 12;
    const ids = Array.from({ length: n }, (_, i) => String(i + 1));
    const graph = new Map(ids.map((id) => [id, ids.filter((x) => x !== id)]));
    const { cycles, truncated } = elementaryCycles(ids, graph, compareIds, 50);
    expect(cycles).toHaveLength(50);
    expect(truncated).toBe(true);
  });

  it('handles a 10,000-node ring without recursion', () => {
    const n = 10000;
    const ids = Array.from({ length: n }, (_, i) => String(i + 1));
    const graph = new Map(ids.map((id, i) => [id, [ids[(i + 1) % n]]]));
    const { cycles } = elementaryCycles(ids, graph, compareIds);
    expect(cycles).toHaveLength(1);
    expect(cycles[0][0]).toBe('1');
    expect(cycles[0]).toHaveLength(n);
  });
});

describe('cyclicComponents', () => {
  it('returns only components that hold a cycle', () => {
    const graph = adj({ a: ['b'], b: ['a'], c: ['c'], d: ['a'] });
    const comps = cyclicComponents(['a', 'b', 'c', 'd'], graph).map((c) => [...c].sort());
    expect(comps.sort()).toEqual([['a', 'b'], ['c']]);
  });
});
