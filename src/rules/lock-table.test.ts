import rule from './lock-table.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    { name: 'down migrations are not checked (lock advice is noise there)', code: 'LOCK TABLE app.users IN ACCESS EXCLUSIVE MODE;', facts: { direction: 'down' } },
    'LOCK TABLE app.users IN SHARE ROW EXCLUSIVE MODE;',
    'LOCK TABLE app.users IN ACCESS SHARE MODE;',
    'CREATE TABLE app.t (id bigint);\nLOCK TABLE app.t;',
  ],
  invalid: [
    {
      code: 'LOCK TABLE app.users;',
      errors: [{ messageId: 'lock', line: 1, column: 1, endColumn: 21 }],
    },
    {
      code: '-- ñ\nLOCK app.users, app.orders IN EXCLUSIVE MODE;',
      errors: [{ messageId: 'lock', line: 2, column: 1, endColumn: 45 }],
    },
  ],
});
