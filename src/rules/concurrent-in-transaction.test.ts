import rule from './concurrent-in-transaction.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);',
    'BEGIN;\nALTER TABLE app.users ADD COLUMN note text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY users_note_idx ON app.users (note);',
    'CREATE INDEX users_email_idx ON app.users (email);',
    "ALTER TYPE app.status ADD VALUE 'archived';",
  ],
  invalid: [
    {
      code: 'BEGIN;\nCREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);\nCOMMIT;',
      errors: [{ messageId: 'inBlock', line: 2, column: 14, endColumn: 26 }],
    },
    {
      code: 'START TRANSACTION;\n-- ß\nDROP INDEX CONCURRENTLY app.users_email_idx;\nEND;',
      errors: [{ messageId: 'inBlock', line: 3, column: 12 }],
    },
    {
      code: 'BEGIN;\nVACUUM app.users;\nCOMMIT;',
      errors: [{ messageId: 'inBlock', line: 2, column: 1, endColumn: 17 }],
    },
    {
      code: 'DO $$\nBEGIN\n  CREATE INDEX CONCURRENTLY users_email_idx ON app.users (email);\nEND $$;',
      errors: [{ messageId: 'inDoBlock', line: 3, column: 16, endColumn: 28 }],
    },
  ],
});
