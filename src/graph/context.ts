/**
 * Facts about one service's dependency graph, computed once and handed to every graph check (as squawk hands
 * file facts to its rules): which ids exist, what each entry depends on, whether dependencies.json is usable.
 */
import type { DependencyEntry, LoadedJson, Migration, Repo, Service } from '../repo/types.js';
import { idComparator, sortIds } from './ids.js';
import { environmentsToCheck } from './environments.js';

/** One `depends_on` item as written, with its index in the list (for its JSON pointer). */
export interface DependsOnItem {
  id: string;
  index: number;
}

export type DependenciesJson = LoadedJson<{ migrations: Record<string, DependencyEntry> }>;

export interface ServiceGraph {
  repo: Repo;
  service: Service;
  /** The environment in force. */
  env: string;
  /** Relative path of dependencies.json, whether or not it exists. */
  depsFile: string;
  /** dependencies.json when it exists and parsed. */
  deps?: DependenciesJson;
  /**
   * True when dependencies.json exists but cannot be trusted as a list of migrations (it did not parse, or its
   * `migrations` is not an object). Its own config-* finding says why; checks that need the list stay silent.
   */
  depsUnusable: boolean;
  /** True when environments.json exists but did not parse. */
  envUnusable: boolean;
  /** dependencies.json entries by id (only entries that are objects). */
  entries: Map<string, DependencyEntry>;
  /** Migrations that have at least one file, by id (several when an id is duplicated). */
  byId: Map<string, Migration[]>;
  /** Every id the service knows (files or entries), in the service's id order. */
  ids: string[];
  /** `depends_on` items as written (string items only), per entry id. */
  dependsOn: Map<string, DependsOnItem[]>;
  /** Edges to ids that exist, deduplicated, numeric order: the graph the cycle, depth and order checks walk. */
  edges: Map<string, string[]>;
  /** Environments to check `common/` against: every one the repository mentions, and the one in force. */
  environments: string[];
}

function hasParseError(repo: Repo, file: string): boolean {
  return (repo.findings ?? []).some((f) => f.rule === 'config-invalid-json' && f.file === file);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Builds the graph facts of one service. Never throws on malformed entries: they are skipped. */
export function buildServiceGraph(repo: Repo, service: Service, env: string, environments: string[] = environmentsToCheck(repo, env)): ServiceGraph {
  const depsFile = service.dependencies?.file ?? `${service.dir}/dependencies.json`;
  const envFile = service.environments?.file ?? `${service.dir}/environments.json`;
  const depsBroken = hasParseError(repo, depsFile);
  const rawMigrations: unknown = service.dependencies?.value?.migrations;
  const depsUnusable = depsBroken || (service.dependencies !== undefined && !isObject(rawMigrations));
  const deps = service.dependencies && !depsUnusable ? service.dependencies : undefined;

  const entries = new Map<string, DependencyEntry>();
  if (deps && isObject(rawMigrations)) {
    for (const [id, entry] of Object.entries(rawMigrations)) if (isObject(entry)) entries.set(id, entry as DependencyEntry);
  }

  const byId = new Map<string, Migration[]>();
  for (const m of service.migrations) {
    if (!m.up && !m.down) continue;
    const list = byId.get(m.id);
    if (list) list.push(m);
    else byId.set(m.id, [m]);
  }

  const ids = sortIds(new Set([...entries.keys(), ...byId.keys()]), service.idOrder);
  const compare = idComparator(service.idOrder);
  const exists = (id: string): boolean => entries.has(id) || byId.has(id);
  const dependsOn = new Map<string, DependsOnItem[]>();
  const edges = new Map<string, string[]>();
  for (const [id, entry] of entries) {
    const raw: unknown = entry.depends_on;
    const items: DependsOnItem[] = [];
    if (Array.isArray(raw)) raw.forEach((d, index) => typeof d === 'string' && items.push({ id: d, index }));
    dependsOn.set(id, items);
    edges.set(id, [...new Set(items.map((i) => i.id).filter(exists))].sort(compare));
  }
  for (const id of ids) if (!edges.has(id)) edges.set(id, []);

  return {
    repo,
    service,
    env,
    depsFile,
    deps,
    depsUnusable,
    envUnusable: hasParseError(repo, envFile),
    entries,
    byId,
    ids,
    dependsOn,
    edges,
    environments,
  };
}

/** The files of a migration to point a finding at when it has no JSON position: its up file, else its down file. */
export function migrationFile(m: Migration): string | undefined {
  return m.up?.file ?? m.down?.file;
}
