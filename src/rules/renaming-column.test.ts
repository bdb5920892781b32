import rule from './renaming-column.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (a int);\nALTER TABLE app.t RENAME COLUMN a TO b;',
    'ALTER TABLE app.users RENAME TO members;',
    'ALTER TABLE app.users ADD COLUMN full_name text;',
    { code: 'ALTER TABLE app.users RENAME COLUMN name TO full_name;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users RENAME COLUMN name TO full_name;',
      errors: [{ messageId: 'rename', line: 1, column: 23, endColumn: 54 }],
    },
    {
      code: '-- ✓ done\nALTER TABLE IF EXISTS app.users RENAME name TO full_name;',
      errors: [{ messageId: 'rename', line: 2, column: 33 }],
    },
  ],
});
