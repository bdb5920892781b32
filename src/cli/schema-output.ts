/** Prints what `diff` and `drift` found, in the format asked for. */
import type { SchemaDiffResult } from '../core/schema-diff.js';
import { erDiagram, formatSchemaDiffMarkdown, formatSchemaDiffText, schemaDiffJson } from '../report/schema-diff.js';
import type { Format, Io } from './types.js';

/** Writes `result` to stdout: text, json, markdown, or mermaid (the ER diagram alone, for a `.mmd` file). */
export function printSchemaDiff(result: SchemaDiffResult, format: Format, io: Io): void {
  switch (format) {
    case 'json':
      io.out(JSON.stringify(schemaDiffJson(result), null, 2) + '\n');
      return;
    case 'markdown':
      io.out(formatSchemaDiffMarkdown(result));
      return;
    case 'mermaid':
      // An empty diagram is still a valid one: scripts can write the output to a file unconditionally.
      io.out(erDiagram(result.groups) || 'erDiagram\n');
      return;
    default:
      io.out(formatSchemaDiffText(result));
  }
}
