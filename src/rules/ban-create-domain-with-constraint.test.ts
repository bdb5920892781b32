import rule from './ban-create-domain-with-constraint.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE DOMAIN app.email AS text;',
    'CREATE DOMAIN app.email AS text NOT NULL;',
    { code: 'CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);',
      errors: [{ messageId: 'check', line: 1, column: 35, endColumn: 40 }],
    },
    {
      code: 'CREATE DOMAIN app.code AS text\n  CONSTRAINT code_len CHECK (length(VALUE) = 3);',
      errors: [{ messageId: 'check', line: 2, column: 3, endColumn: 28 }],
    },
  ],
});
