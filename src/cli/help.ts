/**
 * Help texts: the general one (`svc-migrate --help`) and one per command (`svc-migrate help up`, `up --help`),
 * built from the registry in ./commands/index.ts so that help and parser cannot disagree about a flag.
 */
import { closestName } from '../core/closest.js';
import { VERSION } from '../core/version.js';
import { wrapText } from '../report/text.js';
import { commonFlagsOf, flagsOf } from './args.js';
import type { Command } from './types.js';

/**
 * Commands of other tools that people type out of habit (golang-migrate, dbmate, squawk), with what to run here.
 * Checked before the edit distance: `down` is not a typo of anything, it is a different name.
 */
const HABITS: Record<string, string> = {
  down: "svc-migrate has no 'down': to revert, run 'svc-migrate rollback --service NAME --steps 1' (or --to ID, --only ID).",
  migrate: "to apply pending migrations, run 'svc-migrate up'.",
  lint: "to check migrations, run 'svc-migrate validate'.",
  create: "to create a migration, run 'svc-migrate new --service NAME --name add_thing'.",
  dump: "to back the database up, run 'svc-migrate backup'.",
};

/** The message for a command name that is not one: a habit from another tool, else the closest command. */
export function unknownCommand(name: string, commands: readonly Command[]): string {
  const habit = HABITS[name];
  if (habit) return `svc-migrate: unknown command '${name}': ${habit}\n`;
  const near = closestName(name, commands.map((c) => c.name));
  const hint = near ? ` Did you mean '${near}'?` : '';
  return `svc-migrate: unknown command '${name}'.${hint}\nRun 'svc-migrate --help' for the list of commands.\n`;
}

/** `svc-migrate --help`. */
export function generalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `svc-migrate ${VERSION}: validate and apply the PostgreSQL migrations of many services in one repository.`,
    '',
    'Usage: svc-migrate <command> [flags]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Examples:',
    '  svc-migrate validate',
    '  svc-migrate up --database-url postgres://localhost/app',
    '  svc-migrate help rollback',
    '',
    "Run 'svc-migrate help <command>' (or '<command> --help') for a command's flags, examples and exit codes.",
    '',
  ].join('\n');
}

/**
 * One command's help: usage, summary, its flags only with typed values, examples, exit codes, environment;
 * descriptions wrapped to `columns` (a terminal's width) under their own column.
 */
export function commandHelp(command: Command, columns?: number): string {
  const rows = flagsOf(command).map((o): [string, string] => [`--${o.name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`, o.description]);
  rows.push(['-h, --help', 'this help']);
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  const lines = [`Usage: svc-migrate ${command.name} [flags]`, '', ...wrapText(command.summary, columns, '', ''), '', 'Flags:'];
  for (const [flag, text] of rows) lines.push(...wrapText(text, columns, `  ${flag.padEnd(width)}`, ' '.repeat(width + 2)));
  if (command.examples && command.examples.length > 0) {
    lines.push('', 'Examples:', ...command.examples.map((e) => `  svc-migrate ${command.name}${e ? ` ${e}` : ''}`));
  }
  lines.push(
    '',
    'Exit codes:',
    '  0  success',
    ...wrapText(command.exit1 ?? 'findings at or above --fail-on', columns, '  1  ', '     '),
    ...wrapText('the command could not run: bad flags, unreadable root, database unreachable', columns, '  2  ', '     '),
    '',
    'Environment:',
    ...environmentRows(command).flatMap(([name, text]) => wrapText(text, columns, `  ${name.padEnd(23)}`, ' '.repeat(25))),
  );
  return lines.join('\n') + '\n';
}

function environmentRows(command: Command): [string, string][] {
  const uses = new Set(commonFlagsOf(command));
  const rows: [string, string][] = [];
  if (uses.has('database-url')) rows.push(['DATABASE_URL', 'the database when --database-url is not given']);
  // `new` files a migration under --env only: a shell left on MIGRATION_ENV=staging must not misfile it.
  if (uses.has('env') && command.name !== 'new') rows.push(['MIGRATION_ENV', 'the environment when --env is not given']);
  if (uses.has('cache')) rows.push(['SVC_MIGRATE_CACHE_DIR', 'the lint cache folder when --cache-dir is not given']);
  rows.push(
    ['NO_COLOR, FORCE_COLOR', 'colours off / on whatever the output is (FORCE_COLOR=0 turns them off)'],
    ['SVC_MIGRATE_DEBUG', 'set to 1 to print the stack of an internal error'],
  );
  return rows;
}
