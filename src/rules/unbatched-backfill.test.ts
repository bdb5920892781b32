import rule from './unbatched-backfill.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    "UPDATE app.users SET status = 'active' WHERE id = 42;",
    'UPDATE app.users SET email_lower = lower(email) WHERE id BETWEEN 1 AND 10000 AND email_lower IS NULL;',
    'UPDATE app.users SET email_lower = lower(email) WHERE id IN (SELECT id FROM app.users WHERE email_lower IS NULL LIMIT 1000);',
    'CREATE TABLE app.t (a int, b int);\nUPDATE app.t SET b = 0 WHERE b IS NULL;',
    'UPDATE app.users SET a = 1;',
    'DO $$ BEGIN UPDATE app.users SET a = 1 WHERE a IS NULL; END $$;',
    { code: 'UPDATE app.users SET a = 1 WHERE a IS NULL;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'UPDATE app.users SET email_lower = lower(email) WHERE email_lower IS NULL;',
      errors: [{ messageId: 'backfill', line: 1, column: 1, endColumn: 17 }],
    },
    {
      code: '-- é\nDELETE FROM app.sessions WHERE expired AND NOT pinned;',
      errors: [{ messageId: 'backfill', line: 2, column: 1, endColumn: 25 }],
    },
  ],
});
