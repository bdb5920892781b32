import rule from './prefer-text-field.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (name text, code varchar);',
    'CREATE TABLE app.t (name text CHECK (char_length(name) <= 100));',
    { code: 'CREATE TABLE app.t (name varchar(100));', facts: { direction: 'down' } },
    'ALTER TABLE app.t ALTER COLUMN name TYPE text;',
  ],
  invalid: [
    {
      code: 'CREATE TABLE app.t (name varchar(100) NOT NULL);',
      errors: [{ messageId: 'varchar', line: 1, column: 26, endColumn: 38 }],
    },
    {
      code: 'ALTER TABLE app.t ADD COLUMN email character varying(255);',
      errors: [{ messageId: 'varchar', line: 1, column: 36, endColumn: 58 }],
    },
    {
      code: '-- 日本\nCREATE TABLE app.t (a text, b VARCHAR (20)[]);',
      errors: [{ messageId: 'varchar', line: 2, column: 31 }],
    },
    {
      code: 'ALTER TABLE app.t ALTER COLUMN c TYPE varchar(256);',
      errors: [{ messageId: 'varchar', line: 1, column: 39, endColumn: 51 }],
    },
  ],
});
