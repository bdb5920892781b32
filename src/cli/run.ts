/**
 * The CLI's one error boundary: picks the command, parses flags, runs it, and maps every failure to an exit
 * code with a message for people — never a stack trace (set SVC_MIGRATE_DEBUG=1 to see one).
 */
import { UsageError } from '../core/types.js';
import { commandHelp, parseCommandLine } from './args.js';
import { commands } from './commands/index.js';
import type { Io } from './types.js';
import { VERSION } from '../core/version.js';
import { isConnectionLost } from '../apply/connection-lost.js';

/** Runs one CLI invocation; returns the exit code (0, 1 or 2). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(generalHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(`svc-migrate ${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`svc-migrate: unknown command '${name}'.\n\n${generalHelp()}`);
    return 2;
  }
  try {
    const parsed = parseCommandLine(command, rest, io.env);
    if (parsed.help) {
      io.out(commandHelp(command));
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

function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `svc-migrate ${VERSION}: validate and apply the PostgreSQL migrations of many services in one repository.`,
    '',
    'Usage: svc-migrate <command> [flags]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'svc-migrate <command> --help' for a command's flags.",
    '',
  ].join('\n');
}
