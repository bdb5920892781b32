import rule from './transaction-nesting.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.users ADD COLUMN note text;',
    'SAVEPOINT a;\nRELEASE SAVEPOINT a;',
    // The file runs statement by statement anyway; the block keeps the two ALTERs atomic.
    'BEGIN;\nALTER TABLE app.users ADD COLUMN a text;\nALTER TABLE app.users ADD COLUMN b text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY users_a_idx ON app.users (a);',
  ],
  invalid: [
    {
      code: 'BEGIN;\nALTER TABLE app.users ADD COLUMN note text;\nCOMMIT;',
      errors: [{ messageId: 'explicit', line: 1, column: 1, endColumn: 6 }],
    },
    {
      code: 'BEGIN;\nBEGIN;\nSELECT 1;\nCOMMIT;\nCOMMIT;',
      errors: [
        { messageId: 'explicit', line: 1, column: 1 },
        { messageId: 'nested', line: 2, column: 1 },
        { messageId: 'stray', line: 5, column: 1, endColumn: 7 },
      ],
    },
    {
      code: "-- é\nALTER TABLE app.users ADD COLUMN note text;\nCOMMIT;",
      facts: { direction: 'down' },
      errors: [{ messageId: 'stray', line: 3, column: 1 }],
    },
  ],
});
