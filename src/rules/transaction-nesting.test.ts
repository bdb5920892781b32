import rule from './transaction-nesting.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.users ADD COLUMN note text;',
    'SAVEPOINT a;\nRELEASE SAVEPOINT a;',
    // The file runs statement by statement anyway; the block keeps the two ALTERs atomic.
    'BEGIN;\nALTER TABLE app.users ADD COLUMN a text;\nALTER TABLE app.users ADD COLUMN b text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY users_a_idx ON app.users (a);',
    // sqitch style: the whole file is one block, atomic by itself.
    { name: 'a file that is one BEGIN ... COMMIT block', code: '-- Deploy app:users\nBEGIN;\nALTER TABLE app.users ADD COLUMN note text;\nSAVEPOINT s;\nCOMMIT;\n' },
    'START TRANSACTION;\nALTER TABLE app.users ADD COLUMN note text;\nEND;',
  ],
  invalid: [
    {
      name: 'a statement after the block runs outside it',
      code: 'BEGIN;\nALTER TABLE app.users ADD COLUMN note text;\nCOMMIT;\nALTER TABLE app.users ADD COLUMN b text;',
      errors: [{ messageId: 'explicit', line: 1, column: 1, endColumn: 6 }],
    },
    {
      name: 'a block that ends in ROLLBACK applies nothing',
      code: 'BEGIN;\nALTER TABLE app.users ADD COLUMN note text;\nROLLBACK;',
      errors: [{ messageId: 'explicit', line: 1, column: 1 }],
    },
    {
      name: 'two blocks',
      code: 'BEGIN;\nSELECT 1;\nCOMMIT;\nBEGIN;\nSELECT 2;\nCOMMIT;',
      errors: [{ messageId: 'explicit', line: 1, column: 1 }, { messageId: 'explicit', line: 4, column: 1 }],
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
