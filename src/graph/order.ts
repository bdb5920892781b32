/**
 * Orders for `plan`, `up`, `rollback` and `deps`: migrations within a service, services into parallel levels,
 * who depends on a migration. Pure: the Repo in, orders out.
 */
import type { DependencyEntry, Migration, Repo, Service } from '../repo/types.js';
import { compareNames, crossRefs, serviceEdges } from './cross-service.js';
import { appliesIn } from './environments.js';
import { compareIds, sortIds } from './ids.js';
import { PriorityQueue } from './priority-queue.js';

function entriesOf(service: Service): Record<string, DependencyEntry> {
  const raw: unknown = service.dependencies?.value?.migrations;
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, DependencyEntry>) : {};
}

function dependsOnOf(m: Migration, entries: Record<string, DependencyEntry>): string[] {
  const raw: unknown = (m.meta ?? entries[m.id])?.depends_on;
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
}

function migrationComparator(service: Service): (a: Migration, b: Migration) => number {
  return (a, b) => compareIds(a.id, b.id, service.idOrder) || compareNames(a.folder, b.folder);
}

/**
 * The migrations of `service` that `up` applies in `env` (those with an up file, in `common/` or `<env>/`), in
 * `depends_on` order with ties broken by numeric id: Kahn's algorithm popping the smallest ready id, so the order
 * is stable and as close to id order as the dependencies allow. Dependencies on migrations that do not apply in
 * env are ignored here (environment-dependency reports them). With a cycle, id order (dependency-cycle reports it).
 */
export function orderService(service: Service, env: string): Migration[] {
  const entries = entriesOf(service);
  const compareMigrations = migrationComparator(service);
  const nodes = service.migrations.filter((m) => m.up && appliesIn(m, env)).sort(compareMigrations);
  const byId = new Map<string, number[]>();
  nodes.forEach((m, i) => byId.set(m.id, [...(byId.get(m.id) ?? []), i]));

  const remaining = nodes.map(() => 0);
  const dependents: number[][] = nodes.map(() => []);
  nodes.forEach((m, i) => {
    const targets = new Set(dependsOnOf(m, entries).flatMap((d) => byId.get(d) ?? []));
    remaining[i] = targets.size;
    for (const t of targets) dependents[t].push(i);
  });

  const ready = new PriorityQueue<number>((a, b) => compareMigrations(nodes[a], nodes[b]) || a - b);
  remaining.forEach((n, i) => n === 0 && ready.push(i));
  const out: Migration[] = [];
  for (let i = ready.pop(); i !== undefined; i = ready.pop()) {
    out.push(nodes[i]);
    for (const d of dependents[i]) if (--remaining[d] === 0) ready.push(d);
  }
  return out.length === nodes.length ? out : nodes;
}

/**
 * Services grouped into levels of the cross-service graph for `env`: level 0 depends on no other service, each
 * later level only on earlier ones, so the services of one level can be deployed in parallel. Names are sorted
 * within a level. Services caught in a cycle (and those behind them) go together in one final level.
 */
export function serviceLevels(repo: Repo, env: string): string[][] {
  const edges = serviceEdges(repo, env);
  const placed = new Set<string>();
  const levels: string[][] = [];
  let rest = [...edges.keys()].sort(compareNames);
  while (rest.length > 0) {
    const level = rest.filter((s) => (edges.get(s) ?? []).every((d) => placed.has(d)));
    if (level.length === 0) {
      levels.push(rest);
      break;
    }
    levels.push(level);
    for (const s of level) placed.add(s);
    rest = rest.filter((s) => !placed.has(s));
  }
  return levels;
}

/** A migration of some service. */
export interface MigrationRef {
  service: string;
  id: string;
}

/**
 * Who depends on migration `id` of `service`: entries of the same service whose `depends_on` names it, and entries
 * of other services whose `cross_service_dependencies` name it. Direct dependents by default; with `transitive`,
 * their dependents too (for rollback safety when the applied state may skip a link). Sorted by service, then id.
 */
export function dependentsOf(
  repo: Repo,
  service: string,
  id: string,
  options: { transitive?: boolean } = {},
): MigrationRef[] {
  const direct = (target: MigrationRef): MigrationRef[] => {
    const out: MigrationRef[] = [];
    for (const s of repo.services) {
      if (s.name === target.service) {
        for (const [entryId, entry] of Object.entries(entriesOf(s))) {
          const deps: unknown = entry?.depends_on;
          if (Array.isArray(deps) && deps.includes(target.id)) out.push({ service: s.name, id: entryId });
        }
      } else {
        for (const ref of crossRefs(s)) {
          if (ref.service === target.service && ref.ids.some((x) => x.id === target.id)) {
            out.push({ service: s.name, id: ref.id });
          }
        }
      }
    }
    return out;
  };
  const key = (r: MigrationRef): string => `${r.service}\u0000${r.id}`;
  const seen = new Map<string, MigrationRef>();
  const todo = [{ service, id }];
  while (todo.length > 0) {
    for (const ref of direct(todo.pop()!)) {
      if (seen.has(key(ref)) || (ref.service === service && ref.id === id)) continue;
      seen.set(key(ref), ref);
      if (options.transitive) todo.push(ref);
    }
  }
  const orderOf = (name: string) => repo.services.find((s) => s.name === name)?.idOrder;
  return [...seen.values()].sort((a, b) => compareNames(a.service, b.service) || compareIds(a.id, b.id, orderOf(a.service)));
}

/** Every id of a service (files and dependencies.json entries), numeric order, each once. */
function serviceIds(service: Service): string[] {
  return sortIds(new Set([...Object.keys(entriesOf(service)), ...service.migrations.map((m) => m.id)]), service.idOrder);
}

/**
 * The `deps` command's text: one line per migration in numeric id order, `000002: ["000001"]`, with its
 * `depends_on` exactly as written in dependencies.json (`[]` when it has none). The form `jq` prints.
 */
export function dependencyLines(service: Service): string[] {
  const entries = entriesOf(service);
  return serviceIds(service).map((id) => {
    const raw: unknown = entries[id]?.depends_on;
    return `${id}: ${JSON.stringify(Array.isArray(raw) ? raw : [])}`;
  });
}

/** One migration in `deps --format json`. */
export interface DepsJsonMigration {
  depends_on: unknown[];
  cross_service_dependencies: Record<string, unknown>;
  /** Folders holding its files (`common`, an environment), sorted. */
  folders: string[];
  /** 1-based position in the service's apply order for the environment; null when it does not apply there. */
  order: number | null;
}

/** `deps --format json`: see docs/graph.md. */
export interface DepsJson {
  environment: string;
  services: Record<string, { migrations: Record<string, DepsJsonMigration>; order: string[] }>;
  /** serviceLevels for the environment. */
  levels: string[][];
}

/**
 * The dependency graph of every service as one JSON value, with apply orders and service levels for `env`
 * (the environment in force; `development`, the spec's last fallback, when not given).
 */
export function depsJson(repo: Repo, env = 'development'): DepsJson {
  const services: DepsJson['services'] = {};
  for (const service of repo.services) {
    const entries = entriesOf(service);
    const order = orderService(service, env).map((m) => m.id);
    const position = new Map(order.map((id, i) => [id, i + 1] as const));
    const folders = new Map<string, Set<string>>();
    for (const m of service.migrations) {
      if (!m.up && !m.down) continue;
      if (!folders.has(m.id)) folders.set(m.id, new Set());
      folders.get(m.id)!.add(m.folder);
    }
    const migrations: Record<string, DepsJsonMigration> = {};
    for (const id of serviceIds(service)) {
      const entry = entries[id];
      const deps: unknown = entry?.depends_on;
      const cross: unknown = entry?.cross_service_dependencies;
      migrations[id] = {
        depends_on: Array.isArray(deps) ? deps : [],
        cross_service_dependencies:
          typeof cross === 'object' && cross !== null && !Array.isArray(cross) ? (cross as Record<string, unknown>) : {},
        folders: [...(folders.get(id) ?? [])].sort(compareNames),
        order: position.get(id) ?? null,
      };
    }
    services[service.name] = { migrations, order };
  }
  return { environment: env, services, levels: serviceLevels(repo, env) };
}
