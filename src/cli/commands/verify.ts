/**
 * `svc-migrate verify`: on a throwaway database, up → down → up for every migration in plan order; the schema
 * after down must equal the schema before up. Never touches the target database: with a server URL it creates
 * (and drops) a temporary database on that server, else it uses an in-memory PGlite.
 */
import { verifyRollbacks } from '../../apply/verify.js';
import { formatVerifyText } from '../../apply/verify.js';
import { countFindings, UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { exitCodeFor, printReport } from '../output.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate verify` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, _flags, io) => {
  // The whole repository: prerequisites in other services are applied (not checked) so that --service works.
  const repo = await loadRepo({ root: common.root });
  const unknown = common.services.filter((n) => !repo.services.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown service ${unknown.join(', ')} (services: ${repo.services.map((s) => s.name).join(', ')}).`);
  }
  const env = resolveEnvironment(repo, common.env, io.env);
  // Progress on stderr in every format: stdout carries the report (text or JSON), printed at the end. On a terminal
  // the progress reporter shows the step being verified as it runs.
  const progress = (l: string) => io.err(l + '\n');
  const result = await verifyRollbacks({ repo, env, services: common.services, databaseUrl: common.databaseUrl, out: progress, progress: io.progress });
  const checked = repo.services.filter((s) => common.services.length === 0 || common.services.includes(s.name));
  const report = {
    version: 1 as const,
    environment: env,
    findings: result.findings,
    summary: {
      ...countFindings(result.findings),
      services: checked.length,
      migrations: result.outcomes.length,
      files: 0,
    },
    verify: { database: result.database, outcomes: result.outcomes },
  };
  if (common.format === 'text') io.out(formatVerifyText(result));
  else await printReport(report, common.format, common.root, io);
  return exitCodeFor(report, common.failOn);
};
