/**
 * drop-cascade: CASCADE drops (or empties) every object that depends on the target — views, foreign keys,
 * other tables' constraints, other services' objects — without listing them. The migration's author sees one
 * statement; production loses objects nobody reviewed.
 */
import { nodeIndex } from '../sql/ast.js';
import { statementTokens } from '../sql/tokens.js';
import { createRule } from './types.js';

export default createRule({
  id: 'drop-cascade',
  description: 'A DROP, TRUNCATE or ALTER TABLE ... DROP with CASCADE, which silently removes every dependent object too.',
  severity: 'warning',
  direction: 'both',
  messages: {
    cascade:
      'CASCADE also drops or empties everything that depends on this object (views, foreign keys, functions, other tables\' data for TRUNCATE) — objects that this migration does not name and a reviewer never sees.',
  },
  help: 'Drop the dependent objects explicitly first, then drop the object without CASCADE (RESTRICT, the default, makes PostgreSQL refuse if something still depends on it).',
  check({ stmt, facts, report }) {
    let cascades = false;
    for (const bodies of nodeIndex(stmt.node).values()) {
      if (bodies.some((b) => b.behavior === 'DROP_CASCADE')) cascades = true;
    }
    if (!cascades) return;
    const tokens = statementTokens(facts.sql, stmt);
    tokens.forEach((t, i) => {
      if (t.keyword !== 'CASCADE') return;
      // ON DELETE CASCADE / ON UPDATE CASCADE in a constraint added by the same ALTER TABLE is not a drop.
      const before = tokens[i - 1]?.keyword;
      if (before === 'DELETE' || before === 'UPDATE') return;
      report({ messageId: 'cascade', start: t.start, end: t.end });
    });
  },
});
