import rule from './ban-duplicate-column-assignments.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'UPDATE app.users SET a = 1, b = 2 WHERE id = 1;',
    'UPDATE app.users SET (a, b) = (1, 2) WHERE id = 1;',
    'UPDATE app.shapes SET pos.x = 1, pos.y = 2 WHERE id = 1;',
    'INSERT INTO app.users (a, b) VALUES (1, 2);',
  ],
  invalid: [
    {
      code: 'UPDATE app.users SET status = 1, status = 2 WHERE id = 1;',
      errors: [{ messageId: 'update', line: 1, column: 34, endColumn: 40 }],
    },
    {
      code: '-- é\nINSERT INTO app.users (email, name, email) VALUES (1, 2, 3);',
      facts: { direction: 'down' },
      errors: [{ messageId: 'insert', line: 2, column: 37, endColumn: 42 }],
    },
    {
      code: 'WITH moved AS (UPDATE app.a SET x = 1, x = 2 WHERE id = 1 RETURNING id) SELECT * FROM moved;',
      errors: [{ messageId: 'update', line: 1, column: 40 }],
    },
  ],
});
