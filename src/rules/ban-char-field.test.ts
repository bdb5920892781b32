import rule from './ban-char-field.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (code text, flag "char");',
    'CREATE TABLE app.t (code varchar(2));',
    { name: 'a quoted upper-case name is another type', code: 'CREATE TABLE app.t (code "BPCHAR"(2));' },
    { code: 'CREATE TABLE app.t (code char(2));', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'CREATE TABLE app.t (country char(2) NOT NULL);',
      errors: [{ messageId: 'char', line: 1, column: 29, endColumn: 36 }],
    },
    {
      code: 'ALTER TABLE app.t ADD COLUMN code character(3);',
      errors: [{ messageId: 'char', line: 1, column: 35, endColumn: 47 }],
    },
    {
      code: 'ALTER TABLE app.t ALTER COLUMN code TYPE CHAR(5);',
      errors: [{ messageId: 'char', line: 1, column: 42 }],
    },
    {
      code: 'CREATE TABLE app.t (code bpchar(50));',
      errors: [{ messageId: 'char', line: 1, column: 26, endColumn: 36 }],
    },
    {
      code: 'CREATE TABLE app.t (code "bpchar"(50));',
      errors: [{ messageId: 'char', line: 1, column: 26, endColumn: 38 }],
    },
    {
      code: 'ALTER TABLE app.t ADD COLUMN code pg_catalog.bpchar(3);',
      errors: [{ messageId: 'char', line: 1, column: 35 }],
    },
  ],
});
