/**
 * `svc-migrate plan`: what `up` would apply, across services, grouped into levels that can run in parallel.
 * Against an empty database unless a URL is given (--database-url or DATABASE_URL), in which case the applied
 * state is read from it (never written). `--format matrix` prints a GitHub Actions matrix (docs/plan.md).
 */
import { extensionsForRepo, openDatabase } from '../../apply/db/open.js';
import { formatPlanText, planUp, type AppliedState } from '../../apply/plan.js';
import { readApplied } from '../../apply/tracking.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { formatMatrix } from '../../report/matrix.js';
import { jsonReport } from '../../report/json.js';
import { planPayload } from '../output.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate plan` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  // The whole repository: cross-service dependencies of the selected services must be known.
  const repo = await loadRepo({ root: common.root });
  selectServices(repo, common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const applied: AppliedState = new Map();
  if (common.databaseUrl !== undefined) {
    const db = await openDatabase(common.databaseUrl, { extensions: await extensionsForRepo(repo), cwd: io.cwd });
    try {
      for (const s of repo.services) applied.set(s.name, new Set((await readApplied(db, s)).map((r) => r.version)));
    } finally {
      await db.close();
    }
  }
  const plan = planUp(repo, env, applied, { services: common.services, target: flags.target as string | undefined });
  const services = common.services.length > 0 ? common.services.length : repo.services.length;
  if (common.format === 'json') io.out(jsonReport(env, planPayload(plan), { services, migrations: plan.steps.length, files: 0 }));
  else if (common.format === 'matrix') io.out(formatMatrix(plan, parseLevel(flags.level)));
  else io.out(formatPlanText(plan));
  // A blocked step means `up` would refuse: worth a failing exit in CI.
  return plan.blocked.length > 0 && common.failOn !== 'never' ? 1 : 0;
};

function parseLevel(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--level must be a level number (0, 1, ...), not ${String(value)}.`);
  return n;
}
