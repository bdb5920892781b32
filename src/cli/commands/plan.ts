/**
 * `svc-migrate plan`: what `up` would apply, across services, grouped into levels that can run in parallel.
 * Against an empty database unless a URL is given (--database-url or DATABASE_URL), in which case the applied
 * state is read from it (never written). `--format matrix` prints a GitHub Actions matrix (docs/plan.md).
 */
import { resolveTarget } from '../../apply/ids.js';
import { formatPlanText, restrictPlan, type Plan } from '../../apply/plan.js';
import { holdBack } from '../../apply/preflight.js';
import { preparePlan, type UpPlan } from '../../apply/run.js';
import { validate } from '../../lint/validate.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { formatMatrix } from '../../report/matrix.js';
import { openCommandDatabase } from '../database.js';
import { jsonReport } from '../../report/json.js';
import { planPayload } from '../output.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate plan` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  // The whole repository: cross-service dependencies of the selected services must be known.
  const repo = await loadRepo({ root: common.root });
  selectServices(repo, common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const target = flags.target === undefined ? undefined : resolveTarget(repo, common.services, String(flags.target));
  const db = common.databaseUrl === undefined ? undefined : await openCommandDatabase(common, io, { command: 'plan', repo });
  let plan: UpPlan;
  let runnable: Plan;
  try {
    // The preflight `up` runs, read only: the same plan object, refusals included.
    ({ plan, runnable } = await preparePlan({
      repo,
      env,
      db,
      services: common.services,
      target,
      validate: async (services) => {
        const v = await validate({ root: common.root, services, env, processEnv: io.env, cache: common.cache });
        return { findings: v.report.findings, files: v.files };
      },
    }));
  } finally {
    await db?.close();
  }
  // Approval and the window are given at deploy time (`up --approve`, in the window): a plan made beforehand
  // neither fails for them nor leaves their services out of the deploy matrix.
  const atDeploy = new Set(['approval-required', 'maintenance-window']);
  const lasting = plan.refusals.filter((r) => !atDeploy.has(r.rule));
  const services = common.services.length > 0 ? common.services.length : repo.services.length;
  if (common.format === 'json') io.out(jsonReport(env, planPayload(plan), { services, migrations: plan.steps.length, files: 0 }));
  else if (common.format === 'matrix') io.out(formatMatrix(restrictPlan(runnable, holdBack(runnable.steps, lasting).steps), parseLevel(flags.level)));
  else io.out(formatPlanText(plan));
  const refused = lasting.length > 0;
  return refused && common.failOn !== 'never' ? 1 : 0;
};

function parseLevel(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--level must be a level number (0, 1, ...), not ${String(value)}.`);
  return n;
}
