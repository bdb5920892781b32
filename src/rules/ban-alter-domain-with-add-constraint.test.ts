import rule from './ban-alter-domain-with-add-constraint.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER DOMAIN app.positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID;',
    'ALTER DOMAIN app.positive VALIDATE CONSTRAINT positive_check;',
    'ALTER DOMAIN app.positive DROP CONSTRAINT positive_check;',
    { code: 'ALTER DOMAIN app.positive ADD CHECK (VALUE > 0);', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER DOMAIN app.positive ADD CONSTRAINT positive_check CHECK (VALUE > 0);',
      errors: [{ messageId: 'addConstraint', line: 1, column: 27, endColumn: 62 }],
    },
    {
      code: '-- ü\nALTER DOMAIN app.positive ADD CHECK (VALUE > 0);',
      errors: [{ messageId: 'addConstraint', line: 2, column: 27, endColumn: 36 }],
    },
  ],
});
