import rule from './not-null-without-default.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    "ALTER TABLE user_service.users ADD COLUMN status text NOT NULL DEFAULT 'active';",
    'ALTER TABLE user_service.users ADD COLUMN nickname text;',
    'ALTER TABLE user_service.users ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY NOT NULL;',
    'ALTER TABLE user_service.users ADD COLUMN total numeric GENERATED ALWAYS AS (a + b) STORED NOT NULL;',
    { name: 'table created in the same migration', code: 'CREATE TABLE user_service.t (id int);\nALTER TABLE user_service.t ADD COLUMN a int NOT NULL;' },
    { name: 'down migrations are not checked', code: 'ALTER TABLE user_service.users ADD COLUMN a int NOT NULL;', facts: { direction: 'down' } },
    'CREATE TABLE user_service.t (a int NOT NULL);',
    "ALTER TABLE user_service.users ADD COLUMN q text NOT NULL DEFAULT 'n/a'::text;",
    'ALTER TABLE user_service.users ADD COLUMN q text DEFAULT NULL;',
    { name: 'a table emptied by DELETE earlier in the migration', code: 'DELETE FROM user_service.users;\nALTER TABLE user_service.users ADD COLUMN a int NOT NULL;' },
    { name: 'a table emptied by TRUNCATE earlier in the migration', code: 'TRUNCATE user_service.sessions, user_service.users;\nALTER TABLE user_service.users ADD COLUMN a int NOT NULL;' },
    { name: 'emptied, then only updated', code: 'DELETE FROM users;\nUPDATE users SET x = 1;\nALTER TABLE users ADD COLUMN a int NOT NULL;' },
  ],
  invalid: [
    {
      name: 'a DELETE with a WHERE leaves rows',
      code: 'DELETE FROM user_service.users WHERE id < 10;\nALTER TABLE user_service.users ADD COLUMN a int NOT NULL;',
      errors: [{ messageId: 'noDefault', line: 2, column: 43 }],
    },
    {
      name: 'rows inserted again after the DELETE',
      code: 'DELETE FROM user_service.users;\nINSERT INTO user_service.users (id) VALUES (1);\nALTER TABLE user_service.users ADD COLUMN a int NOT NULL;',
      errors: [{ messageId: 'noDefault', line: 3, column: 43 }],
    },
    {
      name: 'another table was emptied',
      code: 'TRUNCATE user_service.sessions;\nALTER TABLE user_service.users ADD COLUMN a int NOT NULL;',
      errors: [{ messageId: 'noDefault', line: 2, column: 43 }],
    },
    {
      code: 'ALTER TABLE user_service.users ADD COLUMN status text NOT NULL;',
      errors: [{ messageId: 'noDefault', line: 1, column: 43, endLine: 1, endColumn: 63 }],
    },
    {
      name: 'several columns, one lacking a default',
      code: "ALTER TABLE user_service.users\n  ADD COLUMN a int NOT NULL DEFAULT 0,\n  ADD b text NOT NULL;",
      errors: [{ messageId: 'noDefault', line: 3, column: 7 }],
    },
    {
      name: 'after multi-byte characters on the same line',
      code: "SELECT 'ü'; ALTER TABLE user_service.users ADD COLUMN c int NOT NULL;",
      errors: [{ messageId: 'noDefault', line: 1, column: 55 }],
    },
    {
      name: 'DEFAULT NULL is no default',
      code: 'ALTER TABLE app.t ADD COLUMN q text NOT NULL DEFAULT NULL;',
      errors: [{ messageId: 'nullDefault', line: 1, column: 30, endColumn: 45 }],
    },
    {
      name: 'nor is NULL cast to a type, in either order',
      code: 'ALTER TABLE app.t\n  ADD COLUMN q text DEFAULT NULL::text NOT NULL,\n  ADD COLUMN r int NOT NULL DEFAULT CAST(NULL AS int);',
      errors: [{ messageId: 'nullDefault', line: 2, column: 14 }, { messageId: 'nullDefault', line: 3, column: 14 }],
    },
    {
      name: 'in a DO block',
      code: "DO $$\nBEGIN\n  ALTER TABLE user_service.users ADD COLUMN c int NOT NULL;\nEND $$;",
      errors: [{ messageId: 'noDefault', line: 3, column: 45 }],
    },
  ],
});
