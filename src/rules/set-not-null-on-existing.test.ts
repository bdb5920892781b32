import rule from './set-not-null-on-existing.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (a int);\nALTER TABLE app.t ALTER COLUMN a SET NOT NULL;',
    'ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL);\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
    'ALTER TABLE app.users ALTER COLUMN email DROP NOT NULL;',
    { code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;', facts: { direction: 'down' } },
    {
      name: 'NOT VALID, then VALIDATE in the same file',
      code: 'ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE app.users VALIDATE CONSTRAINT email_nn;\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
    },
    { name: 'an AND of IS NOT NULL tests proves each', code: 'ALTER TABLE app.users ADD CHECK (email IS NOT NULL AND name IS NOT NULL);\nALTER TABLE app.users ALTER COLUMN name SET NOT NULL;' },
    {
      name: 'the two-migration pattern: CHECK NOT VALID in one migration, VALIDATE and SET NOT NULL in the next',
      prior: ['ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;'],
      code: 'ALTER TABLE app.users VALIDATE CONSTRAINT email_nn;\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;\nALTER TABLE app.users DROP CONSTRAINT email_nn;',
    },
    {
      name: 'three migrations: NOT VALID, VALIDATE, SET NOT NULL',
      prior: ['ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;', 'ALTER TABLE app.users VALIDATE CONSTRAINT email_nn;'],
      code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
    },
    {
      name: 'an unnamed CHECK is validated by the name PostgreSQL gives it',
      prior: ['ALTER TABLE users ADD CHECK (email IS NOT NULL) NOT VALID;'],
      code: 'ALTER TABLE users VALIDATE CONSTRAINT users_email_check;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    },
    { name: 'a column created NOT NULL by an earlier migration', prior: ['CREATE TABLE app.users (email text NOT NULL);'], code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;' },
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
    {
      name: 'a NOT VALID CHECK is not proof: PostgreSQL scans',
      code: 'ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
      errors: [{ messageId: 'scan', line: 2, column: 42 }],
    },
    {
      name: 'an OR proves nothing',
      code: 'ALTER TABLE app.users ADD CONSTRAINT c CHECK (email IS NOT NULL OR d > 0);\nALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
      errors: [{ messageId: 'scan', line: 2, column: 42 }],
    },
    {
      name: 'NOT VALID in an earlier migration, never validated',
      prior: ['ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;'],
      code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
      errors: [{ messageId: 'scan', line: 1, column: 42 }],
    },
    {
      name: 'validated earlier, then dropped',
      prior: ['ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL);', 'ALTER TABLE app.users DROP CONSTRAINT email_nn;'],
      code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
      errors: [{ messageId: 'scan', line: 1, column: 42 }],
    },
    {
      name: 'a proof on another table',
      prior: ['ALTER TABLE app.orders ADD CONSTRAINT email_nn CHECK (email IS NOT NULL);'],
      code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
      errors: [{ messageId: 'scan', line: 1, column: 42 }],
    },
    {
      name: 'the table was dropped and created again (NULL allowed) since the proof',
      prior: ['ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL);', 'DROP TABLE app.users;\nCREATE TABLE app.users (email text);'],
      code: 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;',
      errors: [{ messageId: 'scan', line: 1, column: 42 }],
    },
  ],
});
