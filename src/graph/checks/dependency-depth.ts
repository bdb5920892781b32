/**
 * `dependency-depth`: a chain of `depends_on` longer than the configured limit (default 4). Long chains serialise
 * deploys and make a rollback drag many migrations with it.
 */
import type { Finding } from '../../core/types.js';
import type { ServiceGraph } from '../context.js';
import { idComparator } from '../ids.js';
import { jsonFinding, pointer } from '../locate.js';
import { PriorityQueue } from '../priority-queue.js';

export const RULE = 'dependency-depth';
export const DEFAULT_MAX_DEPTH = 4;

/** Chains longer than this many ids are shown with their middle elided, to keep messages readable. */
const SHOWN = 12;

export interface DepthInfo {
  depth: number;
  /** The next id on the longest chain. */
  next?: string;
  /** The last ids of that chain (at most TAIL), kept so a message never walks a 10,000-long chain. */
  tail: string[];
}

const HEAD = 6;
const TAIL = 5;

/**
 * Depth of each id: the number of edges in the longest `depends_on` chain that starts at it, with the next id on
 * that chain (the smallest id on ties). Memoised over a topological order: linear, no path enumeration.
 * Undefined when the graph has a cycle (depth is then meaningless; dependency-cycle reports it).
 */
export function dependencyDepths(g: ServiceGraph): Map<string, DepthInfo> | undefined {
  const remaining = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const id of g.ids) {
    const edges = g.edges.get(id) ?? [];
    remaining.set(id, edges.length);
    for (const d of edges) {
      const list = dependents.get(d);
      if (list) list.push(id);
      else dependents.set(d, [id]);
    }
  }
  const ready = new PriorityQueue<string>(idComparator(g.service.idOrder));
  for (const [id, n] of remaining) if (n === 0) ready.push(id);
  const order: string[] = [];
  for (let id = ready.pop(); id !== undefined; id = ready.pop()) {
    order.push(id);
    for (const dep of dependents.get(id) ?? []) {
      const n = remaining.get(dep)! - 1;
      remaining.set(dep, n);
      if (n === 0) ready.push(dep);
    }
  }
  if (order.length < g.ids.length) return undefined;
  const result = new Map<string, DepthInfo>();
  for (const id of order) {
    let depth = 0;
    let next: string | undefined;
    for (const d of g.edges.get(id) ?? []) {
      if (result.get(d)!.depth + 1 > depth) {
        depth = result.get(d)!.depth + 1;
        next = d;
      }
    }
    const below = next === undefined ? [] : result.get(next)!.tail;
    result.set(id, { depth, next, tail: depth + 1 <= TAIL ? [id, ...below] : below });
  }
  return result;
}

function limitOf(g: ServiceGraph): number {
  const raw: unknown = g.repo.config?.max_dependency_depth;
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : DEFAULT_MAX_DEPTH;
}

/** The chain from `id` down to its root; longer than SHOWN ids, its middle is elided. */
function showChain(id: string, depths: Map<string, DepthInfo>): string {
  const info = depths.get(id)!;
  const walk = (count: number): string[] => {
    const out = [id];
    for (let n = info.next; n !== undefined && out.length < count; n = depths.get(n)!.next) out.push(n);
    return out;
  };
  if (info.depth + 1 <= SHOWN) return walk(SHOWN).join(' -> ');
  return [...walk(HEAD), '...', ...info.tail].join(' -> ');
}

/** One warning per migration whose depth exceeds the limit, with the chain (from it down to its root). */
export function checkDependencyDepth(g: ServiceGraph): Finding[] {
  const deps = g.deps;
  if (!deps) return [];
  const depths = dependencyDepths(g);
  if (!depths) return [];
  const limit = limitOf(g);
  const findings: Finding[] = [];
  for (const id of g.ids) {
    const { depth } = depths.get(id)!;
    if (depth <= limit) continue;
    findings.push(
      jsonFinding(
        RULE,
        'warning',
        `${id} has a dependency chain ${depth} deep (limit ${limit}): ${showChain(id, depths)}`,
        deps,
        pointer('migrations', id, 'depends_on'),
        {
          service: g.service.name,
          migration: id,
          help: 'Depend only on what the migration needs (often an early schema migration), or raise max_dependency_depth in svc-migrate.json.',
        },
      ),
    );
  }
  return findings;
}
