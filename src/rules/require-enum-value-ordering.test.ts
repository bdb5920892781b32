import rule from './require-enum-value-ordering.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    "ALTER TYPE app.status ADD VALUE 'archived' AFTER 'done';",
    "ALTER TYPE app.status ADD VALUE IF NOT EXISTS 'draft' BEFORE 'open';",
    "ALTER TYPE app.status RENAME VALUE 'old' TO 'new';",
    { code: "ALTER TYPE app.status ADD VALUE 'archived';", facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: "ALTER TYPE app.status ADD VALUE 'archived';",
      errors: [{ messageId: 'unordered', line: 1, column: 23, endColumn: 32 }],
    },
    {
      code: "-- ü\nALTER TYPE app.status ADD VALUE IF NOT EXISTS 'archived';",
      errors: [{ messageId: 'unordered', line: 2, column: 23 }],
    },
  ],
});
