/** Every graph rule of the spec (section 3), over the whole repository. Pure: the Repo in, findings out. */
import { compareFindings, type Finding } from '../core/types.js';
import type { Repo } from '../repo/types.js';
import { buildServiceGraph, type ServiceGraph } from './context.js';
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

/**
 * Findings of every graph rule for every service of `repo`, sorted. `env` is the environment in force; the
 * environment rules check all known environments, `env` among them. Never throws on malformed content.
 * Unknown-service findings assume `repo.services` holds every service of the repository, not a `--service` subset.
 */
export function checkGraph(repo: Repo, env: string): Finding[] {
  const graphs = new Map<string, ServiceGraph>();
  for (const service of repo.services) graphs.set(service.name, buildServiceGraph(repo, service, env));
  const findings: Finding[] = [];
  for (const g of graphs.values()) {
    for (const check of SERVICE_CHECKS) findings.push(...check(g));
    findings.push(...checkCrossServiceReferences(g, graphs));
  }
  findings.push(...checkServiceCycles(repo, graphs));
  return findings.sort(compareFindings);
}
