/** `missing-dependency`: a `depends_on` item that names no migration of the service. */
import type { Finding } from '../../core/types.js';
import type { ServiceGraph } from '../context.js';
import { sameNumber } from '../ids.js';
import { jsonFinding, pointer } from '../locate.js';

export const RULE = 'missing-dependency';

/** One finding per dangling `depends_on` item, at that item. */
export function checkMissingDependencies(g: ServiceGraph): Finding[] {
  const deps = g.deps;
  if (!deps) return [];
  const findings: Finding[] = [];
  for (const id of g.ids) {
    for (const item of g.dependsOn.get(id) ?? []) {
      if (g.entries.has(item.id) || g.byId.has(item.id)) continue;
      // Ids are compared as written; `1` for `000001` is a likely typo worth naming.
      const near = g.ids.find((other) => sameNumber(other, item.id));
      findings.push(
        jsonFinding(
          RULE,
          'error',
          `${id} depends on ${item.id}, which is not a migration of ${g.service.name}`,
          deps,
          pointer('migrations', id, 'depends_on', item.index),
          {
            service: g.service.name,
            migration: id,
            help: near
              ? `Ids are matched as written: did you mean "${near}"?`
              : 'Add the missing migration, or remove it from depends_on.',
          },
        ),
      );
    }
  }
  return findings;
}
