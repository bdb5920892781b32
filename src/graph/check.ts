/** Every graph rule of the spec (section 3), over the whole repository. Pure: the Repo in, findings out. */
import { compareFindings, type Finding } from '../core/types.js';
import type { Repo } from '../repo/types.js';
import { buildServiceGraph, type ServiceGraph } from './context.js';
import { environmentsToCheck } from './environments.js';
import { checkCrossServiceReferences, checkServiceCycles } from './checks/cross-service-dependency.js';
import { checkDependencyCycles } from './checks/dependency-cycle.js';
import { checkDependencyDepth } from './checks/dependency-depth.js';
import { checkEnvironmentDependencies } from './checks/environment-dependency.js';
import { checkEnvironmentMismatch } from './checks/environment-mismatch.js';
import { checkMissingDependencies } from './checks/missing-dependency.js';
import { checkMissingMigrationFiles } from './checks/missing-migration-file.js';
import { checkOrphanMigrations } from './checks/orphan-migration.js';

/** The checks that look at one service at a time. */
const SERVICE_CHECKS: ReadonlyArray<(g: ServiceGraph) => Finding[]> = [
  checkDependencyCycles,
  checkMissingDependencies,
  checkOrphanMigrations,
  checkMissingMigrationFiles,
  checkEnvironmentMismatch,
  checkEnvironmentDependencies,
  checkDependencyDepth,
];

/** The graph rule ids this module reports, for registries and docs. */
export const GRAPH_RULES = [
  'dependency-cycle',
  'missing-dependency',
  'cross-service-dependency',
  'orphan-migration',
  'missing-migration-file',
  'environment-mismatch',
  'environment-dependency',
  'dependency-depth',
] as const;

export interface CheckGraphOptions {
  /**
   * Report only on these services (`--service`). The graph itself is still built from every service of `repo`,
   * so load the whole repository: with a `--service` subset loaded, references to the services left out would
   * read as unknown services.
   */
  services?: readonly string[];
}

/**
 * Findings of every graph rule for every service of `repo`, sorted. `env` is the environment in force; the
 * environment rules check every environment the repository mentions, `env` among them. Never throws on malformed
 * content.
 */
export function checkGraph(repo: Repo, env: string, options: CheckGraphOptions = {}): Finding[] {
  const wanted = options.services && options.services.length > 0 ? new Set(options.services) : undefined;
  const graphs = new Map<string, ServiceGraph>();
  // Once for all services: the list walks every migration of the repository.
  const environments = environmentsToCheck(repo, env);
  for (const service of repo.services) graphs.set(service.name, buildServiceGraph(repo, service, env, environments));
  const findings: Finding[] = [];
  for (const g of graphs.values()) {
    if (wanted && !wanted.has(g.service.name)) continue;
    // Not push(...list): a spread passes every finding as an argument, and 125,000 of them overflow the stack.
    for (const check of SERVICE_CHECKS) for (const f of check(g)) findings.push(f);
    for (const f of checkCrossServiceReferences(g, graphs)) findings.push(f);
  }
  for (const f of checkServiceCycles(repo, graphs)) {
    // A cycle concerns every service on it: keep it when any of them is wanted.
    const members = f.message.slice(f.message.indexOf(':') + 1).split(' -> ').map((s) => s.trim());
    if (!wanted || members.some((m) => wanted.has(m))) findings.push(f);
  }
  return findings.sort(compareFindings);
}
