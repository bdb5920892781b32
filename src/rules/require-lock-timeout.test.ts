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
  ],
});
