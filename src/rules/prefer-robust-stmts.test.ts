import rule from './prefer-robust-stmts.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    // In a transaction a failure rolls everything back: re-running is always safe.
    'CREATE TABLE app.t (id bigint);\nCREATE INDEX t_idx ON app.t (id);',
    'DROP INDEX CONCURRENTLY IF EXISTS app.users_email_idx;\nCREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);',
    'CREATE TABLE IF NOT EXISTS app.t (id bigint);\nDROP INDEX CONCURRENTLY IF EXISTS app.t_idx;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_idx ON app.t (id);\nDROP INDEX CONCURRENTLY IF EXISTS app.t_old;',
    'DROP INDEX CONCURRENTLY app.users_email_idx;',
    // One explicit transaction: a failure rolls the whole block back.
    'BEGIN;\nCREATE TABLE app.t (id bigint);\nALTER TABLE app.users ADD COLUMN note text;\nCOMMIT;',
  ],
  invalid: [
    {
      name: 'a committed block before a statement that can fail is re-run',
      code: 'BEGIN;\nCREATE TABLE app.t (id bigint);\nCOMMIT;\nDROP INDEX CONCURRENTLY IF EXISTS app.old_idx;',
      errors: [{ messageId: 'notRobust', line: 2, column: 1, endColumn: 13 }],
    },
    {
      name: 'IF NOT EXISTS would keep an invalid index from a failed run',
      code: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON app.users (email);',
      errors: [{ messageId: 'invalidIndex', line: 1, column: 1, endColumn: 13 }],
    },
    {
      code: 'CREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);',
      errors: [{ messageId: 'invalidIndex', line: 1, column: 1, endColumn: 13 }],
    },
    {
      code: 'ALTER TABLE app.users ADD COLUMN email_lower text;\nDROP INDEX CONCURRENTLY IF EXISTS app.users_email_idx;',
      errors: [{ messageId: 'notRobust', line: 1, column: 23, endColumn: 33 }],
    },
    {
      code: '-- é\nCREATE TABLE app.t (id bigint);\nDROP INDEX CONCURRENTLY app.old_idx;\nDROP INDEX CONCURRENTLY IF EXISTS app.other_idx;',
      facts: { direction: 'down' },
      errors: [
        { messageId: 'notRobust', line: 2, column: 1, endColumn: 13 },
        { messageId: 'notRobust', line: 3, column: 1, endColumn: 11 },
      ],
    },
  ],
});
