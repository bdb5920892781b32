import { alterTableCommands, nodeOf, columnConstraints, nameRange, codeTokens, rangeVarName, statementRange, statementsAfter } from '../sql/ast.js';
import { createRule } from './types.js';

export default createRule({
  id: 'create-table-without-primary-key',
  description:
    'A table without a primary key cannot replicate UPDATE and DELETE through logical replication, cannot be repacked online, and lets duplicate rows in.',
  severity: 'info',
  direction: 'up',
  messages: {
    noPrimaryKey:
      'Table {{table}} has no primary key: logical replication (and tools built on it, such as blue-green upgrades and CDC) rejects its UPDATEs and DELETEs, pg_repack cannot rebuild it online, and nothing stops duplicate rows.',
  },
  help: 'Give the table a primary key (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, or a natural key), in CREATE TABLE or in an ALTER TABLE ... ADD PRIMARY KEY in the same migration.',
  check(ctx) {
    const c = nodeOf(ctx.stmt.node, 'CreateStmt');
    if (!c) return;
    const rel = c.relation;
    // Temporary tables, partitions, typed tables and inheritance children get their keys elsewhere.
    if (rel?.relpersistence === 't' || c.partbound || c.ofTypename || (Array.isArray(c.inhRelations) && c.inhRelations.length)) return;
    const elts = Array.isArray(c.tableElts) ? c.tableElts : [];
    if (elts.some((e) => nodeOf(e, 'TableLikeClause'))) return;
    if (elts.some((e) => nodeOf(e, 'Constraint')?.contype === 'CONSTR_PRIMARY')) return;
    if (elts.some((e) => { const d = nodeOf(e, 'ColumnDef'); return d ? columnConstraints(d).some((k) => k.contype === 'CONSTR_PRIMARY') : false; })) return;
    const table = rangeVarName(rel);
    if (!table) return;
    const addedLater = statementsAfter(ctx.facts.sql, ctx.stmt).some((s) => {
      const alter = alterTableCommands(s.node);
      return alter?.table?.name.toLowerCase() === table.name.toLowerCase() &&
        alter.cmds.some((cmd) => cmd.subtype === 'AT_AddConstraint' && nodeOf(cmd.def, 'Constraint')?.contype === 'CONSTR_PRIMARY');
    });
    if (addedLater) return;
    const range = nameRange(codeTokens(ctx.facts.sql, ctx.stmt), table.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: 'noPrimaryKey', data: { table: table.schema ? `${table.schema}.${table.name}` : table.name }, ...range });
  },
});
