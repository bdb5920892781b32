import rule from './adding-enum-value-in-transaction.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    "ALTER TYPE app.status ADD VALUE 'archived';",
    "ALTER TYPE app.status ADD VALUE IF NOT EXISTS 'archived' AFTER 'done';\nUPDATE app.orders SET note = 'x' WHERE id = 1;",
    { code: "ALTER TYPE app.status ADD VALUE 'archived';", facts: { pgVersion: 11 } },
    "ALTER TYPE app.status RENAME VALUE 'old' TO 'new';\nUPDATE app.orders SET status = 'new' WHERE id = 1;",
    { code: "ALTER TYPE app.status ADD VALUE 'archived';\nUPDATE app.orders SET status = 'archived' WHERE id = 1;", facts: { pgVersion: 11 } },
    { name: 'a literal cast to text is not the enum', code: "ALTER TYPE app.mood ADD VALUE 'happy' AFTER 'sad';\nUPDATE app.t SET a = 'happy'::text WHERE id = 1;" },
    { name: 'the DEFAULT of a text column', code: "ALTER TYPE app.mood ADD VALUE 'happy';\nALTER TABLE app.t ADD COLUMN a text DEFAULT 'happy';" },
    { name: 'a cast to another enum type', code: "ALTER TYPE app.mood ADD VALUE 'happy';\nSELECT 'happy'::app.feeling;" },
  ],
  invalid: [
    {
      name: 'an uncast literal may meet a text column: info, not a certain failure',
      code: "ALTER TYPE app.status ADD VALUE 'archived';\nUPDATE app.orders SET status = 'archived' WHERE closed;",
      errors: [{ messageId: 'maybeUsedInTransaction', line: 2, column: 32, endColumn: 42, severity: 'info' }],
    },
    {
      name: 'a literal cast to the enum type fails for sure',
      code: "ALTER TYPE app.mood ADD VALUE 'happy' AFTER 'sad';\nUPDATE app.t SET m = 'happy'::app.mood WHERE id = 1;",
      errors: [{ messageId: 'usedInTransaction', line: 2, column: 22, endColumn: 29, severity: 'warning' }],
    },
    {
      name: 'CAST(... AS type), the type named without its schema',
      code: "ALTER TYPE app.mood ADD VALUE 'happy';\nSELECT CAST('happy' AS mood);",
      errors: [{ messageId: 'usedInTransaction', line: 2, column: 13, severity: 'warning' }],
    },
    {
      name: 'the DEFAULT of a column of the enum type',
      code: "ALTER TYPE app.mood ADD VALUE 'happy';\nALTER TABLE app.t ADD COLUMN m app.mood NOT NULL DEFAULT 'happy';",
      errors: [{ messageId: 'usedInTransaction', line: 2, column: 58, severity: 'warning' }],
    },
    {
      code: "BEGIN;\nALTER TYPE app.status ADD VALUE 'archived';\nCOMMIT;",
      facts: { pgVersion: 11 },
      errors: [{ messageId: 'beforePg12', line: 2, column: 23, endColumn: 32 }],
    },
    {
      code: "-- é\nALTER TYPE app.status ADD VALUE 'pending';\nCREATE INDEX o_idx ON app.orders (id) WHERE status = 'pending';",
      errors: [{ messageId: 'maybeUsedInTransaction', line: 3, column: 54 }],
    },
  ],
});
