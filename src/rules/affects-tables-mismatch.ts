/**
 * affects-tables-mismatch: `affects_tables` in dependencies.json is what reviewers, `changed-only` and the
 * rollback checks trust; when it differs from the tables the SQL really changes, they trust the wrong thing.
 * Runs over the whole up file: every top-level statement and DO block (function bodies run later).
 */
import { tableWrites, tablesCreated } from '../sql/facts.js';
import type { TableWrite } from '../sql/facts.js';
import type { Statement } from '../sql/parser.js';
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
  help: 'Make affects_tables list exactly the tables this migration creates, alters, drops or writes rows to (schema-qualified, e.g. "{{example}}").',
  check() {
    // Nothing per statement: the comparison needs every statement of the file (see checkFile).
  },
  checkFile({ facts, statements, report }) {
    if (!facts.affectsTables || facts.sql.error) return;
    const listed = facts.affectsTables.map(parseName);
    const temp = new Set<string>();
    // Names first (shared with the engine); where a name is written is located only for what is reported.
    const writes: Array<{ write: TableWrite; stmt: Statement; index: number }> = [];
    for (const { stmt, origin } of statements) {
      if (origin.container === 'function') continue;
      for (const c of tablesCreated(stmt)) if (c.temporary) temp.add(c.name.name);
      tableWrites(stmt).forEach((w, index) => {
        if (w.schema || !temp.has(w.name)) writes.push({ write: w, stmt, index });
      });
    }
    const reported = new Set<string>();
    for (const { write: w, stmt, index } of writes) {
      if (listed.some((l) => sameTable(l, w))) continue;
      const key = w.schema ? `${w.schema}.${w.name}` : w.name;
      if (reported.has(key)) continue;
      reported.add(key);
      const at = tableWrites(stmt, facts.sql)[index] ?? w;
      report({ messageId: 'unlisted', data: { table: key, example: w.schema ? key : `${facts.serviceSchema}.${w.name}` }, start: at.start, end: at.end });
    }
    for (const [i, l] of listed.entries()) {
      if (writes.some(({ write }) => sameTable(l, write))) continue;
      report({ messageId: 'unwritten', data: { table: facts.affectsTables[i]!, example: l.schema ? `${l.schema}.${l.name}` : `${facts.serviceSchema}.${l.name}` }, start: 0, end: 0 });
    }
  },
});

/** `schema.table` or `table`, lower-cased, quotes removed. */
function parseName(s: string): Name {
  const clean = s.trim().replace(/"/g, '').toLowerCase();
  const dot = clean.lastIndexOf('.');
  return dot < 0 ? { name: clean } : { schema: clean.slice(0, dot), name: clean.slice(dot + 1) };
}

/**
 * Same table when the names match and the schemas match — or either side gave none: an unqualified name in SQL
 * resolves through search_path, which a static check cannot know, so it is not called a mismatch.
 */
function sameTable(a: Name, b: Name): boolean {
  return a.name === b.name && (!a.schema || !b.schema || a.schema === b.schema);
}
