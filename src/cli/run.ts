/**
 * The CLI's one error boundary: picks the command, parses flags, runs it, and maps every failure to an exit
 * code with a message for people — never a stack trace (set SVC_MIGRATE_DEBUG=1 to see one).
 */
import { UsageError } from '../core/types.js';
import { parseCommandLine } from './args.js';
import { commandHelp, generalHelp, unknownCommand } from './help.js';
import { commands } from './commands/index.js';
import type { Command, Io } from './types.js';
import { progressReporter } from './progress.js';
import { VERSION } from '../core/version.js';
import { isConnectionLost } from '../apply/connection-lost.js';

/** Runs one CLI invocation; returns the exit code (0, 1 or 2). */
export async function runCli(argv: string[], given: Io): Promise<number> {
  const [name, ...rest] = argv;
  // Progress lines live on stderr; whatever the command writes first moves them out of the way.
  const reporter = progressReporter((t) => given.err(t), { tty: given.stderrIsTTY === true });
  const io: Io = { ...given, out: (t) => reporter.around(() => given.out(t)), err: (t) => reporter.around(() => given.err(t)), progress: reporter };
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(generalHelp(commands));
    return name === undefined ? 2 : 0;
  }
  if (name === 'help') return help(rest, io);
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(`svc-migrate ${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(name.startsWith('-') ? flagBeforeCommand(argv) : unknownCommand(name, commands));
    return 2;
  }
  try {
    return await runCommand(command, rest, io);
  } finally {
    reporter.stop();
  }
}

/** Parses and runs one command: the error boundary. */
async function runCommand(command: Command, rest: string[], io: Io): Promise<number> {
  const name = command.name;
  try {
    const parsed = parseCommandLine(command, rest, io.env, io.cwd, commands);
    if (parsed.help) {
      io.out(commandHelp(command, io.columns));
      return 0;
    }
    return await command.run(parsed.common, parsed.flags, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`svc-migrate ${name}: ${e.message}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    if (isConnectionLost(e)) {
      io.err(
        `svc-migrate ${name}: the connection to the database was lost (${message}).\n` +
          `Check that the server is up, then run the command again; 'svc-migrate status' shows where each service stands.\n`,
      );
      return 2;
    }
    io.err(`svc-migrate ${name}: internal error: ${message}\nThis is a bug in svc-migrate; please report it with the command you ran.\n`);
    if (io.env.SVC_MIGRATE_DEBUG && e instanceof Error && e.stack) io.err(e.stack + '\n');
    return 2;
  }
}

/** `svc-migrate --root . validate` (a habit from `git -C`): flags go after the command. */
function flagBeforeCommand(argv: string[]): string {
  const at = argv.findIndex((a) => commands.some((c) => c.name === a));
  if (at === -1) return `svc-migrate: '${argv[0]}' is a flag, and flags go after a command: svc-migrate <command> [flags].\nRun 'svc-migrate --help' for the list of commands.\n`;
  const fixed = ['svc-migrate', argv[at], ...argv.slice(0, at), ...argv.slice(at + 1)].join(' ');
  return `svc-migrate: flags go after the command: ${fixed}\n`;
}

/** `svc-migrate help [command]`. */
function help(rest: string[], io: Io): number {
  const [name] = rest;
  if (name === undefined) {
    io.out(generalHelp(commands));
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(unknownCommand(name, commands));
    return 2;
  }
  io.out(commandHelp(command, io.columns));
  return 0;
}
