/**
 * `svc-migrate check`: what the Action runs — validate, then with --apply `up` on the target (embedded by
 * default), then with --verify-rollback `verify` — as one report and one exit code.
 */
import { runCheck } from '../../apply/check.js';
import { formatPlanText } from '../../apply/plan.js';
import { exitCodeFor, printReport } from '../output.js';
import type { Command } from '../types.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'what the Action runs: validate, then --apply (up on the target), then --verify-rollback (verify)',
  options: [
    { name: 'apply', type: 'boolean', multiple: false, description: 'apply pending migrations (embedded database unless --database-url)' },
    { name: 'verify-rollback', type: 'boolean', multiple: false, description: 'prove every down migration undoes its up, on a throwaway database' },
    { name: 'approve', type: 'boolean', multiple: false, description: 'confirm --apply in an environment with require_approval' },
    { name: 'no-hooks', type: 'boolean', multiple: false, description: 'with --apply: do not run the hooks/ scripts' },
  ],
  formats: ['text', 'json', 'sarif', 'github'],
  async run(common, flags, io) {
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
    await printReport(report, common.format, common.root, io);
    return failed ? 1 : exitCodeFor(report, common.failOn);
  },
};
