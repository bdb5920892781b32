import rule from './ban-duplicate-column-assignments.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'UPDATE app.users SET a = 1, b = 2 WHERE id = 1;',
    'UPDATE app.users SET (a, b) = (1, 2) WHERE id = 1;',
    'UPDATE app.shapes SET pos.x = 1, pos.y = 2 WHERE id = 1;',
    'INSERT INTO app.users (a, b) VALUES (1, 2);',
    'INSERT INTO app.users (a, b) VALUES (1, 2) ON CONFLICT (a) DO UPDATE SET b = 3, c = 4;',
    'MERGE INTO app.t USING app.s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = 1, b = 2 WHEN NOT MATCHED THEN INSERT (a, b) VALUES (1, 2);',
    'UPDATE app.t SET a[1] = 0, a[2] = 0 WHERE id = 1;',
    'CREATE TABLE app.t (a int, b int);',
    'CREATE VIEW app.v (a, b) AS SELECT 1, 2;',
    'CREATE VIEW app.v AS SELECT 1 AS a, 2 AS b;',
    { name: 'names PostgreSQL gives only with the catalog (*) are not guessed', code: 'CREATE VIEW app.v AS SELECT *, id FROM app.t;' },
    'CREATE VIEW app.v AS SELECT t.id, u.id AS user_id FROM app.t JOIN app.u ON true;',
    { name: 'a plain SELECT may repeat names', code: 'SELECT 1, 2;' },
    'CREATE TABLE app.x AS SELECT 1 AS a, 2 AS b;',
    'SELECT 1 AS a, 2 AS b INTO app.x;',
    { name: 'VALUES names its columns column1, column2', code: 'CREATE VIEW app.v AS VALUES (1, 2);' },
    { name: 'PL/pgSQL SELECT ... INTO fills variables, not a table', code: 'DO $$ DECLARE a int; b int; BEGIN SELECT 1, 1 INTO a, b; END $$;' },
    { name: 'an expression whose name needs the catalog is not guessed', code: 'CREATE VIEW app.v AS SELECT CURRENT_DATE, CURRENT_DATE;' },
  ],
  invalid: [
    {
      code: 'UPDATE app.users SET status = 1, status = 2 WHERE id = 1;',
      errors: [{ messageId: 'update', line: 1, column: 34, endColumn: 40 }],
    },
    {
      code: '-- é\nINSERT INTO app.users (email, name, email) VALUES (1, 2, 3);',
      facts: { direction: 'down' },
      errors: [{ messageId: 'insert', line: 2, column: 37, endColumn: 42 }],
    },
    {
      code: 'WITH moved AS (UPDATE app.a SET x = 1, x = 2 WHERE id = 1 RETURNING id) SELECT * FROM moved;',
      errors: [{ messageId: 'update', line: 1, column: 40 }],
    },
    {
      code: 'INSERT INTO app.t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET b = 1, b = 2;',
      errors: [{ messageId: 'update', line: 1, column: 71, endColumn: 72 }],
    },
    {
      code: 'MERGE INTO app.t USING app.s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = 1, a = 2 WHEN NOT MATCHED THEN INSERT (b, b) VALUES (1, 2);',
      errors: [{ messageId: 'update', line: 1, column: 81 }, { messageId: 'insert', line: 1, column: 120 }],
    },
    {
      name: 'the whole column and a field of it',
      code: 'UPDATE app.t SET a = row(1, 2), a.x = 1 WHERE id = 1;',
      errors: [{ messageId: 'update', line: 1, column: 33 }],
    },
    {
      code: 'UPDATE app.t SET a.x = 1, a = row(1, 2) WHERE id = 1;',
      errors: [{ messageId: 'update', line: 1, column: 27 }],
    },
    {
      code: 'CREATE TABLE app.t (\n  a int,\n  a text\n);',
      errors: [{ messageId: 'define', line: 3, column: 3, endColumn: 4 }],
    },
    {
      code: 'CREATE FOREIGN TABLE app.f (a int, a int) SERVER remote;',
      errors: [{ messageId: 'define', line: 1, column: 36 }],
    },
    {
      code: 'CREATE VIEW app.v (a, a) AS SELECT 1, 2;',
      errors: [{ messageId: 'define', line: 1, column: 23, endColumn: 24 }],
    },
    {
      code: 'CREATE VIEW app.v AS SELECT 1 a, 2 a;',
      errors: [{ messageId: 'define', line: 1, column: 34 }],
    },
    {
      name: 'two constants are both ?column?',
      code: 'CREATE VIEW app.v AS SELECT 1, 2;',
      errors: [{ messageId: 'define', line: 1, column: 32 }],
    },
    {
      name: 'a column reference is named after its column',
      code: 'CREATE VIEW app.v AS SELECT t.id, u.id FROM app.t JOIN app.u ON true;',
      errors: [{ messageId: 'define', line: 1, column: 35 }],
    },
    {
      code: 'SELECT 1 a, 2 a INTO app.x;',
      errors: [{ messageId: 'define', line: 1, column: 13 }],
    },
    {
      code: 'CREATE TABLE app.x AS SELECT 1 a, 2 a;',
      errors: [{ messageId: 'define', line: 1, column: 35 }],
    },
  ],
});
