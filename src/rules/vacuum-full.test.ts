import rule from './vacuum-full.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    { name: 'down migrations are not checked (lock advice is noise there)', code: 'VACUUM (FULL, ANALYZE) app.users;', facts: { direction: 'down' } },
    'VACUUM app.users;',
    'VACUUM (ANALYZE) app.users;',
    'VACUUM (FULL false) app.users;',
    'VACUUM (FULL off, ANALYZE) app.users;',
    'VACUUM (FULL 0) app.users;',
    'CREATE TABLE app.t (id bigint);\nVACUUM FULL app.t;',
  ],
  invalid: [
    {
      code: 'VACUUM FULL app.users;',
      errors: [{ messageId: 'full', line: 1, column: 8, endColumn: 12 }],
    },
    {
      code: '-- ü\nVACUUM (FULL, ANALYZE) app.users;',
      errors: [{ messageId: 'full', line: 2, column: 9, endColumn: 13 }],
    },
    {
      name: 'the last value written wins',
      code: 'VACUUM (FULL false, FULL true) app.users;',
      errors: [{ messageId: 'full', line: 1, column: 21 }],
    },
    {
      code: 'VACUUM FULL;',
      errors: [{ messageId: 'full', line: 1, column: 8 }],
    },
  ],
});
