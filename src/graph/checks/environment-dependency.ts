/**
 * `environment-dependency`: a migration that applies in an environment depends on one that does not apply there,
 * so `up` breaks in that environment (common/000004 depending on development/000003 breaks staging and production).
 */
import type { Finding } from '../../core/types.js';
import type { ServiceGraph } from '../context.js';
import { appliesIn } from '../environments.js';
import { jsonFinding, pointer } from '../locate.js';

export const RULE = 'environment-dependency';

/** One finding per offending `depends_on` item, naming every known environment where it breaks. */
export function checkEnvironmentDependencies(g: ServiceGraph): Finding[] {
  const deps = g.deps;
  if (!deps) return [];
  const findings: Finding[] = [];
  const appliesAnywhere = (id: string, env: string): boolean => (g.byId.get(id) ?? []).some((m) => appliesIn(m, env));
  for (const id of g.ids) {
    const own = g.byId.get(id);
    if (!own) continue; // no file: missing-migration-file says so
    const envs = g.environments.filter((env) => appliesAnywhere(id, env));
    for (const item of g.dependsOn.get(id) ?? []) {
      const target = g.byId.get(item.id);
      if (!target || item.id === id) continue; // missing, or a self-cycle: other rules
      const broken = envs.filter((env) => !appliesAnywhere(item.id, env));
      if (broken.length === 0) continue;
      const where = [...new Set(target.map((m) => `${m.folder}/`))].join(', ');
      const ownWhere = [...new Set(own.map((m) => `${m.folder}/`))].join(', ');
      findings.push(
        jsonFinding(
          RULE,
          'error',
          `${id} (${ownWhere}) depends on ${item.id} (${where}), which does not apply in ${broken.join(', ')}`,
          deps,
          pointer('migrations', id, 'depends_on', item.index),
          {
            service: g.service.name,
            migration: id,
            help: `Move ${id} to the folder of ${item.id}, or move ${item.id} to common/, or drop the dependency.`,
          },
        ),
      );
    }
  }
  return findings;
}
