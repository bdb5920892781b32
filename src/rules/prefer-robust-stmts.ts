import { alterTableCommands, nodeOf, codeTokens, findToken, keywordRange, statementRange, transactionKind } from '../sql/ast.js';
import type { Statement } from '../sql/parser.js';
import { createRule } from './types.js';

export default createRule({
  id: 'prefer-robust-stmts',
  description:
    'In a migration that runs outside a transaction, a statement that fails when re-run (CREATE without IF NOT EXISTS, DROP without IF EXISTS) turns a partial failure into a migration that can never be re-applied as is.',
  severity: 'info',
  direction: 'both',
  messages: {
    notRobust:
      'This migration runs outside a transaction (it holds a statement that cannot run in one), so when a later statement fails, this one stays applied; re-running the migration then fails here with "already exists" / "does not exist".',
    invalidIndex:
      'A failed CREATE INDEX CONCURRENTLY leaves an INVALID index with this name behind: re-running the migration fails with "already exists", and IF NOT EXISTS would keep the broken index.',
  },
  help:
    'Make each statement re-runnable: CREATE ... IF NOT EXISTS, DROP ... IF EXISTS, ADD COLUMN IF NOT EXISTS; before CREATE INDEX CONCURRENTLY, write DROP INDEX CONCURRENTLY IF EXISTS for the same name.',
  check(ctx) {
    if (ctx.facts.inTransaction || ctx.origin.kind !== 'top') return;
    const sql = ctx.facts.sql;
    const units = transactionUnits(sql.statements);
    const last = (units.get(ctx.stmt) ?? 0) >= Math.max(0, ...units.values());
    const index = nodeOf(ctx.stmt.node, 'IndexStmt');
    if (index?.concurrent === true && typeof index.idxname === 'string' && !droppedBefore(sql.statements, ctx.stmt, index.idxname)) {
      const tokens = codeTokens(sql, ctx.stmt);
      // The only statement of a file can still fail half way and leave the invalid index.
      const range = keywordRange(tokens, ['CREATE']) ?? statementRange(sql, ctx.stmt);
      ctx.report({ messageId: 'invalidIndex', start: range.start, end: (findToken(tokens, 'INDEX') ?? range).end });
      return;
    }
    // What fails last rolls back alone; only what committed before it is re-run: statements of earlier units.
    if (last) return;
    const range = fragileRange(ctx.stmt, codeTokens(sql, ctx.stmt));
    if (range) ctx.report({ messageId: 'notRobust', ...range });
  },
});

/** The `CREATE TABLE` / `DROP INDEX` / `ADD COLUMN` words of a statement that is not idempotent. */
function fragileRange(stmt: Statement, tokens: ReturnType<typeof codeTokens>): { start: number; end: number } | undefined {
  const create = nodeOf(stmt.node, 'CreateStmt');
  if (create && create.if_not_exists !== true) return span(tokens, 'CREATE', 'TABLE');
  const index = nodeOf(stmt.node, 'IndexStmt');
  if (index && index.if_not_exists !== true && typeof index.idxname === 'string') return span(tokens, 'CREATE', 'INDEX');
  const drop = nodeOf(stmt.node, 'DropStmt');
  if (drop && drop.missing_ok !== true && ['OBJECT_TABLE', 'OBJECT_INDEX', 'OBJECT_VIEW', 'OBJECT_SEQUENCE', 'OBJECT_TYPE', 'OBJECT_SCHEMA'].includes(String(drop.removeType))) {
    const next = tokens[1];
    return tokens[0] ? { start: tokens[0].start, end: (next ?? tokens[0]).end } : undefined;
  }
  for (const cmd of alterTableCommands(stmt.node)?.cmds ?? []) {
    if (cmd.missing_ok === true) continue;
    if (cmd.subtype === 'AT_AddColumn') return keywordRange(tokens, ['ADD', 'COLUMN']);
    if (cmd.subtype === 'AT_DropColumn') return keywordRange(tokens, ['DROP', 'COLUMN']);
  }
  return undefined;
}

/** From the first `first` token through the next `last` token. */
function span(tokens: ReturnType<typeof codeTokens>, first: string, last: string): { start: number; end: number } | undefined {
  const a = findToken(tokens, first);
  const b = a ? findToken(tokens, last, a.start) : undefined;
  return a ? { start: a.start, end: (b ?? a).end } : undefined;
}

/** A DROP INDEX ... IF EXISTS of the same name earlier in the file clears a leftover invalid index. */
function droppedBefore(statements: readonly Statement[], stmt: Statement, name: string): boolean {
  return statements.some((s) => {
    if (s.start >= stmt.start) return false;
    const d = nodeOf(s.node, 'DropStmt');
    if (d?.removeType !== 'OBJECT_INDEX' || d.missing_ok !== true) return false;
    return JSON.stringify(d.objects ?? []).toLowerCase().includes(`"sval":"${name.toLowerCase()}"`);
  });
}

/**
 * The unit each statement commits in when the file runs outside svc-migrate's transaction: an explicit
 * BEGIN ... COMMIT block is one unit, every other statement its own. SET and transaction control get none.
 */
function transactionUnits(statements: readonly Statement[]): Map<Statement, number> {
  const units = new Map<Statement, number>();
  let unit = 0;
  let open = false;
  for (const s of statements) {
    const kind = transactionKind(s);
    if (kind === 'begin') {
      unit++;
      open = true;
    } else if (kind === 'end') {
      open = false;
    } else if (kind === undefined && s.kind !== 'VariableSetStmt') {
      if (!open) unit++;
      units.set(s, unit);
    }
  }
  return units;
}
