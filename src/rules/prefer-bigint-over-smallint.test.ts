import rule from './prefer-bigint-over-smallint.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (id bigint PRIMARY KEY, priority smallint);',
    'ALTER TABLE app.t ADD COLUMN level int2 NOT NULL DEFAULT 0;',
    { code: 'CREATE TABLE app.t (id smallserial PRIMARY KEY);', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'CREATE TABLE app.t (id smallserial PRIMARY KEY);',
      errors: [{ messageId: 'smallint', line: 1, column: 24, endColumn: 35 }],
    },
    {
      code: 'CREATE TABLE app.kinds (code smallint, label text, PRIMARY KEY (code));',
      errors: [{ messageId: 'smallint', line: 1, column: 30, endColumn: 38 }],
    },
    {
      code: 'ALTER TABLE app.t ADD COLUMN id int2 GENERATED ALWAYS AS IDENTITY;',
      errors: [{ messageId: 'smallint', line: 1, column: 33 }],
    },
  ],
});
