/**
 * `svc-migrate drift --database-url URL`: the live database's schema against the one its applied migrations
 * produce, replayed on the embedded database. Exit 1 on drift.
 */
import { detectDrift } from '../../apply/drift.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { printSchemaDiff } from '../schema-output.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate drift` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, _flags, io) => {
  // The whole repository: a service's migrations may need another's (cross-service dependencies) to replay.
  const repo = await loadRepo({ root: common.root });
  const unknown = common.services.filter((n) => !repo.services.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown service ${unknown.join(', ')} (services: ${repo.services.map((s) => s.name).join(', ')}).`);
  }
  const env = resolveEnvironment(repo, common.env, io.env);
  const result = await detectDrift({ repo, env, databaseUrl: common.databaseUrl, services: common.services, cwd: io.cwd });
  printSchemaDiff(result, common.format, io);
  return result.groups.length > 0 || result.problems.length > 0 ? 1 : 0;
};
