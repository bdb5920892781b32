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
    'ALTER TABLE app.users ADD COLUMN created_at timestamptz DEFAULT current_timestamp;',
    "ALTER TABLE app.users ADD COLUMN day date DEFAULT (pg_catalog.now() AT TIME ZONE 'utc')::date;",
    "ALTER TABLE app.users ADD COLUMN meta jsonb DEFAULT jsonb_build_object('v', 1);",
    { name: 'a function the file creates STABLE', code: "CREATE FUNCTION app.tenant() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant') $$;\nALTER TABLE app.users ADD COLUMN tenant text DEFAULT app.tenant();" },
    { name: 'DEFAULT NULL::text before PostgreSQL 11', code: 'ALTER TABLE app.users ADD COLUMN note text DEFAULT NULL::text;', facts: { pgVersion: 10 } },
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
      name: 'a user-defined function is VOLATILE unless declared otherwise',
      code: 'ALTER TABLE app.t ADD COLUMN e text DEFAULT app.my_func();',
      errors: [{ messageId: 'possiblyVolatile', line: 1, column: 45, endColumn: 58 }],
    },
    {
      name: 'a builtin name under another schema is not the builtin',
      code: 'ALTER TABLE app.t ADD COLUMN e timestamptz DEFAULT coalesce(app.now(), now());',
      errors: [{ messageId: 'possiblyVolatile', line: 1, column: 61, endColumn: 70 }],
    },
    {
      name: 'a known volatile call wins over an unknown one',
      code: 'ALTER TABLE app.t ADD COLUMN e text DEFAULT app.f(random());',
      errors: [{ messageId: 'volatile', line: 1, column: 51 }],
    },
    {
      name: 'a function the file creates without a volatility is VOLATILE',
      code: "CREATE FUNCTION app.code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;\nALTER TABLE app.t ADD COLUMN c text DEFAULT code();",
      errors: [{ messageId: 'volatile', line: 2, column: 45, endColumn: 51 }],
    },
    {
      name: 'before PostgreSQL 11 every default rewrites: no need to guess',
      code: 'ALTER TABLE app.t ADD COLUMN e text DEFAULT app.my_func();',
      facts: { pgVersion: 10 },
      errors: [{ messageId: 'anyDefault', line: 1, column: 37 }],
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
