/**
 * `svc-migrate deps`: the dependency graph, one line a migration (`000002: ["000001"]`), in id order
 * (make db-migration-deps). Graph problems go to stderr so the lines stay machine-readable.
 */
import { loadRepo } from '../../repo/load.js';
import { selectServices } from '../../repo/select.js';
import { resolveEnvironment } from '../../repo/environments.js';
import { checkGraph } from '../../graph/check.js';
import { dependencyLines, depsJson } from '../../graph/order.js';
import { failsAt } from '../../core/types.js';
import { jsonReport } from '../../report/json.js';
import { findingLine } from '../output.js';
import type { CommandRun } from '../types.js';

/** Runs `svc-migrate deps` (its flags are listed in ./index.ts). */
export const run: CommandRun = async (common, _flags, io) => {
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
