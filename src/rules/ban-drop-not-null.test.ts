import rule from './ban-drop-not-null.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
    'CREATE TABLE app.t (a int NOT NULL);\nALTER TABLE app.t ALTER COLUMN a DROP NOT NULL;',
    { code: 'ALTER TABLE app.users ALTER COLUMN email DROP NOT NULL;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users ALTER COLUMN email DROP NOT NULL;',
      errors: [{ messageId: 'dropNotNull', line: 1, column: 42, endColumn: 55 }],
    },
    {
      code: '-- é\nALTER TABLE app.users DROP COLUMN x, ALTER name DROP NOT NULL;',
      errors: [{ messageId: 'dropNotNull', line: 2, column: 49, endColumn: 62 }],
    },
  ],
});
