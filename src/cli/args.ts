/**
 * Argument parsing for every command: the common flags of spec section 2 that the command uses, plus its own.
 * A small parser of our own rather than node:util parseArgs, so that every mistake gets our wording, a "did you
 * mean" and the command's help to look at (exit 2), never Node's message.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { closestName } from '../core/closest.js';
import { UsageError, type FailOn } from '../core/types.js';
import type { Command, CommonFlag, CommonOptions, Format, OptionSpec } from './types.js';
import { defaultCacheDir } from '../lint/cache.js';

export type Flags = Record<string, string | boolean | string[] | undefined>;

export interface ParsedCommandLine {
  common: CommonOptions;
  flags: Flags;
  help: boolean;
}

/** A common flag as help shows it; `uses` says which commands take it. */
interface CommonFlagSpec extends OptionSpec {
  uses?: CommonFlag;
}

const COMMON_FLAGS: CommonFlagSpec[] = [
  { name: 'root', type: 'string', value: 'DIR', description: 'repository root (default: the nearest folder up from here holding services/ or svc-migrate.json)' },
  { name: 'service', type: 'string', multiple: true, value: 'NAME', uses: 'service', description: 'only this service (repeatable, or comma-separated; default all)' },
  { name: 'env', type: 'string', value: 'NAME', uses: 'env', description: 'environment (default: MIGRATION_ENV, current_environment, development)' },
  { name: 'format', type: 'string', value: 'FORMAT', description: 'output format' },
  { name: 'fail-on', type: 'string', value: 'LEVEL', uses: 'fail-on', description: 'error|warning|never: lowest severity that exits 1 (default error)' },
  { name: 'database-url', type: 'string', value: 'URL', uses: 'database-url', description: 'postgres://... or pglite:///dir (default: DATABASE_URL, else embedded in memory)' },
  { name: 'cache-dir', type: 'string', value: 'DIR', uses: 'cache', description: 'where lint results of unchanged files are kept (default: SVC_MIGRATE_CACHE_DIR, else ~/.cache/svc-migrate/<repo>)' },
  { name: 'no-cache', type: 'boolean', uses: 'cache', description: 'lint every file anew and write no cache' },
];

const ALL_COMMON: CommonFlag[] = ['service', 'env', 'fail-on', 'database-url', 'cache'];

/** The common flags a command takes: all of them unless its registry entry says which. */
export function commonFlagsOf(command: Command): CommonFlag[] {
  return command.uses ?? ALL_COMMON;
}

/** Every flag of a command, common ones first, as help lists them and the parser accepts them. */
export function flagsOf(command: Command): OptionSpec[] {
  const uses = new Set(commonFlagsOf(command));
  const common = COMMON_FLAGS.filter((f) => f.uses === undefined || uses.has(f.uses)).map((f) =>
    f.name === 'format' ? { ...f, description: `${command.formats.join('|')} (default ${command.formats[0]})` } : f,
  );
  return [...common, ...command.options];
}

const FAIL_ON: FailOn[] = ['error', 'warning', 'never'];

/** Parses the arguments after the command name. Throws UsageError with the flag at fault. */
export function parseCommandLine(
  command: Command,
  argv: string[],
  env: NodeJS.ProcessEnv,
  cwd: string = process.cwd(),
  all: readonly Command[] = [],
): ParsedCommandLine {
  const { values, positionals, help } = tokenize(command, argv, all);
  if (help) return { common: commonOptions(command, {}, env, cwd), flags: {}, help };
  if (positionals.length > 0) {
    throw new UsageError(
      `'${command.name}' takes no arguments without a flag (got '${positionals[0]}'); flags start with --, a folder goes after --root.\n${seeHelp(command)}`,
    );
  }
  const common = commonOptions(command, values, env, cwd);
  const flags: Flags = {};
  for (const o of command.options) flags[o.name] = values[o.name];
  return { common, flags, help };
}

function seeHelp(command: Command): string {
  return `Run 'svc-migrate ${command.name} --help' for the flags it takes.`;
}

/** Splits argv into flag values and positionals, with our message for each mistake. */
function tokenize(command: Command, argv: string[], all: readonly Command[]): { values: Flags; positionals: string[]; help: boolean } {
  const known = new Map(flagsOf(command).map((f) => [f.name, f]));
  const values: Flags = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg : arg.slice(0, eq)).replace(/^--?/, '');
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const spec = known.get(name);
    if (!spec || !arg.startsWith('--')) throw unknownFlag(command, arg.startsWith('--') ? name : arg, all);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} is a switch and takes no value (got '${arg}'); write just --${name}.\n${seeHelp(command)}`);
      values[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    const valueName = spec.value ?? 'VALUE';
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      const got = value === undefined ? 'nothing followed it' : `the next word is the flag ${value}`;
      throw new UsageError(`--${name} needs a value: --${name} ${valueName} (${got}).\n${seeHelp(command)}`);
    }
    if (inline === undefined) i++;
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else if (values[name] !== undefined && values[name] !== value) {
      throw new UsageError(`--${name} was given twice ('${String(values[name])}' and '${value}'); give it once.\n${seeHelp(command)}`);
    } else values[name] = value;
  }
  return { values, positionals, help };
}

/** An unknown flag: the closest flag of this command, else the commands that do take it. */
function unknownFlag(command: Command, written: string, all: readonly Command[]): UsageError {
  const shown = written.startsWith('-') ? written : `--${written}`;
  const own = flagsOf(command).map((f) => f.name);
  const bare = written.replace(/^-+/, '');
  // `-root`: the right name with one dash; closestMatch skips an exact match, so look for it first.
  const near = own.includes(bare) ? bare : closestName(bare, own);
  if (near) return new UsageError(`unknown flag ${shown}; did you mean --${near}?\n${seeHelp(command)}`);
  const others = all.filter((c) => c !== command && flagsOf(c).some((f) => f.name === written)).map((c) => `'${c.name}'`);
  if (others.length > 0) {
    return new UsageError(`'${command.name}' takes no ${shown}; ${others.length === 1 ? 'it is a flag of' : 'these commands take it:'} ${others.join(', ')}.\n${seeHelp(command)}`);
  }
  return new UsageError(`unknown flag ${shown}.\n${seeHelp(command)}`);
}

function commonOptions(command: Command, values: Flags, env: NodeJS.ProcessEnv, cwd: string): CommonOptions {
  const uses = new Set(commonFlagsOf(command));
  const format = (values.format as string | undefined) ?? command.formats[0]!;
  if (!command.formats.includes(format as Format)) {
    const near = closestName(format, command.formats);
    throw new UsageError(
      `--format ${format} is not a format of '${command.name}'${near ? ` (did you mean ${near}?)` : ''}; use one of: ${command.formats.join(', ')}.`,
    );
  }
  const failOn = (values['fail-on'] as string | undefined) ?? 'error';
  if (!FAIL_ON.includes(failOn as FailOn)) {
    throw new UsageError(`--fail-on ${failOn} is not a level; use one of: ${FAIL_ON.join(', ')}.`);
  }
  const services = ((values.service as string[] | undefined) ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const databaseUrl = uses.has('database-url') ? (values['database-url'] as string | undefined) || env.DATABASE_URL || undefined : undefined;
  const root = (values.root as string | undefined) ?? findRoot(cwd);
  const cacheDir = (values['cache-dir'] as string | undefined) || env.SVC_MIGRATE_CACHE_DIR || defaultCacheDir(path.resolve(cwd, root), env);
  return {
    root,
    services,
    env: (values.env as string | undefined) || undefined,
    format: format as Format,
    failOn: failOn as FailOn,
    databaseUrl,
    cache: values['no-cache'] === true ? undefined : { dir: cacheDir },
  };
}

/**
 * The repository root when --root is not given, found as git finds its own: the nearest folder from `cwd` up that
 * holds `svc-migrate.json` or a `services/` folder; `cwd` itself when there is none (validate then says what it
 * misses). `.` when that is the process's folder, so that messages stay short; else an absolute path.
 */
export function findRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'svc-migrate.json')) || isDirectory(path.join(dir, 'services'))) break;
    if (path.dirname(dir) === dir) {
      dir = path.resolve(cwd);
      break;
    }
  }
  return dir === path.resolve('.') ? '.' : dir;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** `--hook-timeout SECONDS` (up, check): undefined when absent; a usage error unless a positive number. */
export function hookTimeoutFlag(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!(Number.isFinite(seconds) && seconds > 0)) throw new UsageError(`--hook-timeout ${String(value)} is not a positive number of seconds.`);
  return seconds;
}
