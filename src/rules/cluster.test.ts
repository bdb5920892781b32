import rule from './cluster.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    { name: 'down migrations are not checked (lock advice is noise there)', code: 'CLUSTER app.users USING users_pkey;', facts: { direction: 'down' } },
    'CREATE TABLE app.t (id bigint PRIMARY KEY);\nCLUSTER app.t USING t_pkey;',
    'ALTER TABLE app.users CLUSTER ON users_pkey;',
  ],
  invalid: [
    {
      code: 'CLUSTER app.users USING users_pkey;',
      errors: [{ messageId: 'cluster', line: 1, column: 1, endColumn: 8 }],
    },
    {
      code: '-- é\nCLUSTER;',
      errors: [{ messageId: 'cluster', line: 2, column: 1 }],
    },
  ],
});
