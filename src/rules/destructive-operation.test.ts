import rule from './destructive-operation.js';
import { runRuleTests } from './test-utils.js';

const forbidden = { destructiveAllowed: false, environments: ['production'] };

runRuleTests(rule, {
  valid: [
    'DROP INDEX user_service.users_email_idx;',
    'DROP FUNCTION user_service.f();',
    'DROP VIEW user_service.v;',
    'DELETE FROM user_service.sessions WHERE id = 1;',
    'ALTER TABLE user_service.users DROP CONSTRAINT users_email_key;',
    { name: 'down migrations undo: not checked', code: 'DROP TABLE user_service.users;', facts: { direction: 'down', ...forbidden } },
    { name: 'function bodies do not run now', code: 'CREATE FUNCTION user_service.f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN TRUNCATE user_service.t; END $$;' },
  ],
  invalid: [
    { code: 'DROP TABLE user_service.users;', errors: [{ messageId: 'destructive', line: 1, column: 12, endColumn: 30, severity: 'warning' }] },
    { code: 'DROP TABLE user_service.users;', facts: forbidden, errors: [{ messageId: 'forbidden', line: 1, column: 12, severity: 'error' }] },
    {
      name: 'one finding per dropped table',
      code: 'DROP TABLE IF EXISTS user_service.a, b;',
      errors: [{ messageId: 'destructive', line: 1, column: 22 }, { messageId: 'destructive', line: 1, column: 38 }],
    },
    { code: 'DROP SCHEMA legacy;', facts: forbidden, errors: [{ messageId: 'forbidden', line: 1, column: 13, severity: 'error' }] },
    {
      name: 'DROP COLUMN points at DROP ... name',
      code: 'ALTER TABLE user_service.users\n  ADD COLUMN a int,\n  DROP COLUMN IF EXISTS legacy_flag,\n  DROP old_name;',
      errors: [{ messageId: 'destructive', line: 3, column: 3, endLine: 3, endColumn: 36 }, { messageId: 'destructive', line: 4, column: 3 }],
    },
    { code: 'TRUNCATE user_service.sessions;', errors: [{ messageId: 'destructive', line: 1, column: 10 }] },
    { code: 'DROP DATABASE legacy;', errors: [{ messageId: 'destructive', line: 1, column: 15 }] },
    {
      name: 'inside a DO block, after multi-byte characters',
      code: "DO $$\nBEGIN\n  RAISE NOTICE 'naïve — 😀'; DROP TABLE user_service.t;\nEND $$;",
      facts: forbidden,
      errors: [{ messageId: 'forbidden', line: 3, column: 40, severity: 'error' }],
    },
  ],
});
