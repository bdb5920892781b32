/** `svc-migrate validate`: all static checks (make db-validate). */
import { parseConcurrency } from '../../lint/pool.js';
import { validate } from '../../lint/validate.js';
import { exitCodeFor, printReport } from '../output.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate validate` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  const { report } = await validate({
    root: common.root,
    services: common.services,
    env: common.env,
    processEnv: io.env,
    cache: common.cache,
    concurrency: parseConcurrency(flags.concurrency as string | undefined),
    progress: io.progress,
  });
  await printReport(report, common.format, common.root, io, { impact: flags.impact === true, quiet: flags.quiet === true });
  return exitCodeFor(report, common.failOn);
};
