/**
 * Builders for graph tests: Repo objects made directly, as loadRepo would make them, without touching disk.
 * JSON files get real positions: the value is pretty-printed (2 spaces) and every key and array item is located.
 */
import type { Finding } from '../core/types.js';
import type { JsonPointerIndex, JsonPosition } from '../config/types.js';
import type {
  DependencyEntry,
  EnvironmentEntry,
  LoadedJson,
  Migration,
  MigrationFile,
  ProjectConfig,
  Repo,
  Service,
} from '../repo/types.js';
import { buildServiceGraph, type ServiceGraph } from './context.js';
import { compareIds } from './ids.js';
import { pointer } from './locate.js';
import { defaultProjectConfig } from '../config/sanitize.js';

/** Pretty-prints `value` as JSON.stringify(value, null, 2) would, recording where each pointer starts. */
export function jsonWithPositions(value: unknown): { text: string; positions: JsonPointerIndex } {
  const positions = new Map<string, JsonPosition>();
  let text = '';
  let line = 1;
  let column = 1;
  const emit = (s: string): void => {
    for (const ch of s) {
      if (ch === '\n') {
        line++;
        column = 1;
      } else column++;
    }
    text += s;
  };
  const here = (): { line: number; column: number } => ({ line, column });
  const write = (v: unknown, ptr: string, indent: string): void => {
    if (Array.isArray(v)) {
      if (v.length === 0) return emit('[]');
      emit('[\n');
      v.forEach((item, i) => {
        emit(indent + '  ');
        positions.set(`${ptr}/${i}`, here());
        write(item, `${ptr}/${i}`, indent + '  ');
        emit(i < v.length - 1 ? ',\n' : '\n');
      });
      emit(indent + ']');
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      if (keys.length === 0) return emit('{}');
      emit('{\n');
      keys.forEach((k, i) => {
        emit(indent + '  ');
        const child = ptr + pointer(k);
        positions.set(child, here());
        emit(JSON.stringify(k) + ': ');
        write((v as Record<string, unknown>)[k], child, indent + '  ');
        emit(i < keys.length - 1 ? ',\n' : '\n');
      });
      emit(indent + '}');
    } else emit(JSON.stringify(v));
  };
  positions.set('', here());
  write(value, '', '');
  return { text, positions };
}

/** A loaded JSON file with real positions. */
export function loadedJson<T>(file: string, value: T): LoadedJson<T> {
  return { file, value, positions: jsonWithPositions(value).positions };
}

/**
 * A migration file spec: `'common/000001_init'` (up and down), `'development/000003_seed.up'` (up only),
 * `'staging/000004_x.down'` (down only).
 */
export type FileSpec = string;

export interface ServiceSpec {
  /** Migration files (see FileSpec). */
  files?: FileSpec[];
  /** dependencies.json `migrations`; omitted -> no dependencies.json. */
  deps?: Record<string, DependencyEntry>;
  /** environments.json content; omitted -> none. */
  environments?: { environments: Record<string, EnvironmentEntry>; current_environment?: string };
  layout?: 'folders' | 'flat';
}

function migrationFile(service: string, folder: string, id: string, name: string, direction: 'up' | 'down', flat: boolean): MigrationFile {
  const dir = flat ? `services/${service}/migrations` : `services/${service}/migrations/${folder}`;
  const file = `${dir}/${id}_${name}.${direction}.sql`;
  return { file, abs: `/repo/${file}`, folder, id, name, direction };
}

/** A Service as loadRepo would build it: migrations sorted by id then folder, `meta` attached from deps. */
export function makeService(name: string, spec: ServiceSpec = {}): Service {
  const flat = spec.layout === 'flat';
  const byKey = new Map<string, Migration>();
  for (const f of spec.files ?? []) {
    const m = /^(?:([^/]+)\/)?(\d+)_([^.]+)(?:\.(up|down))?$/.exec(f);
    if (!m) throw new Error(`bad file spec ${f}`);
    const folder = m[1] ?? 'common';
    const [id, mname] = [m[2], m[3]];
    const key = `${folder}/${id}`;
    const migration = byKey.get(key) ?? { service: name, id, name: mname, folder };
    if (m[4] !== 'down') migration.up = migrationFile(name, folder, id, mname, 'up', flat);
    if (m[4] !== 'up') migration.down = migrationFile(name, folder, id, mname, 'down', flat);
    byKey.set(key, migration);
  }
  const migrations = [...byKey.values()].sort((a, b) => compareIds(a.id, b.id) || (a.folder < b.folder ? -1 : 1));
  for (const m of migrations) if (spec.deps?.[m.id]) m.meta = spec.deps[m.id];
  const dir = `services/${name}/migrations`;
  const service: Service = {
    name,
    snake: name.replace(/-/g, '_'),
    dir,
    abs: `/repo/${dir}`,
    layout: spec.layout ?? 'folders',
    migrations,
  };
  if (spec.deps) service.dependencies = loadedJson(`${dir}/dependencies.json`, { migrations: spec.deps });
  if (spec.environments) service.environments = loadedJson(`${dir}/environments.json`, spec.environments);
  return service;
}

/** `deps({ '000002': ['000001'] })`: entries with only depends_on. */
export function deps(graph: Record<string, string[]>): Record<string, DependencyEntry> {
  return Object.fromEntries(Object.entries(graph).map(([id, dependsOn]) => [id, { depends_on: dependsOn }]));
}

/** A common/ file per id: `files('000001', '000002')`. */
export function files(...ids: string[]): FileSpec[] {
  return ids.map((id) => `common/${id}_m${id}`);
}

/** A service whose files and dependencies.json agree: one common/ migration per key of `graph`. */
export function graphService(name: string, graph: Record<string, string[]>): Service {
  return makeService(name, { files: files(...Object.keys(graph)), deps: deps(graph) });
}

/** The project config with every default, as loadProjectConfig builds it for a repository without svc-migrate.json. */
export const DEFAULT_CONFIG: ProjectConfig = defaultProjectConfig();

/** A Repo of these services. */
export function makeRepo(services: Service[], options: { config?: Partial<ProjectConfig>; findings?: Finding[] } = {}): Repo {
  return { root: '/repo', config: { ...DEFAULT_CONFIG, ...options.config }, services, findings: options.findings ?? [] };
}

/** The finding loadRepo leaves when a JSON file does not parse. */
export function invalidJson(file: string): Finding {
  return { rule: 'config-invalid-json', severity: 'error', message: 'Unexpected token', file, line: 1, column: 1 };
}

/** The position a pointer has in a service's dependencies.json (for asserting finding locations). */
export function depsPosition(service: Service, ptr: string): { line: number; column: number } {
  const pos = service.dependencies?.positions.get(ptr);
  if (!pos) throw new Error(`no position for ${ptr}`);
  return { line: pos.line, column: pos.column };
}

/** The graph facts of `service` inside a repo of it and `others`, for testing one check. */
export function graphOf(
  service: Service,
  options: { others?: Service[]; config?: Partial<ProjectConfig>; findings?: Finding[]; env?: string } = {},
): ServiceGraph {
  const repo = makeRepo([service, ...(options.others ?? [])], options);
  return buildServiceGraph(repo, service, options.env ?? 'development');
}

/** The parts of findings that tests compare: rule, severity, message, position, migration. */
export function brief(findings: Finding[]): Array<Pick<Finding, 'rule' | 'severity' | 'message' | 'line' | 'column' | 'migration'>> {
  return findings.map(({ rule, severity, message, line, column, migration }) => ({ rule, severity, message, line, column, migration }));
}
