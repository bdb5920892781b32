/** What every command receives and how it is described. */
import type { FailOn } from '../core/types.js';
import type { Progress } from '../core/progress.js';
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
  /** Colours allowed (a TTY and no NO_COLOR, or FORCE_COLOR; see main.ts). */
  color: boolean;
  /** The same for stderr (progress, errors), which may be a terminal when stdout is a pipe. */
  errColor?: boolean;
  /** Terminal width for wrapping text output; undefined when stdout is not a terminal (no wrapping). */
  columns?: number;
  /** OSC-8 hyperlinks allowed on stdout (rule-doc links); plain URLs otherwise. */
  hyperlinks?: boolean;
  /** stderr is a terminal: progress may redraw one line (`\r`) instead of printing plain lines. */
  stderrIsTTY?: boolean;
  /** Where commands report work that takes time (set by runCli, on stderr). */
  progress?: Progress;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  description: string;
  /** The value's name in help (`--steps N`, `--file BACKUP`); default VALUE. */
  value?: string;
}

/** Common flags beyond --root, --format and --help, which a command takes only when it uses them. */
export type CommonFlag = 'service' | 'env' | 'fail-on' | 'database-url' | 'cache';

/** How a command is called and described: what `--help` and the flag parser need, without its code. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** Command-specific options (the common ones are added by the parser). */
  options: OptionSpec[];
  /** Formats this command can print; the first is the default. */
  formats: Format[];
  /** The common flags it takes (default all of them, for commands registered without saying). */
  uses?: CommonFlag[];
  /** Command lines shown under "Examples" in its help, without the leading `svc-migrate`. */
  examples?: string[];
  /** What exit 1 means for this command (help's "Exit codes"); default: findings at or above --fail-on. */
  exit1?: string;
}

/** Runs a command; returns the exit code. Throws UsageError for exit 2. */
export type CommandRun = (common: CommonOptions, flags: Record<string, string | boolean | string[] | undefined>, io: Io) => Promise<number>;

export interface Command extends CommandSpec {
  run: CommandRun;
}
