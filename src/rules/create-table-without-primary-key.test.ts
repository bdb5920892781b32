import rule from './create-table-without-primary-key.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (id bigint PRIMARY KEY);',
    'CREATE TABLE app.t (a int, b int, PRIMARY KEY (a, b));',
    'CREATE TABLE app.t (a int);\nALTER TABLE app.t ADD PRIMARY KEY (a);',
    'CREATE TEMP TABLE tmp (a int);',
    'CREATE TABLE app.e_2024 PARTITION OF app.e FOR VALUES FROM (1) TO (2);',
    'CREATE TABLE app.copy (LIKE app.t INCLUDING ALL);',
    { code: 'CREATE TABLE app.t (a int);', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'CREATE TABLE app.audit_log (at timestamptz, event text);',
      errors: [{ messageId: 'noPrimaryKey', line: 1, column: 14, endColumn: 27 }],
    },
    {
      code: '-- é\nCREATE TABLE IF NOT EXISTS "app"."Log" (a int UNIQUE);',
      errors: [{ messageId: 'noPrimaryKey', line: 2, column: 28, endColumn: 39 }],
    },
  ],
});
