/**
 * Turns a parsed config value into the typed shape of src/repo/types.ts, dropping whatever has the wrong type, so
 * that graph, lint and apply code can trust the types without re-checking. The schema pass has already reported
 * every problem; this pass only decides what survives:
 * - a scalar field of the wrong type (or outside its enum) is dropped, as if absent;
 * - an array keeps its items of the right type and drops the others;
 * - an entry (a migration, an environment) that is not an object is kept as an empty entry, so the id or name
 *   still counts as listed; a key that cannot be an id or a name (`"abc"` under `migrations`) is dropped;
 * - maps (migrations, environments, rules) have no prototype, so a lookup of `constructor` finds nothing.
 */
import type {
  DependencyEntry,
  EnvironmentEntry,
  EnvironmentSettings,
  MaintenanceWindow,
  ProjectConfig,
} from '../repo/types.js';

export interface DependenciesFile {
  migrations: Record<string, DependencyEntry>;
}

export interface EnvironmentsFile {
  environments: Record<string, EnvironmentEntry>;
  current_environment?: string;
}

type Level = ProjectConfig['rules'][string];

export const MIGRATION_ID = /^[0-9]+$/;
export const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const SERVICE_NAME = /^[a-z][a-z0-9_-]*$/;
export const CLOCK_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
const LEVELS: readonly Level[] = ['off', 'error', 'warning', 'info'];
const RESERVED_ENVIRONMENTS = new Set(['common', 'hooks']);
/** The boolean switches of an environment's config (spec section 1). */
export const SETTING_KEYS = [
  'allow_destructive_operations',
  'skip_validation',
  'auto_rollback_on_failure',
  'require_approval',
  'maintenance_window_required',
  'backup_required',
] as const;

/** A map with no prototype: keys from files never collide with Object.prototype. */
export function emptyMap<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function strings(v: unknown, pattern?: RegExp): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((x): x is string => typeof x === 'string' && (!pattern || pattern.test(x)));
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** The typed view of a dependencies.json value. */
export function sanitizeDependencies(value: unknown): DependenciesFile {
  const migrations = emptyMap<DependencyEntry>();
  const raw = isObject(value) ? own(value, 'migrations') : undefined;
  if (isObject(raw)) {
    for (const id of Object.keys(raw)) {
      if (!MIGRATION_ID.test(id)) continue;
      migrations[id] = sanitizeDependencyEntry(raw[id]);
    }
  }
  return { migrations };
}

function sanitizeDependencyEntry(v: unknown): DependencyEntry {
  const entry: DependencyEntry = {};
  if (!isObject(v)) return entry;
  assign(entry, 'description', str(own(v, 'description')));
  assign(entry, 'depends_on', strings(own(v, 'depends_on'), MIGRATION_ID));
  assign(entry, 'affects_tables', strings(own(v, 'affects_tables')));
  assign(entry, 'estimated_duration', str(own(v, 'estimated_duration')));
  const risk = own(v, 'risk_level');
  if (typeof risk === 'string' && (RISK_LEVELS as readonly string[]).includes(risk)) {
    entry.risk_level = risk as DependencyEntry['risk_level'];
  }
  const safe = own(v, 'rollback_safe');
  if (typeof safe === 'boolean') entry.rollback_safe = safe;
  assign(entry, 'environment', str(own(v, 'environment')));
  const cross = own(v, 'cross_service_dependencies');
  if (isObject(cross)) {
    const out = emptyMap<string[]>();
    for (const service of Object.keys(cross)) {
      const ids = strings(cross[service], MIGRATION_ID);
      if (ids) out[service] = ids;
    }
    entry.cross_service_dependencies = out;
  }
  return entry;
}

/** The typed view of an environments.json value. */
export function sanitizeEnvironments(value: unknown): EnvironmentsFile {
  const environments = emptyMap<EnvironmentEntry>();
  const root = isObject(value) ? value : {};
  const raw = own(root, 'environments');
  if (isObject(raw)) {
    for (const name of Object.keys(raw)) {
      if (!ENVIRONMENT_NAME.test(name) || RESERVED_ENVIRONMENTS.has(name)) continue;
      environments[name] = sanitizeEnvironmentEntry(raw[name]);
    }
  }
  const out: EnvironmentsFile = { environments };
  const current = own(root, 'current_environment');
  if (typeof current === 'string' && current !== '') out.current_environment = current;
  return out;
}

function sanitizeEnvironmentEntry(v: unknown): EnvironmentEntry {
  const entry: EnvironmentEntry = {};
  if (!isObject(v)) return entry;
  assign(entry, 'description', str(own(v, 'description')));
  assign(entry, 'migrations', strings(own(v, 'migrations')));
  const config = own(v, 'config');
  if (isObject(config)) {
    const settings: Partial<EnvironmentSettings> = {};
    for (const key of SETTING_KEYS) {
      const b = own(config, key);
      if (typeof b === 'boolean') settings[key] = b;
    }
    const window = sanitizeMaintenanceWindow(own(config, 'maintenance_window'));
    if (window) settings.maintenance_window = window;
    entry.config = settings;
  }
  return entry;
}

/** A window whose start or end cannot be read is dropped whole: half a window would open at the wrong time. */
function sanitizeMaintenanceWindow(v: unknown): MaintenanceWindow | undefined {
  if (!isObject(v)) return undefined;
  const start = str(own(v, 'start'));
  const end = str(own(v, 'end'));
  if (!start || !end || !CLOCK_TIME.test(start) || !CLOCK_TIME.test(end)) return undefined;
  const window: MaintenanceWindow = { start, end };
  const days = strings(own(v, 'days'))?.filter((d) => (WEEKDAYS as readonly string[]).includes(d));
  if (days && days.length > 0) window.days = days;
  const tz = str(own(v, 'timezone'));
  if (tz !== undefined) {
    if (!isValidTimeZone(tz)) return undefined;
    window.timezone = tz;
  }
  return window;
}

/** True when the runtime knows this IANA time zone name. */
export function isValidTimeZone(tz: string): boolean {
  if (tz === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Project defaults (spec): what svc-migrate.json means when a key, or the whole file, is absent. */
export function defaultProjectConfig(): ProjectConfig {
  return {
    pg_version: 15,
    max_dependency_depth: 4,
    slow_threshold_ms: 30000,
    rules: emptyMap<Level>(),
    environments: emptyMap<{ rules?: Record<string, Level> }>(),
    services: ['services/*'],
  };
}

function sanitizeRules(v: unknown): Record<string, Level> | undefined {
  if (!isObject(v)) return undefined;
  const out = emptyMap<Level>();
  for (const id of Object.keys(v)) {
    const level = v[id];
    if (typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) out[id] = level as Level;
  }
  return out;
}

/** svc-migrate.json with its defaults filled in; ill-typed keys keep their default. */
export function sanitizeProjectConfig(value: unknown): ProjectConfig {
  const config = defaultProjectConfig();
  if (!isObject(value)) return config;
  const pg = own(value, 'pg_version');
  if (typeof pg === 'number' && Number.isInteger(pg) && pg >= 10 && pg <= 99) config.pg_version = pg;
  const depth = own(value, 'max_dependency_depth');
  if (typeof depth === 'number' && Number.isInteger(depth) && depth >= 1) config.max_dependency_depth = depth;
  const slow = own(value, 'slow_threshold_ms');
  if (typeof slow === 'number' && Number.isFinite(slow) && slow >= 0) config.slow_threshold_ms = slow;
  const hookTimeout = own(value, 'hook_timeout_seconds');
  if (typeof hookTimeout === 'number' && Number.isFinite(hookTimeout) && hookTimeout > 0) config.hook_timeout_seconds = hookTimeout;
  config.rules = sanitizeRules(own(value, 'rules')) ?? config.rules;
  const envs = own(value, 'environments');
  if (isObject(envs)) {
    for (const name of Object.keys(envs)) {
      const e = envs[name];
      if (!ENVIRONMENT_NAME.test(name) || !isObject(e)) continue;
      const rules = sanitizeRules(own(e, 'rules'));
      config.environments[name] = rules ? { rules } : {};
    }
  }
  const services = strings(own(value, 'services'))?.filter((s) => s !== '');
  if (services && services.length > 0) config.services = services;
  return config;
}
