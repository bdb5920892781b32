/** What every command receives and how it is described. */
import type { FailOn } from '../core/types.js';
import type { LintCacheOptions } from '../lint/cache.js';

export type Format = 'text' | 'json' | 'sarif' | 'github' | 'matrix' | 'markdown' | 'mermaid';

/** Flags shared by every command (spec section 2), already checked. */
export interface CommonOptions {
  root: string;
  services: string[];
  env?: string;
  format: Format;
  failOn: FailOn;
  /** --database-url, else DATABASE_URL; undefined means the embedded database. */
  databaseUrl?: string;
  /** Where linting results are cached: --cache-dir, else SVC_MIGRATE_CACHE_DIR, else under the root; none with --no-cache. */
  cache?: LintCacheOptions;
}

/** Where a command writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colours allowed (a TTY and no NO_COLOR). */
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  description: string;
}

/** How a command is called and described: what `--help` and the flag parser need, without its code. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** Command-specific options (the common ones are added by the parser). */
  options: OptionSpec[];
  /** Formats this command can print; the first is the default. */
  formats: Format[];
}

/** Runs a command; returns the exit code. Throws UsageError for exit 2. */
export type CommandRun = (common: CommonOptions, flags: Record<string, string | boolean | string[] | undefined>, io: Io) => Promise<number>;

export interface Command extends CommandSpec {
  run: CommandRun;
}
