/**
 * Elementary cycles of a small directed graph, each reported once, starting at its smallest node.
 * Iterative throughout (no recursion): a 10,000-migration chain or ring must not overflow the stack.
 */

/** Adjacency: node -> nodes it points at (for migrations: the ids it depends on). */
export type Adjacency = ReadonlyMap<string, readonly string[]>;

export interface CycleResult {
  /** Each cycle as its nodes in edge order, starting at its smallest node, without repeating it at the end. */
  cycles: string[][];
  /** True when the search stopped at the cap: more cycles exist than are listed. */
  truncated: boolean;
}

/**
 * Strongly connected components (Tarjan, iterative) of the graph induced by `nodes`.
 * Only components that hold a cycle are returned: two or more nodes, or one node with a self-loop.
 */
export function cyclicComponents(nodes: readonly string[], adj: Adjacency): string[][] {
  const inSet = new Set(nodes);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    // Each frame: the node and how many of its neighbours were visited.
    const nbrsOf = (v: string): string[] => (adj.get(v) ?? []).filter((w) => inSet.has(w));
    const frames: Array<{ v: string; nbrs: string[]; i: number }> = [{ v: root, nbrs: nbrsOf(root), i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.i < frame.nbrs.length) {
        const w = frame.nbrs[frame.i++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          frames.push({ v: w, nbrs: nbrsOf(w), i: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        }
        continue;
      }
      frames.pop();
      const v = frame.v;
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].v;
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        const selfLoop = component.length === 1 && (adj.get(v) ?? []).includes(v);
        if (component.length > 1 || selfLoop) out.push(component);
      }
    }
  }
  return out;
}

/**
 * Every elementary cycle (Johnson's algorithm), up to `cap` of them. Each cycle starts at its smallest node under
 * `compare` and follows the edges; cycles are listed in order of their node sequences. The cost is bounded by the
 * cap: each start node that is searched yields at least one cycle.
 */
export function elementaryCycles(
  nodes: readonly string[],
  adj: Adjacency,
  compare: (a: string, b: string) => number,
  cap = 100,
): CycleResult {
  const sortedAdj = new Map<string, string[]>();
  for (const n of nodes) sortedAdj.set(n, [...new Set(adj.get(n) ?? [])].sort(compare));

  const cycles: string[][] = [];
  let truncated = false;
  // Work list of components still to search; the smallest node of each is the start, then it is removed.
  const work: string[][] = cyclicComponents([...nodes].sort(compare), sortedAdj);
  while (work.length > 0 && !truncated) {
    const component = work.pop()!;
    const members = new Set(component);
    const start = [...component].sort(compare)[0];
    const sub = (v: string): string[] => (sortedAdj.get(v) ?? []).filter((w) => members.has(w));
    truncated = searchFrom(start, sub, cycles, cap);
    members.delete(start);
    const rest = [...members];
    const restAdj = new Map<string, string[]>();
    for (const v of rest) restAdj.set(v, sub(v).filter((w) => w !== start));
    // A loop, not push(...): the list is as long as the input, and a spread of it can overflow the stack.
    for (const c of cyclicComponents(rest.sort(compare), restAdj)) work.push(c);
  }
  cycles.sort((a, b) => compareSequences(a, b, compare));
  return { cycles, truncated };
}

function compareSequences(a: string[], b: string[], compare: (a: string, b: string) => number): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Johnson's circuit search from `start`, iterative. Returns true when the cap was reached. */
function searchFrom(start: string, nbrs: (v: string) => string[], cycles: string[][], cap: number): boolean {
  const blocked = new Set<string>([start]);
  const B = new Map<string, Set<string>>();
  const path: string[] = [start];
  const stack: Array<{ list: string[]; i: number }> = [{ list: nbrs(start), i: 0 }];
  const closed: boolean[] = [false];

  const unblock = (node: string): void => {
    const todo = [node];
    while (todo.length > 0) {
      const u = todo.pop()!;
      if (!blocked.delete(u)) continue;
      const waiting = B.get(u);
      if (waiting) {
        for (const w of waiting) todo.push(w);
        waiting.clear();
      }
    }
  };

  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    let descended = false;
    while (top.i < top.list.length) {
      const w = top.list[top.i++];
      if (w === start) {
        cycles.push([...path]);
        closed[closed.length - 1] = true;
        if (cycles.length >= cap) return true;
      } else if (!blocked.has(w)) {
        path.push(w);
        closed.push(false);
        stack.push({ list: nbrs(w), i: 0 });
        blocked.add(w);
        descended = true;
        break;
      }
    }
    if (descended) continue;
    stack.pop();
    const v = path.pop()!;
    if (closed.pop()) {
      if (closed.length > 0) closed[closed.length - 1] = true;
      unblock(v);
    } else {
      for (const w of nbrs(v)) {
        let set = B.get(w);
        if (!set) B.set(w, (set = new Set()));
        set.add(v);
      }
    }
  }
  return false;
}
