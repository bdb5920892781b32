import rule from './set-not-null-on-existing.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (a int);\nALTER TABLE app.t ALTER COLUMN a SET NOT NULL;',
    'ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL);\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
    'ALTER TABLE app.users ALTER COLUMN email DROP NOT NULL;',
    { code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      name: 'a column added earlier in the file still has every existing row scanned',
      code: 'ALTER TABLE app.users ADD COLUMN flag boolean DEFAULT false;\nALTER TABLE app.users ALTER COLUMN flag SET NOT NULL;',
      errors: [{ messageId: 'scan', line: 2, column: 41, endColumn: 53 }],
    },
    {
      code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
      errors: [{ messageId: 'scan', line: 1, column: 42, endColumn: 54 }],
    },
    {
      code: '-- ü\nALTER TABLE app.users ALTER email SET NOT NULL, ALTER name SET NOT NULL;',
      errors: [
        { messageId: 'scan', line: 2, column: 35 },
        { messageId: 'scan', line: 2, column: 60 },
      ],
    },
    {
      code: 'ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL);\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
      facts: { pgVersion: 11 },
      errors: [{ messageId: 'scanBefore12', line: 2, column: 42 }],
    },
  ],
});
