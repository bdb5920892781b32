import rule from './foreign-key-not-valid.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE user_service.orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES user_service.users (id) NOT VALID;',
    'ALTER TABLE user_service.orders VALIDATE CONSTRAINT orders_user_fk;',
    'ALTER TABLE user_service.orders ADD CONSTRAINT positive CHECK (total > 0) NOT VALID;',
    'ALTER TABLE user_service.orders ADD CONSTRAINT orders_pk PRIMARY KEY (id);',
    { name: 'table created in this migration', code: 'CREATE TABLE user_service.o (u int);\nALTER TABLE user_service.o ADD FOREIGN KEY (u) REFERENCES user_service.users (id);' },
    'CREATE TABLE user_service.o (u int REFERENCES user_service.users (id), CHECK (u > 0));',
    { name: 'down migrations are not checked', code: 'ALTER TABLE user_service.o ADD CHECK (u > 0);', facts: { direction: 'down' } },
    {
      name: 'REFERENCES on a new column with no value: PostgreSQL skips the validation (the locks of NOT VALID, no scan)',
      code: 'ALTER TABLE app.t ADD COLUMN o bigint REFERENCES app.u (id);',
    },
    {
      name: 'column constraints on a table created in this migration',
      code: 'CREATE TABLE app.t (a int);\nALTER TABLE app.t ADD COLUMN o bigint DEFAULT 1 REFERENCES app.u (id), ADD COLUMN c int CHECK (c > 0);',
    },
    { name: 'a NOT ENFORCED column CHECK is never checked', code: 'ALTER TABLE app.t ADD COLUMN c int CHECK (c > 0) NOT ENFORCED;' },
    { name: 'a NOT ENFORCED column REFERENCES', code: 'ALTER TABLE app.t ADD COLUMN o bigint DEFAULT 1 REFERENCES app.u (id) NOT ENFORCED;' },
    {
      name: 'NOT VALID, then VALIDATE in separate transactions of a file that runs outside one',
      code: 'ALTER TABLE app.t ADD CONSTRAINT c CHECK (b > 0) NOT VALID;\nCREATE INDEX CONCURRENTLY t_b_idx ON app.t (b);\nALTER TABLE app.t VALIDATE CONSTRAINT c;',
    },
    {
      name: 'VALIDATE of a constraint another table holds',
      code: 'ALTER TABLE app.t ADD CONSTRAINT c CHECK (b > 0) NOT VALID;\nALTER TABLE app.u VALIDATE CONSTRAINT c;',
    },
    {
      name: 'a table created in this migration',
      code: 'CREATE TABLE app.t (b int);\nALTER TABLE app.t ADD CONSTRAINT c CHECK (b > 0) NOT VALID;\nALTER TABLE app.t VALIDATE CONSTRAINT c;',
    },
    { name: 'VALIDATE alone, in a later migration', code: 'ALTER TABLE app.t VALIDATE CONSTRAINT c;' },
  ],
  invalid: [
    {
      code: 'ALTER TABLE user_service.orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES user_service.users (id);',
      errors: [{ messageId: 'foreignKey', line: 1, column: 37, endLine: 1, endColumn: 74 }],
    },
    {
      code: 'ALTER TABLE user_service.orders ADD FOREIGN KEY (user_id) REFERENCES user_service.users (id);',
      errors: [{ messageId: 'foreignKey', line: 1, column: 37, endColumn: 48 }],
    },
    {
      code: "-- ça\nALTER TABLE user_service.orders\n  ADD CONSTRAINT positive CHECK (total > 0);",
      errors: [{ messageId: 'check', line: 3, column: 7, endColumn: 32 }],
    },
    {
      name: 'REFERENCES on a new column with a DEFAULT: every row is checked',
      code: 'ALTER TABLE app.t ADD COLUMN o bigint DEFAULT 0 REFERENCES app.u (id);',
      errors: [{ messageId: 'columnForeignKey', line: 1, column: 49, endLine: 1, endColumn: 65 }],
    },
    {
      name: 'DEFAULT NULL and generated columns give rows a value too',
      code: 'ALTER TABLE app.t\n  ADD COLUMN o bigint DEFAULT NULL REFERENCES app.u (id),\n  ADD COLUMN g bigint GENERATED ALWAYS AS (a + 1) STORED REFERENCES app.u;',
      errors: [{ messageId: 'columnForeignKey', line: 2, column: 36 }, { messageId: 'columnForeignKey', line: 3, column: 58, endColumn: 74 }],
    },
    {
      name: 'CHECK on a new column scans the table',
      code: 'ALTER TABLE app.t ADD COLUMN c int CHECK (c > 0);',
      errors: [{ messageId: 'columnCheck', line: 1, column: 36, endColumn: 41 }],
    },
    {
      name: 'CHECK NOT VALID validated in the same transaction',
      code: 'ALTER TABLE app.t ADD CONSTRAINT c CHECK (b > 0) NOT VALID;\nALTER TABLE app.t VALIDATE CONSTRAINT c;',
      errors: [{ messageId: 'validatedInSameTransaction', line: 2, column: 19, endColumn: 40 }],
    },
    {
      name: 'FOREIGN KEY NOT VALID validated in the same statement',
      code: 'ALTER TABLE app.orders\n  ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES app.users (id) NOT VALID,\n  VALIDATE CONSTRAINT orders_user_fk;',
      errors: [{ messageId: 'validatedInSameTransaction', line: 3, column: 3 }],
    },
    {
      name: 'in one explicit BEGIN ... COMMIT of a file that runs outside a transaction',
      code: 'CREATE INDEX CONCURRENTLY t_b_idx ON app.t (b);\nBEGIN;\nALTER TABLE app.t ADD CONSTRAINT c CHECK (b > 0) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT c;\nCOMMIT;',
      errors: [{ messageId: 'validatedInSameTransaction', line: 4, column: 15 }],
    },
    {
      name: 'in a DO block (one transaction)',
      code: 'DO $$ BEGIN\n  ALTER TABLE app.t ADD CONSTRAINT c CHECK (b > 0) NOT VALID;\n  ALTER TABLE app.t VALIDATE CONSTRAINT c;\nEND $$;\nCREATE INDEX CONCURRENTLY t_b_idx ON app.t (b);',
      errors: [{ messageId: 'validatedInSameTransaction', line: 3, column: 21 }],
    },
    {
      name: 'in a DO block',
      code: 'DO $$ BEGIN\n  ALTER TABLE user_service.o ADD CHECK (u > 0);\nEND $$;',
      errors: [{ messageId: 'check', line: 2, column: 34 }],
    },
  ],
});
