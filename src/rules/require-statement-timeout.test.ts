import rule from './require-statement-timeout.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    "SET statement_timeout = '1min';\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;",
    "SELECT set_config('statement_timeout', '30s', false);\nCREATE INDEX users_email_idx ON app.users (email);",
    'ALTER TABLE app.users ADD COLUMN note text;',
    'ALTER TABLE app.orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES app.users (id) NOT VALID;',
    'CREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);',
    'CREATE TABLE app.t (a int);\nCREATE INDEX t_a_idx ON app.t (a);\nALTER TABLE app.t ALTER COLUMN a SET NOT NULL;',
    { code: 'ALTER TABLE app.users ALTER COLUMN email TYPE text;', facts: { direction: 'down' } },
    { name: 'SET LOCAL in a transactional migration', code: "SET LOCAL statement_timeout = '1min';\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;" },
    {
      name: 'outside a transaction, a session-level SET still protects',
      code: "SET statement_timeout = '1min';\nCREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;",
    },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users ALTER COLUMN email TYPE text;\nCREATE INDEX users_email_idx ON app.users (email);',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 22 }],
    },
    {
      code: "-- é\nSET statement_timeout = 0;\nALTER TABLE app.users ADD COLUMN token uuid DEFAULT gen_random_uuid();",
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 22 }],
    },
    {
      code: 'ALTER TABLE app.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      code: 'VACUUM FULL;',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 12 }],
    },
    {
      name: 'SET LOCAL does nothing in a migration that runs outside a transaction',
      code: "SET LOCAL statement_timeout = '1min';\nCREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;",
      errors: [{ messageId: 'localOutsideTransaction', line: 3, column: 1, endColumn: 22 }],
    },
  ],
});
