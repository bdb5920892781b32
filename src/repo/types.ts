/**
 * The model of a migrations monorepo as read from disk (spec section 1). Produced by src/repo, consumed by
 * graph, lint, apply. Paths named `file` are relative to the root with '/'; `abs` are absolute.
 */
import type { Finding } from '../core/types.js';
import type { JsonPointerIndex } from '../config/types.js';

export type Direction = 'up' | 'down';

/** The boolean switches of an environment, with the spec's defaults filled in. */
export interface EnvironmentSettings {
  allow_destructive_operations: boolean;
  skip_validation: boolean;
  auto_rollback_on_failure: boolean;
  require_approval: boolean;
  maintenance_window_required: boolean;
  backup_required: boolean;
  /** Present when maintenance_window_required: see docs/environments.md for the format. */
  maintenance_window?: MaintenanceWindow;
}

/** `{"days": ["sat","sun"], "start": "02:00", "end": "04:00", "timezone": "UTC"}`. */
export interface MaintenanceWindow {
  days?: string[];
  start: string;
  end: string;
  timezone?: string;
}

export interface DependencyEntry {
  description?: string;
  depends_on?: string[];
  affects_tables?: string[];
  estimated_duration?: string;
  risk_level?: 'low' | 'medium' | 'high' | 'critical';
  rollback_safe?: boolean;
  environment?: string;
  cross_service_dependencies?: Record<string, string[]>;
}

export interface EnvironmentEntry {
  description?: string;
  migrations?: string[];
  config?: Partial<EnvironmentSettings>;
}

/** A JSON file that was read and parsed (it may still have broken its schema: see findings). */
export interface LoadedJson<T> {
  /** Relative to root. */
  file: string;
  /** The parsed value when it parsed and was an object; entries of wrong shape are dropped, not trusted. */
  value: T;
  /** JSON pointer -> position of the key (or the value, for the root), for locating findings. */
  positions: JsonPointerIndex;
}

export interface MigrationFile {
  file: string;
  abs: string;
  /** 'common' or an environment name (the folder it sits in; 'common' for the flat layout). */
  folder: string;
  id: string;
  name: string;
  direction: Direction;
}

export interface Migration {
  service: string;
  /** Leading digits exactly as written ('000001'). */
  id: string;
  name: string;
  folder: string;
  up?: MigrationFile;
  down?: MigrationFile;
  /** Its entry in dependencies.json, if any. */
  meta?: DependencyEntry;
}

export interface Service {
  name: string;
  /** Snake form: schema name and tracking-table prefix (`user-service` -> `user_service`). */
  snake: string;
  /** Relative path of the migrations folder: `services/<name>/migrations`. */
  dir: string;
  abs: string;
  layout: 'folders' | 'flat';
  /** Sorted by numeric id, then folder. Duplicated ids appear more than once (and get a finding). */
  migrations: Migration[];
  dependencies?: LoadedJson<{ migrations: Record<string, DependencyEntry> }>;
  environments?: LoadedJson<{ environments: Record<string, EnvironmentEntry>; current_environment?: string }>;
  /** Absolute path of hooks/ when it exists. */
  hooksDir?: string;
}

export interface ProjectConfig {
  /** PostgreSQL major version the rules assume. Default 15. */
  pg_version: number;
  /** Longest allowed dependency chain. Default 4. */
  max_dependency_depth: number;
  /** Migrations slower than this (ms) are flagged by `status`. Default 30000. */
  slow_threshold_ms: number;
  /** A hook running longer than this many seconds is stopped and the run stops. Absent: the default (hooks.ts). */
  hook_timeout_seconds?: number;
  /** Per rule: 'off' or a severity; per-environment overrides under `environments.<env>.rules`. */
  rules: Record<string, 'off' | 'error' | 'warning' | 'info'>;
  environments: Record<string, { rules?: Record<string, 'off' | 'error' | 'warning' | 'info'> }>;
  /** Globs (relative to root) where services are looked for. Default ['services/*']. */
  services: string[];
}

export interface Repo {
  /** Absolute, real path of --root. */
  root: string;
  config: ProjectConfig;
  configFile?: LoadedJson<Record<string, unknown>>;
  services: Service[];
  /** Everything discovery and config loading found wrong (invalid-filename, config-*, duplicate-version...). */
  findings: Finding[];
}
