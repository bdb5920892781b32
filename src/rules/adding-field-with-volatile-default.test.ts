import rule from './adding-field-with-volatile-default.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();',
    "ALTER TABLE app.users ADD COLUMN status text DEFAULT 'new';",
    'ALTER TABLE app.users ADD COLUMN note text;',
    'ALTER TABLE app.users ADD COLUMN full_name text GENERATED ALWAYS AS (first || last) VIRTUAL;',
    'CREATE TABLE app.t (id int);\nALTER TABLE app.t ADD COLUMN token uuid DEFAULT gen_random_uuid();',
    'CREATE TABLE app.t (id uuid DEFAULT gen_random_uuid(), n serial);',
    { code: 'ALTER TABLE app.users ADD COLUMN note text DEFAULT NULL;', facts: { pgVersion: 10 } },
    { code: 'ALTER TABLE app.users ADD COLUMN token uuid DEFAULT gen_random_uuid();', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();',
      errors: [{ messageId: 'volatile', line: 1, column: 62, endColumn: 79 }],
    },
    {
      code: "-- é ✓\nALTER TABLE app.users\n  ADD COLUMN r float8 DEFAULT (random() * 10);",
      errors: [{ messageId: 'volatile', line: 3, column: 32, endColumn: 40 }],
    },
    {
      code: 'ALTER TABLE app.users ADD COLUMN seq bigserial;',
      errors: [{ messageId: 'serial', line: 1, column: 38 }],
    },
    {
      code: 'ALTER TABLE app.users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;',
      errors: [{ messageId: 'identity', line: 1, column: 43 }],
    },
    {
      code: "ALTER TABLE app.users ADD COLUMN full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED;",
      errors: [{ messageId: 'generated', line: 1, column: 49 }],
    },
    {
      code: "ALTER TABLE app.users ADD COLUMN status text DEFAULT 'new';",
      facts: { pgVersion: 10 },
      errors: [{ messageId: 'anyDefault', line: 1, column: 46 }],
    },
  ],
});
