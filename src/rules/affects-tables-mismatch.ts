/**
 * affects-tables-mismatch: `affects_tables` in dependencies.json is what reviewers, `changed-only` and the
 * rollback checks trust; when it differs from the tables the SQL really changes, they trust the wrong thing.
 * Runs over the whole up file: every top-level statement and DO block (function bodies run later).
 */
import { sqlName } from '../sql/ast.js';
import { tableWrites } from '../sql/facts.js';
import { changedTables } from '../sql/objects.js';
import { createRule } from './types.js';

interface Name {
  schema?: string;
  name: string;
}

export default createRule({
  id: 'affects-tables-mismatch',
  description: 'affects_tables in dependencies.json differs from the tables the migration\'s SQL changes (DDL on a table and DML on it both count).',
  severity: 'warning',
  direction: 'up',
  messages: {
    unlisted:
      'This migration changes {{table}}, but its affects_tables in dependencies.json does not list it: reviews, changed-only checks and rollback safety checks that rely on affects_tables will miss this table.',
    unwritten:
      'affects_tables in dependencies.json lists {{table}}, but no statement of this migration changes it: the declared impact is wrong, so reviews and rollback checks look at the wrong table.',
  },
  help: 'Make affects_tables list exactly the tables this migration creates, alters, drops or writes rows to (schema-qualified, as the JSON string {{example}}; entries are read like SQL names: unquoted folded to lower case, double-quoted exact).',
  check() {
    // Nothing per statement: the comparison needs every statement of the file (see checkFile).
  },
  checkFile({ facts, statements, report }) {
    if (!facts.affectsTables || facts.sql.error) return;
    const listed = facts.affectsTables.map(parseName);
    // Names first (shared with the engine and deps --write); where a name is written is located only for what is reported.
    const writes = changedTables(statements);
    const reported = new Set<string>();
    for (const { write: w, stmt, index } of writes) {
      if (listed.some((l) => sameTable(l, w))) continue;
      const key = sqlName(w);
      if (reported.has(key)) continue;
      reported.add(key);
      const at = tableWrites(stmt, facts.sql)[index] ?? w;
      report({ messageId: 'unlisted', data: { table: key, example: JSON.stringify(sqlName({ schema: w.schema ?? facts.serviceSchema, name: w.name })) }, start: at.start, end: at.end });
    }
    for (const [i, l] of listed.entries()) {
      if (writes.some(({ write }) => sameTable(l, write))) continue;
      report({ messageId: 'unwritten', data: { table: facts.affectsTables[i]!, example: JSON.stringify(sqlName({ schema: l.schema ?? facts.serviceSchema, name: l.name })) }, start: 0, end: 0 });
    }
  },
});

/**
 * An affects_tables entry read the way PostgreSQL reads a qualified name, so that it means the table the SQL
 * means: parts split at dots outside double quotes; an unquoted part folded to lower case (ASCII letters only, as
 * the parser folds identifiers), a double-quoted part kept exactly (`""` is a quote). `svc_a.Users` is
 * `svc_a.users`; `svc_a."Users"` is another table. Of `catalog.schema.table`, the last two parts count.
 */
function parseName(s: string): Name {
  const parts: string[] = [];
  let part = '';
  const text = s.trim();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') part += text[i];
        else if (text[i + 1] === '"') part += text[++i];
        else break;
      }
    } else if (ch === '.') {
      parts.push(part);
      part = '';
    } else {
      part += ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
    }
  }
  parts.push(part);
  const name = parts[parts.length - 1]!;
  return parts.length > 1 ? { schema: parts[parts.length - 2]!, name } : { name };
}

/**
 * Same table when the names match and the schemas match — or either side gave none: an unqualified name in SQL
 * resolves through search_path, which a static check cannot know, so it is not called a mismatch.
 */
function sameTable(a: Name, b: Name): boolean {
  return a.name === b.name && (!a.schema || !b.schema || a.schema === b.schema);
}
