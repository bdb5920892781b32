/**
 * `svc-migrate diff --base REF`: what the working tree's migrations change in the schema against those at REF,
 * both replayed on the embedded database, per service and environment.
 */
import { diffSchemas } from '../../apply/schema-diff.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { printSchemaDiff } from '../schema-output.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate diff` (its flags are listed in ./index.ts). Exit 1 when a migration failed to replay. */
export const run: CommandRun = async (common, flags, io) => {
  const base = flags.base;
  if (typeof base !== 'string' || base === '') {
    throw new UsageError('diff needs --base REF: the git revision to compare with (a branch such as main, a tag or a commit).');
  }
  if (common.databaseUrl !== undefined && !common.databaseUrl.startsWith('pglite:')) {
    io.err('note: diff replays both sides on the embedded database; --database-url is not used\n');
  }
  // Every environment unless one is named: a change may apply to production only.
  let environments: string[] | undefined;
  if (common.env !== undefined) {
    const repo = await loadRepo({ root: common.root });
    environments = [resolveEnvironment(repo, common.env, io.env)];
  }
  const result = await diffSchemas({ root: common.root, base, services: common.services, environments });
  printSchemaDiff(result, common.format, io);
  return result.problems.length > 0 ? 1 : 0;
};
