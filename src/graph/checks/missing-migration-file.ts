/** `missing-migration-file`: a dependencies.json entry or an environments.json list item with no file behind it. */
import type { Finding } from '../../core/types.js';
import type { ServiceGraph } from '../context.js';
import { listItems } from '../environment-lists.js';
import { jsonFinding, pointer } from '../locate.js';

export const RULE = 'missing-migration-file';

/** One finding per entry without an up file, and per list item naming no file of the service. */
export function checkMissingMigrationFiles(g: ServiceGraph): Finding[] {
  const findings: Finding[] = [];
  const service = g.service.name;
  if (g.deps) {
    for (const id of g.ids) {
      if (!g.entries.has(id)) continue;
      const files = g.byId.get(id) ?? [];
      if (files.some((m) => m.up)) continue;
      const what = files.length > 0 ? 'only a down file' : 'no file';
      findings.push(
        jsonFinding(RULE, 'error', `dependencies.json lists ${id}, but it has ${what}: no ${id}_*.up.sql`, g.deps, pointer('migrations', id), {
          service,
          migration: id,
          help: `Add the ${id}_<name>.up.sql file (common/ or an environment folder), or remove the entry.`,
        }),
      );
    }
  }
  const envJson = g.service.environments;
  if (envJson) {
    for (const item of listItems(g)) {
      if (item.matches.length > 0) continue;
      findings.push(
        jsonFinding(
          RULE,
          'error',
          `environments.json lists ${item.name} for ${item.env}, but no such file exists in ${item.env}/ or common/`,
          envJson,
          pointer('environments', item.env, 'migrations', item.index),
          { service, help: 'Fix the file name (e.g. 000003_dev_data.up.sql) or remove it from the list.' },
        ),
      );
    }
  }
  return findings;
}
