/** The cross-service graph: `cross_service_dependencies` of every dependencies.json entry. */
import type { Repo, Service } from '../repo/types.js';
import { appliesIn } from './environments.js';
import { idComparator } from './ids.js';

/** One `"<service>": ["000002"]` pair of one entry, items with their list indexes. */
export interface CrossRef {
  /** The entry (migration id) that declares it. */
  id: string;
  /** The service depended on, as written. */
  service: string;
  ids: Array<{ id: string; index: number }>;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Every cross-service reference of a service, by entry id (numeric order) then service name as written. */
export function crossRefs(service: Service): CrossRef[] {
  const migrations: unknown = service.dependencies?.value?.migrations;
  if (!isObject(migrations)) return [];
  const out: CrossRef[] = [];
  for (const id of Object.keys(migrations).sort(idComparator(service.idOrder))) {
    const entry = migrations[id];
    if (!isObject(entry) || !isObject(entry.cross_service_dependencies)) continue;
    for (const [target, list] of Object.entries(entry.cross_service_dependencies)) {
      const ids: CrossRef['ids'] = [];
      if (Array.isArray(list)) list.forEach((x, index) => typeof x === 'string' && ids.push({ id: x, index }));
      out.push({ id, service: target, ids });
    }
  }
  return out;
}

/**
 * Service -> the known services it depends on (never itself), names sorted. With `env`, only references of
 * migrations that apply in env count: a development-only seed does not order production deploys.
 */
export function serviceEdges(repo: Repo, env?: string): Map<string, string[]> {
  const known = new Set(repo.services.map((s) => s.name));
  const edges = new Map<string, string[]>();
  for (const service of repo.services) {
    const targets = new Set<string>();
    for (const ref of crossRefs(service)) {
      if (!known.has(ref.service) || ref.service === service.name) continue;
      if (env !== undefined && !service.migrations.some((m) => m.id === ref.id && m.up && appliesIn(m, env))) continue;
      targets.add(ref.service);
    }
    edges.set(service.name, [...targets].sort());
  }
  return edges;
}

/** Plain string order for service names (not locale-dependent, so output is stable across machines). */
export function compareNames(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
