/**
 * `environment-mismatch`: a migration's `environment` field, the folder it lives in and environments.json
 * disagree, so the migration would run somewhere its author did not mean.
 */
import type { Finding } from '../../core/types.js';
import { migrationFile, type ServiceGraph } from '../context.js';
import { environmentEntries, itemNames, listItems } from '../environment-lists.js';
import { jsonFinding, makeFinding, pointer } from '../locate.js';

export const RULE = 'environment-mismatch';

/** Field vs folder and list vs folder are errors; a file its environment's list leaves out is a warning. */
export function checkEnvironmentMismatch(g: ServiceGraph): Finding[] {
  return [...checkField(g), ...checkLists(g), ...checkUnlisted(g)];
}

/** The `environment` field of an entry against the folder its files live in. */
function checkField(g: ServiceGraph): Finding[] {
  const deps = g.deps;
  if (!deps) return [];
  const findings: Finding[] = [];
  for (const id of g.ids) {
    const declared: unknown = g.entries.get(id)?.environment;
    if (typeof declared !== 'string') continue;
    const wrong = (g.byId.get(id) ?? []).find((m) => m.folder !== declared);
    if (!wrong) continue;
    // The flat golang-migrate layout is read as common/, but has no folder of that name to mention.
    const common = g.service.layout === 'flat' ? 'the flat migrations folder (read as common/)' : 'common/';
    const message =
      wrong.folder === 'common'
        ? `${id} declares environment "${declared}" but lives in ${common}, which applies in every environment`
        : `${id} declares environment "${declared}" but lives in ${wrong.folder}/`;
    findings.push(
      jsonFinding(RULE, 'error', message, deps, pointer('migrations', id, 'environment'), {
        service: g.service.name,
        migration: id,
        help: `Move the files to ${declared}/, or change or remove the "environment" field.`,
      }),
    );
  }
  return findings;
}

/** A list item of one environment that names a file of another environment's folder. */
function checkLists(g: ServiceGraph): Finding[] {
  const envJson = g.service.environments;
  if (!envJson) return [];
  const findings: Finding[] = [];
  for (const item of listItems(g)) {
    if (item.matches.length === 0) continue; // missing-migration-file reports it
    if (item.matches.some((m) => m.folder === 'common' || m.folder === item.env)) continue;
    const folders = [...new Set(item.matches.map((m) => `${m.folder}/`))].join(', ');
    findings.push(
      jsonFinding(
        RULE,
        'error',
        `environments.json lists ${item.name} for ${item.env}, but the file lives in ${folders}`,
        envJson,
        pointer('environments', item.env, 'migrations', item.index),
        {
          service: g.service.name,
          migration: item.matches[0].id,
          help: `Move the file to ${item.env}/ or common/, or list it under the environment whose folder holds it.`,
        },
      ),
    );
  }
  return findings;
}

/**
 * A file in `<env>/` that the `migrations` list of that environment leaves out. A warning, not an error: the
 * folder decides where a migration runs, so it still runs; the list is documentation that has fallen behind.
 */
function checkUnlisted(g: ServiceGraph): Finding[] {
  const findings: Finding[] = [];
  for (const [env, entry] of environmentEntries(g)) {
    const list: unknown = entry.migrations;
    if (!Array.isArray(list)) continue;
    const names = list.filter((x): x is string => typeof x === 'string');
    for (const id of g.ids) {
      for (const m of g.byId.get(id) ?? []) {
        if (m.folder !== env || names.some((n) => itemNames(n, m))) continue;
        const file = migrationFile(m)!;
        findings.push(
          makeFinding(RULE, 'warning', `${file.split('/').pop()} is in ${env}/ but not in the ${env} migrations list of environments.json`, {
            file,
            service: g.service.name,
            migration: id,
            help: `Add it to environments.${env}.migrations in environments.json.`,
          }),
        );
      }
    }
  }
  return findings;
}
