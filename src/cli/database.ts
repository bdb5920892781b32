/**
 * How every command opens its database: one way, so that each one loads the contrib extensions the migrations
 * create, refuses the in-memory default where it would be meaningless, and says which embedded database it uses.
 */
import { describeEmbedded, openDatabase, refuseInMemory } from '../apply/db/open.js';
import type { Database } from '../apply/db/types.js';
import type { Repo } from '../repo/types.js';
import type { CommonOptions, Io } from './types.js';

export interface CommandDatabaseOptions {
  /** The command's name, for the in-memory refusal. */
  command: string;
  /** Whose migrations name the extensions PGlite loads. */
  repo?: Repo;
  /** True for commands meaningless on a database that vanishes with the process (exit 2 on the default). */
  persistent?: boolean;
}

/** Opens `common.databaseUrl` (or the embedded default) for a command; the caller closes it. */
export async function openCommandDatabase(common: CommonOptions, io: Io, opts: CommandDatabaseOptions): Promise<Database> {
  if (opts.persistent) refuseInMemory(opts.command, common.databaseUrl);
  const db = await openDatabase(common.databaseUrl, { repo: opts.repo, cwd: io.cwd });
  // On stderr: it is about where the command ran, not its result, and stdout may carry JSON.
  if (db.kind === 'pglite') io.err(`${describeEmbedded(db, common.databaseUrl)}\n`);
  return db;
}
