/** `svc-migrate status`: applied / pending / dirty / checksum-changed / slow, per service (make db-migrate-status). */
import { readStatus } from '../../apply/status.js';
import { formatStatusText } from '../status-text.js';
import { failsAt } from '../../core/types.js';
import { UsageError } from '../../core/types.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { jsonReport } from '../../report/json.js';
import { findingLine } from '../output.js';
import { driftFindings } from '../../apply/drift.js';
import { openCommandDatabase } from '../database.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate status` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  const slowFlag = flags['slow-ms'] as string | undefined;
  const slowMs = slowFlag === undefined ? undefined : Number(slowFlag);
  if (slowMs !== undefined && !(Number.isFinite(slowMs) && slowMs >= 0)) throw new UsageError(`--slow-ms ${slowFlag} is not a number of milliseconds.`);
  const repo = selectServices(await loadRepo({ root: common.root }), common.services);
  const env = resolveEnvironment(repo, common.env, io.env);
  const db = await openCommandDatabase(common, io, { command: 'status', repo, persistent: true });
  let status: Awaited<ReturnType<typeof readStatus>>;
  const database = db.label;
  try {
    status = await readStatus(repo, env, db, { slowMs, services: common.services });
  } finally {
    await db.close();
  }
  // After the status is read and its connection closed: drift opens its own (and the embedded database).
  const drift = flags.drift === true ? await driftFindings(repo, env, common.databaseUrl, common.services, io.cwd) : undefined;
  if (drift) status.findings.push(...drift.findings);
  if (common.format === 'json') {
    const migrations = status.services.reduce((n, s) => n + s.migrations.length, 0);
    const payload = { database, services: status.services, ...(drift ? { drift: drift.json } : {}) };
    io.out(jsonReport(env, payload, { services: status.services.length, migrations, files: 0 }, status.findings));
  } else {
    io.out(formatStatusText(status.services, { database, environment: env, color: io.color, align: io.columns !== undefined }));
    if (drift) io.out(drift.text);
    for (const f of status.findings) io.err(findingLine(f, io));
  }
  return status.findings.some((f) => failsAt(f.severity, common.failOn)) ? 1 : 0;
};
