/**
 * `svc-migrate check`: what the Action runs — validate, then with --apply `up` on the target (embedded by
 * default), then with --verify-rollback `verify` — as one report and one exit code.
 */
import { runCheck } from '../../apply/check.js';
import { formatPlanText } from '../../apply/plan.js';
import { exitCodeFor, planPayload, printReport } from '../output.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate check` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  // Machine formats keep stdout for the report; progress goes to stderr.
  const progress = common.format === 'text' ? (l: string) => io.out(l + '\n') : (l: string) => io.err(l + '\n');
  const { report, failed } = await runCheck({
    root: common.root,
    services: common.services,
    env: common.env,
    failOn: common.failOn,
    apply: flags.apply === true,
    verifyRollback: flags['verify-rollback'] === true,
    databaseUrl: common.databaseUrl,
    approve: flags.approve === true,
    noHooks: flags['no-hooks'] === true,
    processEnv: io.env,
    out: progress,
    cache: common.cache,
  });
  if (common.format === 'text' && !report.applied) io.out(formatPlanText(report.plan));
  // JSON spells the plan as `plan --format json` does.
  const shown = common.format === 'json' ? { ...report, plan: planPayload(report.plan) } : report;
  await printReport(shown, common.format, common.root, io);
  return failed ? 1 : exitCodeFor(report, common.failOn);
};
