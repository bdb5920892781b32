import rule from './prefer-timestamptz.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.t (created_at timestamptz NOT NULL DEFAULT now());',
    'CREATE TABLE app.t (created_at timestamp with time zone, d date, t time);',
    'ALTER TABLE app.t ALTER COLUMN created_at TYPE timestamptz;',
    { code: 'CREATE TABLE app.t (created_at timestamp);', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'CREATE TABLE app.t (created_at timestamp NOT NULL);',
      errors: [{ messageId: 'timestamp', line: 1, column: 32, endColumn: 41 }],
    },
    {
      code: 'CREATE TABLE app.t (at timestamp(3) without time zone);',
      errors: [{ messageId: 'timestamp', line: 1, column: 24, endColumn: 54 }],
    },
    {
      code: 'ALTER TABLE app.t ADD COLUMN seen timestamp;',
      errors: [{ messageId: 'timestamp', line: 1, column: 35 }],
    },
    {
      code: 'ALTER TABLE app.t ALTER COLUMN seen TYPE timestamp USING seen::timestamp;',
      errors: [{ messageId: 'timestamp', line: 1, column: 42, endColumn: 51 }],
    },
  ],
});
