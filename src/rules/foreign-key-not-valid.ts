/**
 * foreign-key-not-valid: adding a FOREIGN KEY or CHECK constraint validates every existing row while holding a
 * lock that blocks writes (SHARE ROW EXCLUSIVE on both tables for a foreign key; ACCESS EXCLUSIVE for CHECK).
 * NOT VALID adds the constraint instantly; VALIDATE CONSTRAINT later checks the rows under a lock that lets
 * writes continue.
 */
import { codeTokens, keywordRange } from '../sql/ast.js';
import { alterOfExistingTable } from '../sql/facts.js';
import { createRule } from './types.js';

interface ConstraintBody {
  contype?: string;
  conname?: string;
  skip_validation?: boolean;
  location?: number;
}

export default createRule({
  id: 'foreign-key-not-valid',
  description: 'A FOREIGN KEY or CHECK constraint added to an existing table without NOT VALID.',
  severity: 'warning',
  direction: 'up',
  messages: {
    foreignKey:
      'Adding foreign key {{name}} checks every existing row while blocking writes to {{table}} and to the referenced table, for as long as the scan takes.',
    check:
      'Adding CHECK constraint {{name}} scans every existing row while holding an ACCESS EXCLUSIVE lock on {{table}}: no reads or writes until it finishes.',
  },
  help: 'Add the constraint with NOT VALID (instant; new rows are checked), then in a separate migration run ALTER TABLE ... VALIDATE CONSTRAINT name, which checks old rows without blocking writes.',
  check({ stmt, origin, facts, createdTables, report }) {
    if (origin.container === 'function') return;
    const alter = alterOfExistingTable(stmt, createdTables);
    if (!alter) return;
    const rel = alter.table;
    const table = rel.schema ? `${rel.schema}.${rel.name}` : rel.name;
    for (const c of alter.cmds) {
      const cmd = (c as { AlterTableCmd?: { subtype?: string; def?: { Constraint?: ConstraintBody } } }).AlterTableCmd;
      const con = cmd?.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
      if (!con || con.skip_validation === true) continue;
      if (con.contype !== 'CONSTR_FOREIGN' && con.contype !== 'CONSTR_CHECK') continue;
      const at = con.location ?? stmt.start;
      const range = keywordRange(codeTokens(facts.sql, stmt), con.contype === 'CONSTR_FOREIGN' ? ['FOREIGN', 'KEY'] : ['CHECK'], at);
      report({
        messageId: con.contype === 'CONSTR_FOREIGN' ? 'foreignKey' : 'check',
        data: { name: con.conname ?? '(unnamed)', table },
        start: at,
        end: range?.end ?? at,
      });
    }
  },
});
