import rule from './renaming-table.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (a int);\nALTER TABLE app.t RENAME TO u;',
    'ALTER TABLE app.users RENAME COLUMN a TO b;',
    'ALTER INDEX app.users_idx RENAME TO users_email_idx;',
    { code: 'ALTER TABLE app.users RENAME TO members;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users RENAME TO members;',
      errors: [{ messageId: 'rename', line: 1, column: 23, endColumn: 40 }],
    },
  ],
});
