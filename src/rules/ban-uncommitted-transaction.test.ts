import rule from './ban-uncommitted-transaction.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'BEGIN;\nALTER TABLE app.users ADD COLUMN note text;\nCOMMIT;',
    'BEGIN;\nSELECT 1;\nROLLBACK;',
    'ALTER TABLE app.users ADD COLUMN note text;',
  ],
  invalid: [
    {
      code: 'BEGIN;\nALTER TABLE app.users ADD COLUMN note text;',
      errors: [{ messageId: 'uncommitted', line: 1, column: 1, endColumn: 6 }],
    },
    {
      code: 'BEGIN;\nSELECT 1;\nCOMMIT;\n-- ✓\nSTART TRANSACTION;\nSELECT 2;',
      facts: { direction: 'down' },
      errors: [{ messageId: 'uncommitted', line: 5, column: 1, endColumn: 6 }],
    },
  ],
});
