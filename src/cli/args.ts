/**
 * Argument parsing for every command: the common flags of spec section 2 plus the command's own.
 * Built on node:util parseArgs in strict mode so an unknown or malformed flag is a UsageError (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type FailOn } from '../core/types.js';
import type { Command, CommonOptions, Format } from './types.js';
import { defaultCacheDir } from '../lint/cache.js';

const COMMON: ParseArgsConfig['options'] = {
  root: { type: 'string' },
  service: { type: 'string', multiple: true },
  env: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'database-url': { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export type Flags = Record<string, string | boolean | string[] | undefined>;

export interface ParsedCommandLine {
  common: CommonOptions;
  flags: Flags;
  help: boolean;
}

const FAIL_ON: FailOn[] = ['error', 'warning', 'never'];

/** Parses the arguments after the command name. Throws UsageError with the flag at fault. */
export function parseCommandLine(command: Command, argv: string[], env: NodeJS.ProcessEnv): ParsedCommandLine {
  const options: NonNullable<ParseArgsConfig['options']> = { ...COMMON };
  for (const o of command.options) options[o.name] = o.multiple ? { type: o.type, multiple: true } : { type: o.type };
  let values: Flags;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true }) as {
      values: Flags;
      positionals: string[];
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.replace(/^TypeError \[\w+\]: /, '')}\nRun 'svc-migrate ${command.name} --help' for the flags it takes.`);
  }
  if (positionals.length > 0) {
    throw new UsageError(`'${command.name}' takes no positional arguments (got '${positionals[0]}'). Run 'svc-migrate ${command.name} --help'.`);
  }
  const format = (values.format as string | undefined) ?? command.formats[0]!;
  if (!command.formats.includes(format as Format)) {
    throw new UsageError(`--format ${format} is not supported by '${command.name}'; use one of: ${command.formats.join(', ')}.`);
  }
  const failOn = (values['fail-on'] as string | undefined) ?? 'error';
  if (!FAIL_ON.includes(failOn as FailOn)) {
    throw new UsageError(`--fail-on ${failOn} is not valid; use one of: ${FAIL_ON.join(', ')}.`);
  }
  const services = ((values.service as string[] | undefined) ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const databaseUrl = (values['database-url'] as string | undefined) || env.DATABASE_URL || undefined;
  const root = (values.root as string | undefined) ?? '.';
  const cacheDir = (values['cache-dir'] as string | undefined) || env.SVC_MIGRATE_CACHE_DIR || defaultCacheDir(root, env);
  const common: CommonOptions = {
    root,
    services,
    env: (values.env as string | undefined) || undefined,
    format: format as Format,
    failOn: failOn as FailOn,
    databaseUrl,
    cache: values['no-cache'] === true ? undefined : { dir: cacheDir },
  };
  const flags: Flags = {};
  for (const o of command.options) flags[o.name] = values[o.name];
  return { common, flags, help: values.help === true };
}

/** The --help text of one command. */
export function commandHelp(command: Command): string {
  const lines = [`Usage: svc-migrate ${command.name} [flags]`, '', command.summary, '', 'Flags:'];
  const rows: [string, string][] = [
    ['--root DIR', 'repository root (default .)'],
    ['--service NAME', 'only this service (repeatable; default all)'],
    ['--env NAME', 'environment (default: MIGRATION_ENV, current_environment, development)'],
    ['--format FMT', `output format: ${command.formats.join('|')} (default ${command.formats[0]})`],
    ['--fail-on LEVEL', 'error|warning|never: lowest severity that exits 1 (default error)'],
    ['--database-url URL', 'postgres://... or pglite:///dir (default DATABASE_URL, else embedded in memory)'],
    ['--cache-dir DIR', 'where lint results of unchanged files are kept (default SVC_MIGRATE_CACHE_DIR, else ~/.cache/svc-migrate/<repo>)'],
    ['--no-cache', 'lint every file anew and write no cache'],
    ...command.options.map((o): [string, string] => [`--${o.name}${o.type === 'string' ? ' VALUE' : ''}`, o.description]),
  ];
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  for (const [flag, text] of rows) lines.push(`  ${flag.padEnd(width)}${text}`);
  return lines.join('\n') + '\n';
}

/** `--hook-timeout SECONDS` (up, check): undefined when absent; a usage error unless a positive number. */
export function hookTimeoutFlag(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!(Number.isFinite(seconds) && seconds > 0)) throw new UsageError(`--hook-timeout ${String(value)} is not a positive number of seconds.`);
  return seconds;
}
