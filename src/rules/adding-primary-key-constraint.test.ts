import rule from './adding-primary-key-constraint.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx;',
    'CREATE TABLE app.t (id bigint);\nALTER TABLE app.t ADD PRIMARY KEY (id);',
    'CREATE TABLE app.t (id bigint PRIMARY KEY);',
    { code: 'ALTER TABLE app.users ADD PRIMARY KEY (id);', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users ADD PRIMARY KEY (id);',
      errors: [{ messageId: 'primaryKey', line: 1, column: 27, endColumn: 38 }],
    },
    {
      code: 'ALTER TABLE app.users\n  ADD CONSTRAINT users_pkey PRIMARY KEY (id, tenant_id);',
      errors: [{ messageId: 'primaryKey', line: 2, column: 7, endColumn: 40 }],
    },
  ],
});
