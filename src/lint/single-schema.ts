/**
 * unqualified-table in single-schema applications. svc-migrate's own layout gives each service a schema, and there
 * an unqualified name is a real risk worth a finding per statement. Histories written for other tools (lemmy,
 * crates.io...) often never create or name a schema: everything lives in the search_path's first schema, and a
 * finding per statement says the same thing thousands of times (7,920 of lemmy's 9,735 warnings). For a service
 * none of whose files creates or names a schema (public and the system schemas do not count), the findings of
 * each file are folded into one, at the first, with the count. It runs after the cache: whether a service uses
 * schemas depends on all its files.
 */
import type { Finding } from '../core/types.js';
import type { Repo } from '../repo/types.js';

const RULE = 'unqualified-table';

/** The per-file results this step reads and trims, keyed by the file's relative path. */
export interface SchemaAwareResult {
  findings: Finding[];
  analysis: { namesSchema: boolean };
}

/** Folds, in place, each file's unqualified-table findings into one for the services that never name a schema. */
export function foldSingleSchemaFindings(repo: Repo, results: ReadonlyMap<string, SchemaAwareResult>): void {
  for (const service of repo.services) {
    const files = service.migrations.flatMap((m) => [m.up?.file, m.down?.file]).map((f) => (f ? results.get(f) : undefined)).filter((r) => r !== undefined);
    if (files.some((r) => r.analysis.namesSchema)) continue;
    for (const r of files) r.findings = foldFile(r.findings);
  }
}

/** One finding for the file's unqualified names, at the first of them, naming up to three and the count. */
export function foldFile(findings: Finding[]): Finding[] {
  const hits = findings.filter((f) => f.rule === RULE);
  if (hits.length === 0) return findings;
  const first = hits[0]!;
  const names = [...new Set(hits.map((f) => /^(.+?) is not schema-qualified/.exec(f.message)?.[1]).filter((n) => n !== undefined))];
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? `, and ${names.length - 3} more` : '');
  const folded: Finding = {
    ...first,
    message: `${hits.length === 1 ? 'A table is' : `${hits.length} table names are`} not schema-qualified in this file (${shown}). ` +
      'This service never creates or names a schema of its own, so it is read as a single-schema application: every name resolves ' +
      'through search_path, and a session with another search_path (a restore, psql, a pooler) creates or changes them in another schema.',
    help: 'Qualify the names (e.g. public.<table>), or pin search_path for the migration role (ALTER ROLE ... SET search_path); ' +
      'once the service names a schema, each unqualified name is reported where it is.',
  };
  return findings.filter((f) => f.rule !== RULE || f === first).map((f) => (f === first ? folded : f));
}
