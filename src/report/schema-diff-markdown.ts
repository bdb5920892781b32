/**
 * The schema-change section that the Action adds to its pull-request comment and job summary: the `diff` of the
 * pull request against its base branch, with the Mermaid ER diagram GitHub renders. It is built to fit the room
 * the rest of the comment leaves: diagrams go first, then rows, then all but a pointer to the job summary.
 */
import type { SchemaDiffResult } from '../core/schema-diff.js';
import { countChanges } from '../core/schema-diff.js';
import { formatSchemaDiffMarkdown } from './schema-diff.js';

/** What the Action knows about the schema change: the diff, or why there is none. */
export type SchemaDiffOutcome = { result: SchemaDiffResult } | { unavailable: string };

const TITLE = '### Schema changes';

function totals(result: SchemaDiffResult): string {
  const c = countChanges(result);
  return `${c.added} added, ${c.removed} removed, ${c.changed} changed, from \`${result.beforeLabel}\` to this pull request.`;
}

/**
 * The section for `outcome` in at most `maxChars` characters; '' when the pull request changes no schema (or
 * not even a pointer fits). `pointer` names where the whole diff is (the job summary).
 */
export function formatSchemaDiffSection(outcome: SchemaDiffOutcome, maxChars: number, pointer = 'the job summary'): string {
  if ('unavailable' in outcome) {
    const text = `${TITLE}\n\n> The schema diff against the base branch was skipped: ${outcome.unavailable}\n`;
    return text.length <= maxChars ? text : '';
  }
  const { result } = outcome;
  if (result.groups.length === 0 && result.problems.length === 0) return '';
  const attempts: { diagrams: boolean; maxRows: number }[] = [
    { diagrams: true, maxRows: Number.POSITIVE_INFINITY },
    { diagrams: false, maxRows: Number.POSITIVE_INFINITY },
    { diagrams: false, maxRows: 200 },
    { diagrams: false, maxRows: 50 },
    { diagrams: false, maxRows: 10 },
  ];
  for (const a of attempts) {
    const body = formatSchemaDiffMarkdown(result, { level: 4, diagrams: a.diagrams, maxRows: a.maxRows });
    const shortened = a === attempts[0] ? '' : `\nThe whole schema diff, with its diagram, is in ${pointer}.\n`;
    const text = `${TITLE}\n\n${totals(result)}\n\n${body}${shortened}`;
    if (text.length <= maxChars) return text;
  }
  const least = `${TITLE}\n\n${totals(result)} The diff is in ${pointer}.\n`;
  return least.length <= maxChars ? least : '';
}

/** `body` with `section` after it, separated by a blank line; `body` alone when the section is empty. */
export function appendSection(body: string, section: string): string {
  return section === '' ? body : `${body.trimEnd()}\n\n${section}`;
}
