/**
 * `cross-service-dependency`: a `cross_service_dependencies` entry naming an unknown service or an unknown
 * migration of a known one, and cycles between services (no deploy order exists for them).
 */
import type { Finding } from '../../core/types.js';
import type { Repo } from '../../repo/types.js';
import type { ServiceGraph } from '../context.js';
import { compareNames, crossRefs, serviceEdges } from '../cross-service.js';
import { elementaryCycles } from '../cycles.js';
import { jsonFinding, pointer } from '../locate.js';

export const RULE = 'cross-service-dependency';

/** Cycles between services listed at most; more get one extra finding. */
export const SERVICE_CYCLE_CAP = 100;

/** References of one service to services or migrations that do not exist. */
export function checkCrossServiceReferences(g: ServiceGraph, graphs: ReadonlyMap<string, ServiceGraph>): Finding[] {
  const deps = g.deps;
  if (!deps) return [];
  const findings: Finding[] = [];
  const service = g.service.name;
  for (const ref of crossRefs(g.service)) {
    const at = pointer('migrations', ref.id, 'cross_service_dependencies', ref.service);
    if (ref.service === service) {
      findings.push(
        jsonFinding(RULE, 'error', `${ref.id} lists its own service ${service} in cross_service_dependencies`, deps, at, {
          service,
          migration: ref.id,
          help: 'Use depends_on for migrations of the same service.',
        }),
      );
      continue;
    }
    const target = graphs.get(ref.service);
    if (!target) {
      findings.push(
        jsonFinding(RULE, 'error', `${ref.id} depends on unknown service ${ref.service}`, deps, at, {
          service,
          migration: ref.id,
          help: `Known services: ${[...graphs.keys()].sort(compareNames).join(', ') || '(none)'}.`,
        }),
      );
      continue;
    }
    for (const item of ref.ids) {
      if (target.byId.get(item.id)?.some((m) => m.up)) continue;
      findings.push(
        jsonFinding(
          RULE,
          'error',
          `${ref.id} depends on ${ref.service} migration ${item.id}, which does not exist`,
          deps,
          pointer('migrations', ref.id, 'cross_service_dependencies', ref.service, item.index),
          { service, migration: ref.id, help: `Name an existing migration of ${ref.service} (ids are matched as written).` },
        ),
      );
    }
  }
  return findings;
}

/** Each elementary cycle of the service graph once, starting at its alphabetically first service. */
export function checkServiceCycles(repo: Repo, graphs: ReadonlyMap<string, ServiceGraph>): Finding[] {
  const edges = serviceEdges(repo);
  const names = [...edges.keys()].sort(compareNames);
  const { cycles, truncated } = elementaryCycles(names, edges, compareNames, SERVICE_CYCLE_CAP);
  const findings: Finding[] = [];
  for (const cycle of cycles) {
    const [first, second = first] = cycle;
    const g = graphs.get(first);
    if (!g?.deps) continue;
    const ref = crossRefs(g.service).find((r) => r.service === second);
    const ptr = ref ? pointer('migrations', ref.id, 'cross_service_dependencies', second) : '';
    findings.push(
      jsonFinding(RULE, 'error', `Circular dependency between services: ${[...cycle, first].join(' -> ')}`, g.deps, ptr, {
        service: first,
        ...(ref ? { migration: ref.id } : {}),
        help: 'Services that depend on each other have no deploy order: move the shared change into one service.',
      }),
    );
  }
  if (truncated && findings.length > 0) {
    const { file, line, column } = findings[0];
    findings.push({
      rule: RULE,
      severity: 'error',
      message: `More than ${SERVICE_CYCLE_CAP} cycles between services; only the first ${SERVICE_CYCLE_CAP} are listed`,
      file,
      line,
      column,
    });
  }
  return findings;
}
