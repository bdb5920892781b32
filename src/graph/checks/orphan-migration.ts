/** `orphan-migration`: migration files that dependencies.json does not list, so nothing orders them. */
import type { Finding } from '../../core/types.js';
import { migrationFile, type ServiceGraph } from '../context.js';
import { sortIds } from '../ids.js';
import { makeFinding } from '../locate.js';

export const RULE = 'orphan-migration';

/**
 * A service of 2+ migrations without dependencies.json gets one finding (at its first file), not one per file;
 * a single migration needs no dependencies.json, nor does a history in another tool's format (spec section 1a).
 * A dependencies.json that did not parse already has its own
 * finding, so nothing is added on top of it.
 */
export function checkOrphanMigrations(g: ServiceGraph): Finding[] {
  if (g.depsUnusable) return [];
  const fileIds = sortIds(g.byId.keys(), g.service.idOrder);
  if (!g.service.dependencies) {
    // A history written for another tool is ordered by that tool's order until dependencies.json says more.
    if (fileIds.length < 2 || (g.service.format ?? 'native') !== 'native') return [];
    const first = g.byId.get(fileIds[0])![0];
    return [
      makeFinding(
        RULE,
        'warning',
        `${g.service.name} has ${fileIds.length} migrations but no dependencies.json to order them`,
        {
          file: migrationFile(first) ?? g.service.dir,
          service: g.service.name,
          help: `Create ${g.depsFile} with an entry (and its depends_on) for each migration.`,
        },
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const id of fileIds) {
    if (g.entries.has(id)) continue;
    // A down file with no up file is never applied: listing it would be a missing-migration-file error, and
    // missing-up already reports it.
    const m = g.byId.get(id)!.find((x) => x.up);
    if (!m) continue;
    const file = migrationFile(m) ?? g.service.dir;
    findings.push(
      makeFinding(RULE, 'warning', `Migration ${id} (${file.split('/').pop()}) is not listed in dependencies.json`, {
        file,
        service: g.service.name,
        migration: id,
        help: `Add "${id}" with its depends_on to ${g.depsFile}.`,
      }),
    );
  }
  return findings;
}
