import rule from './adding-serial-primary-key-field.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.users ADD COLUMN id bigint;',
    'CREATE TABLE app.t (id bigserial PRIMARY KEY);',
    'CREATE TABLE app.t (a int);\nALTER TABLE app.t ADD COLUMN id bigserial PRIMARY KEY;',
    { code: 'ALTER TABLE app.users ADD COLUMN id serial PRIMARY KEY;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users ADD COLUMN id serial PRIMARY KEY;',
      errors: [{ messageId: 'primaryKey', line: 1, column: 44, endColumn: 55 }],
    },
    {
      code: '/* ü */ ALTER TABLE app.users\n  ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
      errors: [{ messageId: 'primaryKey', line: 2, column: 53 }],
    },
  ],
});
