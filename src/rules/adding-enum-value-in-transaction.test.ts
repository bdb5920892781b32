import rule from './adding-enum-value-in-transaction.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    "ALTER TYPE app.status ADD VALUE 'archived';",
    "ALTER TYPE app.status ADD VALUE IF NOT EXISTS 'archived' AFTER 'done';\nUPDATE app.orders SET note = 'x' WHERE id = 1;",
    { code: "ALTER TYPE app.status ADD VALUE 'archived';", facts: { pgVersion: 11 } },
    "ALTER TYPE app.status RENAME VALUE 'old' TO 'new';\nUPDATE app.orders SET status = 'new' WHERE id = 1;",
    { code: "ALTER TYPE app.status ADD VALUE 'archived';\nUPDATE app.orders SET status = 'archived' WHERE id = 1;", facts: { pgVersion: 11 } },
  ],
  invalid: [
    {
      code: "ALTER TYPE app.status ADD VALUE 'archived';\nUPDATE app.orders SET status = 'archived' WHERE closed;",
      errors: [{ messageId: 'usedInTransaction', line: 2, column: 32, endColumn: 42 }],
    },
    {
      code: "BEGIN;\nALTER TYPE app.status ADD VALUE 'archived';\nCOMMIT;",
      facts: { pgVersion: 11 },
      errors: [{ messageId: 'beforePg12', line: 2, column: 23, endColumn: 32 }],
    },
    {
      code: "-- é\nALTER TYPE app.status ADD VALUE 'pending';\nCREATE INDEX o_idx ON app.orders (id) WHERE status = 'pending';",
      errors: [{ messageId: 'usedInTransaction', line: 3, column: 54 }],
    },
  ],
});
