import rule from './reindex-not-concurrent.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    { name: 'down migrations are not checked (lock advice is noise there)', code: 'REINDEX INDEX app.users_email_idx;', facts: { direction: 'down' } },
    'REINDEX INDEX CONCURRENTLY app.users_email_idx;',
    'REINDEX (VERBOSE) TABLE CONCURRENTLY app.users;',
    'REINDEX (CONCURRENTLY) INDEX app.users_email_idx;',
    'REINDEX (CONCURRENTLY true) INDEX app.users_email_idx;',
    'REINDEX SYSTEM app_db;',
    { code: 'REINDEX TABLE app.users;', facts: { pgVersion: 11 } },
  ],
  invalid: [
    {
      name: 'CONCURRENTLY false is a blocking rebuild',
      code: 'REINDEX (CONCURRENTLY false) INDEX app.users_email_idx;',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 1, endColumn: 8 }],
    },
    {
      code: 'REINDEX (CONCURRENTLY off, VERBOSE) TABLE app.users;',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 1 }],
    },
    {
      code: 'REINDEX TABLE app.users;',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 1, endColumn: 14 }],
    },
    {
      code: 'REINDEX INDEX app.users_email_idx;',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 1, endColumn: 14 }],
    },
  ],
});
