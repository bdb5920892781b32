/**
 * foreign-key-not-valid: adding a FOREIGN KEY or CHECK constraint validates every existing row while holding a
 * lock that blocks writes (SHARE ROW EXCLUSIVE on both tables for a foreign key; ACCESS EXCLUSIVE for CHECK).
 * NOT VALID adds the constraint instantly; VALIDATE CONSTRAINT later checks the rows under a lock that lets
 * writes continue — but only in a later transaction: validated in the one that added it, the scan runs while the
 * ADD's lock is still held, and NOT VALID saved nothing.
 */
import { nodeOf, codeTokens, columnConstraints, formatName, keywordRange, nameRange, transactionKind } from '../sql/ast.js';
import type { QualifiedName } from '../sql/ast.js';
import { alterOfExistingTable, isCreatedIn, relationName, tableKey, tablesCreated } from '../sql/facts.js';
import { createRule } from './types.js';
import type { FileRuleContext, RuleContext } from './types.js';
import type { ParsedSql, Statement } from '../sql/parser.js';

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
    columnForeignKey:
      'Adding column {{column}} with REFERENCES {{referenced}} and a value for the existing rows (a DEFAULT or a generated expression) checks every row of {{table}} against {{referenced}} before the statement returns, holding the ACCESS EXCLUSIVE lock of ADD COLUMN on {{table}} (no reads or writes) and blocking writes to {{referenced}} for the whole scan.',
    columnCheck:
      'Adding column {{column}} with a CHECK constraint scans every existing row of {{table}} to check it, even when the new column is NULL everywhere, while holding the ACCESS EXCLUSIVE lock of ADD COLUMN: no reads or writes until it finishes.',
    validatedInSameTransaction:
      'VALIDATE CONSTRAINT {{name}} runs in the same transaction that added it NOT VALID, so its scan of every row of {{table}} runs while the lock the ADD took is still held ({{lock}}) until the migration commits: NOT VALID saved nothing.',
  },
  help: 'Add the constraint with NOT VALID (instant; new rows are checked; for a new column, add the column first and the constraint with its own ADD CONSTRAINT ... NOT VALID, since a column constraint cannot be NOT VALID), then in a separate migration run ALTER TABLE ... VALIDATE CONSTRAINT name, which checks old rows without blocking writes.',
  check({ stmt, origin, facts, createdTables, report }) {
    if (origin.container === 'function') return;
    const alter = alterOfExistingTable(stmt, createdTables);
    if (!alter) return;
    const rel = alter.table;
    const table = rel.schema ? `${rel.schema}.${rel.name}` : rel.name;
    for (const cmd of alter.cmds) {
      if (cmd.subtype === 'AT_AddColumn') {
        reportColumnConstraints(cmd.def, table, facts.sql, stmt, report);
        continue;
      }
      const con = cmd.subtype === 'AT_AddConstraint' ? nodeOf(cmd.def, 'Constraint') : undefined;
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
  checkFile: reportValidationInSameTransaction,
});

/**
 * Constraints written on a column that ALTER TABLE ... ADD COLUMN adds to an existing table. A column constraint
 * cannot be NOT VALID, so what it costs is what PostgreSQL does with it:
 * - CHECK: the table is scanned to check every row (even though the new column is NULL everywhere), under the
 *   ACCESS EXCLUSIVE lock ADD COLUMN holds.
 * - REFERENCES: validated only when existing rows get a value, from a DEFAULT (DEFAULT NULL included) or a
 *   generated expression; without one PostgreSQL skips the validation and marks the key valid (parse_utilcmd.c,
 *   transformFKConstraints). That costs what ADD CONSTRAINT ... NOT VALID costs, SHARE ROW EXCLUSIVE on both tables
 *   and no scan, which this rule accepts, so it is not reported: splitting it into NOT VALID plus VALIDATE would
 *   take the same locks and leave more to do. (Measured on PostgreSQL 18: no scan, no row lock on the referenced
 *   table; with DEFAULT NULL a scan of the table.)
 * NOT ENFORCED (PostgreSQL 18) after a constraint means it is never checked.
 */
function reportColumnConstraints(
  def: unknown,
  table: string,
  sql: ParsedSql,
  stmt: Statement,
  report: RuleContext['report'],
): void {
  const col = nodeOf(def, 'ColumnDef');
  if (!col) return;
  const cons = columnConstraints(col);
  const filled = cons.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_GENERATED');
  cons.forEach((con, i) => {
    if (con.contype !== 'CONSTR_FOREIGN' && con.contype !== 'CONSTR_CHECK') return;
    if (cons[i + 1]?.contype === 'CONSTR_ATTR_NOT_ENFORCED') return;
    if (con.contype === 'CONSTR_FOREIGN' && !filled) return;
    const tokens = codeTokens(sql, stmt);
    const at = typeof con.location === 'number' ? con.location : stmt.start;
    const column = String(col.colname ?? '');
    if (con.contype === 'CONSTR_CHECK') {
      const range = keywordRange(tokens, ['CHECK'], at);
      report({ messageId: 'columnCheck', data: { column, table }, start: at, end: range?.end ?? at });
      return;
    }
    const pk = relationName(con.pktable);
    const name = nameRange(tokens, pk?.location);
    report({ messageId: 'columnForeignKey', data: { column, table, referenced: pk ? formatName(pk) : '(unknown)' }, start: at, end: name?.end ?? at });
  });
}

const LOCK_HELD: Record<string, string> = {
  CONSTR_CHECK: 'ACCESS EXCLUSIVE: no reads or writes',
  CONSTR_FOREIGN: 'SHARE ROW EXCLUSIVE on both tables: no writes',
};

/**
 * ADD CONSTRAINT c ... NOT VALID followed by VALIDATE CONSTRAINT c in the same transaction: the whole file when it
 * runs in one; otherwise an explicit BEGIN ... COMMIT block, a DO block, or a single statement. Tables created in
 * the file are left out, as above: no one else uses them yet.
 */
function reportValidationInSameTransaction({ facts, statements, report }: FileRuleContext): void {
  // By constraint name (unique per table only, hence a list), with the table and the transaction it was added in.
  const added = new Map<string, { table: QualifiedName; contype: string; unit: number }[]>();
  const created = new Set<string>();
  let unit = 0;
  let inBlock = false;
  for (const { stmt, origin } of statements) {
    // A function body runs when called, in the caller's transaction, not as part of this migration.
    if (origin.container === 'function') continue;
    // Statements of a DO block share the transaction of the DO statement, which comes right before them.
    if (origin.kind === 'top' && !facts.inTransaction) {
      const tx = transactionKind(stmt);
      if (tx === 'begin' || tx === 'end') inBlock = tx === 'begin';
      if (tx !== undefined || !inBlock) unit++;
    }
    const body = nodeOf(stmt.node, 'AlterTableStmt');
    const table = body?.objtype === 'OBJECT_TABLE' ? relationName(body.relation) : undefined;
    if (table && !table.temporary && !isCreatedIn(created, table)) {
      let from = stmt.start;
      for (const c of body!.cmds ?? []) {
        const cmd = nodeOf(c, 'AlterTableCmd');
        const con = cmd?.subtype === 'AT_AddConstraint' ? nodeOf(cmd.def, 'Constraint') : undefined;
        if (con?.skip_validation === true && con.conname && (con.contype === 'CONSTR_CHECK' || con.contype === 'CONSTR_FOREIGN')) {
          const same = added.get(con.conname);
          if (same) same.push({ table, contype: con.contype, unit });
          else added.set(con.conname, [{ table, contype: con.contype, unit }]);
        }
        if (cmd?.subtype !== 'AT_ValidateConstraint' || !cmd.name) continue;
        const tokens = codeTokens(facts.sql, stmt);
        const keyword = keywordRange(tokens, ['VALIDATE', 'CONSTRAINT'], from);
        const nameToken = keyword ? tokens.find((t) => t.start >= keyword.end) : undefined;
        if (keyword) from = nameToken?.end ?? keyword.end;
        const add = added.get(cmd.name)?.find((a) => a.unit === unit && sameTable(a.table, table));
        if (!add) continue;
        report({
          messageId: 'validatedInSameTransaction',
          data: { name: cmd.name, table: tableKey(table), lock: LOCK_HELD[add.contype]! },
          start: keyword?.start ?? stmt.start,
          end: nameToken?.end ?? keyword?.end ?? stmt.end,
        });
      }
    }
    for (const t of tablesCreated(stmt)) created.add(tableKey(t.name));
  }
}

/** Same table: same name, and same schema unless one side names none (the search_path is not known). */
function sameTable(a: QualifiedName, b: QualifiedName): boolean {
  return a.name === b.name && (a.schema === undefined || b.schema === undefined || a.schema === b.schema);
}
