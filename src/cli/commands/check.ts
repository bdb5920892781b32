/**
 * `svc-migrate check`: what the Action runs — validate, then with --apply `up` on the target (embedded by
 * default), then with --verify-rollback `verify` — as one report and one exit code. The text output reads in
 * that order: the validation, then where it applies and what, then the verdict.
 */
import { runCheck } from '../../apply/check.js';
import { formatPlanText } from '../../apply/plan.js';
import { parseConcurrency } from '../../lint/pool.js';
import { hookTimeoutFlag } from '../args.js';
import { exitCodeFor, planPayload, printReport, printVerdict } from '../output.js';
import { signalExitCode } from '../../apply/interrupt.js';
import { trapSignals } from '../signals.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate check` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  const text = common.format === 'text';
  const quiet = flags.quiet === true;
  // Machine formats keep stdout for the report; progress goes to stderr.
  const progress = text ? (l: string) => io.out(`  ${l}\n`) : (l: string) => io.err(l + '\n');
  const trap = trapSignals(io);
  let shown = new Set<string>();
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
    hookTimeoutSeconds: hookTimeoutFlag(flags['hook-timeout']),
    processEnv: io.env,
    out: progress,
    progress: io.progress,
    cache: common.cache,
    onValidated: async (validation) => {
      if (!text) return;
      shown = new Set(validation.findings.map(key));
      await printReport(validation, 'text', common.root, io, { summary: false, quiet });
    },
    onApply: (database, plan) => {
      if (!text) return;
      const what = plan.steps.length === 0 ? 'nothing pending' : `${plan.steps.length} migration(s) pending`;
      io.out(`apply to ${database}, environment ${plan.environment}: ${what}\n`);
    },
    onVerify: () => {
      if (text) io.out('verify rollbacks (up, down, up of each migration) on a throwaway database:\n');
    },
    concurrency: parseConcurrency(flags.concurrency as string | undefined),
    signal: trap.signal,
  }).finally(() => trap.release());
  if (!text) {
    // JSON spells the plan as `plan --format json` does.
    const machine = common.format === 'json' ? { ...report, plan: planPayload(report.plan) } : report;
    await printReport(machine, common.format, common.root, io, { quiet });
  } else {
    if (!report.applied) io.out(`not applied (no --apply), what up would do:\n${formatPlanText(report.plan)}`);
    // Findings that applying or verifying added (a failed migration...), then the verdict over all of them.
    const later = report.findings.filter((f) => !shown.has(key(f)));
    if (later.length > 0) await printReport({ ...report, services: [], findings: later }, 'text', common.root, io, { summary: false, quiet });
    printVerdict(report, io, quiet);
  }
  if (report.applied?.interrupted) return signalExitCode(report.applied.interrupted.signal);
  return failed ? 1 : exitCodeFor(report, common.failOn);
};

function key(f: { rule: string; file?: string; line?: number; column?: number; message: string }): string {
  return [f.rule, f.file, f.line, f.column, f.message].join('\u0000');
}
