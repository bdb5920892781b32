import rule from './adding-unique-constraint.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;',
    'CREATE TABLE app.t (email text UNIQUE);',
    'CREATE TABLE app.t (email text);\nALTER TABLE app.t ADD CONSTRAINT t_email_key UNIQUE (email);',
    'ALTER TABLE app.users ADD CONSTRAINT users_age_check CHECK (age > 0) NOT VALID;',
    { code: 'ALTER TABLE app.users ADD CONSTRAINT users_email_key UNIQUE (email);', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users ADD CONSTRAINT users_email_key UNIQUE (email);',
      errors: [{ messageId: 'unique', line: 1, column: 27, endColumn: 60 }],
    },
    {
      code: 'ALTER TABLE app.users ADD UNIQUE (email);',
      errors: [{ messageId: 'unique', line: 1, column: 27, endColumn: 33 }],
    },
    {
      code: '-- é\nALTER TABLE app.users ADD COLUMN handle text UNIQUE;',
      errors: [{ messageId: 'unique', line: 2, column: 46, endColumn: 52 }],
    },
    {
      code: 'ALTER TABLE app.rooms ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);',
      errors: [{ messageId: 'exclusion', line: 1, column: 27, endColumn: 56 }],
    },
  ],
});
