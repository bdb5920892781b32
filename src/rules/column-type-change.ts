/**
 * column-type-change: ALTER COLUMN ... TYPE takes an ACCESS EXCLUSIVE lock (no reads, no writes) and, for most
 * type pairs, rewrites the whole table and its indexes while holding it. It also breaks application code that
 * still expects the old type.
 */
import { codeTokens, nodeOf, typeNameRange } from '../sql/ast.js';
import { alterOfExistingTable } from '../sql/facts.js';
import { createRule } from './types.js';

export default createRule({
  id: 'column-type-change',
  description: 'ALTER COLUMN ... TYPE on an existing table.',
  severity: 'warning',
  direction: 'up',
  messages: {
    typeChange:
      'Changing the type of {{column}} locks the table against reads and writes (ACCESS EXCLUSIVE) and, unless the types are binary-compatible, rewrites the table and every index on it while the lock is held; running code that expects the old type may also break.',
  },
  help: 'Add a new column of the new type, backfill it in batches, switch the application over, then drop the old column (expand/contract). Binary-compatible changes (varchar(n) to text or a larger n) skip the rewrite but still take the lock briefly.',
  check({ stmt, origin, facts, createdTables, report }) {
    if (origin.container === 'function') return;
    const alter = alterOfExistingTable(stmt, createdTables);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_AlterColumnType') continue;
      const def = nodeOf(cmd.def, 'ColumnDef');
      const start = def?.location ?? stmt.start;
      const type = typeNameRange(codeTokens(facts.sql, stmt), def?.typeName?.location);
      report({ messageId: 'typeChange', data: { column: cmd.name ?? '?' }, start, end: type?.end ?? start });
    }
  },
});
