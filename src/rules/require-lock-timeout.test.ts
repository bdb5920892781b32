import rule from './require-lock-timeout.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    "SET lock_timeout = '5s';\nALTER TABLE app.users ADD COLUMN note text;",
    "SET LOCAL lock_timeout TO 3000;\nCREATE INDEX users_email_idx ON app.users (email);",
    "SELECT set_config('lock_timeout', '2s', true);\nALTER TABLE app.users DROP COLUMN note;",
    'CREATE TABLE app.t (id bigint);\nALTER TABLE app.t ADD COLUMN note text;\nCREATE INDEX t_note_idx ON app.t (note);',
    'CREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);',
    'ALTER TABLE app.orders VALIDATE CONSTRAINT orders_user_fk;',
    "INSERT INTO app.settings (k, v) VALUES ('a', 'b');",
    'ALTER INDEX app.users_idx RENAME TO users_email_idx;',
    'LOCK TABLE app.users IN ROW EXCLUSIVE MODE;',
    { code: 'ALTER TABLE app.users ADD COLUMN note text;', facts: { direction: 'down' } },
    {
      name: 'outside a transaction, a session-level SET still protects',
      code: "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);\nALTER TABLE app.users ADD COLUMN note text;",
    },
    {
      name: 'outside a transaction, set_config(..., false) is session-level',
      code: "SELECT set_config('lock_timeout', '2s', false);\nDROP INDEX CONCURRENTLY app.users_old_idx;\nALTER TABLE app.users DROP COLUMN note;",
    },
    {
      name: 'SET LOCAL inside an explicit BEGIN ... COMMIT covers that block',
      code: "CREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);\nBEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE app.users ADD COLUMN note text;\nCOMMIT;",
    },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users ADD COLUMN note text;\nALTER TABLE app.users ADD COLUMN other text;',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 22 }],
    },
    {
      code: "SET lock_timeout = 0;\nCREATE INDEX users_email_idx ON app.users (email);",
      errors: [{ messageId: 'missing', line: 2, column: 1, endColumn: 42 }],
    },
    {
      code: "-- ünïcode\nCREATE TABLE app.t (id bigint);\nALTER TABLE app.users ADD COLUMN t_id bigint;\nSET lock_timeout = '5s';",
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 22 }],
    },
    {
      code: 'LOCK TABLE app.users IN SHARE MODE;',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 21 }],
    },
    {
      code: 'ALTER TABLE app.users RENAME COLUMN a TO b;',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 22 }],
    },
    {
      code: 'DROP INDEX app.users_email_idx;',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 11 }],
    },
    {
      name: 'SET LOCAL does nothing in a migration that runs outside a transaction',
      code: "SET LOCAL lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);\nALTER TABLE app.users ADD COLUMN note text;",
      errors: [{ messageId: 'localOutsideTransaction', line: 3, column: 1, endColumn: 22 }],
    },
    {
      name: 'set_config(..., true) is SET LOCAL',
      code: "SELECT set_config('lock_timeout', '2s', true);\nDROP INDEX CONCURRENTLY app.users_old_idx;\nALTER TABLE app.users DROP COLUMN note;",
      errors: [{ messageId: 'localOutsideTransaction', line: 3, column: 1 }],
    },
    {
      name: 'SET LOCAL ends with the explicit block it sits in',
      code: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE app.users ADD COLUMN a text;\nCOMMIT;\nALTER TABLE app.users ADD COLUMN b text;",
      errors: [{ messageId: 'localOutsideTransaction', line: 5, column: 1 }],
    },
  ],
});
