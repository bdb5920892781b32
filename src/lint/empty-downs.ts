/**
 * Blank down files, once per service. Some tools write a blank down file for every migration that cannot or need
 * not be undone (kratos: 132), so a finding per file is noise; one blank down file in a history that otherwise
 * undoes its changes (harness 0084) is worth reading. A service's blank-down findings are folded into the first,
 * which says how many there are. Runs after the cache, as single-schema.ts does: it depends on all the files.
 */
import type { Finding } from '../core/types.js';
import type { Repo } from '../repo/types.js';

/** What a blank down file's finding says (lint-file.ts), which tells it from an up file's empty-migration. */
const BLANK_DOWN = /^This down file is blank:/;

/** Folds, in place, each service's blank-down empty-migration findings into the first one (in migration order). */
export function foldBlankDownFindings(repo: Repo, results: ReadonlyMap<string, { findings: Finding[] }>): void {
  for (const service of repo.services) {
    const downs = service.migrations.map((m) => (m.down ? results.get(m.down.file) : undefined)).filter((r) => r !== undefined);
    const hits = downs.flatMap((r) => r.findings.filter(isBlankDown));
    if (hits.length < 2) continue;
    const files = hits.map((f) => (f.file ?? '').split('/').pop()!);
    const first = hits[0]!;
    const folded: Finding = {
      ...first,
      message: `${hits.length} down files of this service are blank (this one, ${files.slice(1, 4).join(', ')}${hits.length > 4 ? `, and ${hits.length - 4} more` : ''}): ` +
        'rolling those migrations back reports success and changes nothing.',
    };
    for (const r of downs) r.findings = r.findings.filter((f) => !isBlankDown(f) || f === first).map((f) => (f === first ? folded : f));
  }
}

function isBlankDown(f: Finding): boolean {
  return f.rule === 'empty-migration' && BLANK_DOWN.test(f.message);
}
