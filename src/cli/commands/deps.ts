/**
 * `svc-migrate deps`: the dependency graph, one line a migration (`000002: ["000001"]`), in id order
 * (make db-migration-deps). Graph problems go to stderr so the lines stay machine-readable. `--write` first adds
 * the dependencies.json entries that are missing, inferred from the SQL (`--update-affects`: and refreshes the
 * affects_tables of existing ones).
 */
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { checkGraph } from '../../graph/check.js';
import { dependencyLines, depsJson } from '../../graph/order.js';
import { failsAt, UsageError } from '../../core/types.js';
import { jsonReport } from '../../report/json.js';
import { findingLine } from '../output.js';
import type { CommandRun, Io } from '../types.js';

/** Runs `svc-migrate deps` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, flags, io) => {
  if (flags['update-affects'] === true && flags.write !== true) throw new UsageError('--update-affects goes with --write.');
  if (flags.write === true) await write(common.root, common.services, flags['update-affects'] === true, io);
  const full = await loadRepo({ root: common.root });
  const repo = selectServices(full, common.services);
  const env = resolveEnvironment(full, common.env, io.env);
  const problems = [...repo.findings, ...checkGraph(full, env, { services: common.services })].filter((f) => f.severity !== 'info');
  if (common.format === 'json') {
    // Graph problems travel in the report's findings: stdout stays one JSON value, stderr stays quiet.
    const { environment: _e, ...graph } = depsJson(repo, env);
    const migrations = Object.values(graph.services).reduce((n, s) => n + Object.keys(s.migrations).length, 0);
    io.out(jsonReport(env, graph, { services: repo.services.length, migrations, files: 0 }, problems));
  } else {
    const several = repo.services.length > 1;
    for (const service of repo.services) {
      if (several) io.out(`# ${service.name}\n`);
      for (const line of dependencyLines(service)) io.out(line + '\n');
    }
  }
  for (const f of common.format === 'json' ? [] : problems) io.err(findingLine(f, io));
  return problems.some((f) => failsAt(f.severity, common.failOn)) ? 1 : 0;
};

/** `--write`: what was written goes to stderr, so that stdout stays the graph. */
async function write(root: string, services: readonly string[], updateAffects: boolean, io: Io): Promise<void> {
  const { writeDependencies } = await import('../../apply/deps-write.js');
  const repo = selectServices(await loadRepo({ root }), services);
  for (const service of repo.services) {
    const r = await writeDependencies(repo, service, { updateAffects });
    if (r.skipped) {
      io.err(`${service.name}: nothing written: ${r.skipped}\n`);
      continue;
    }
    if (r.added.length > 0) io.err(`${r.file}: added ${r.added.length} entr${r.added.length === 1 ? 'y' : 'ies'} (depends_on and affects_tables inferred from the SQL)\n`);
    if (r.updated.length > 0) io.err(`${r.file}: updated affects_tables of ${r.updated.join(', ')}\n`);
    if (r.unparsed.length > 0) {
      io.err(`${service.name}: ${r.unparsed.join(', ')} did not parse; each was given the migration before it as depends_on: check them\n`);
    }
  }
}
