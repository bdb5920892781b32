import rule from './require-concurrent-index-deletion.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    { name: 'down migrations are not checked (lock advice is noise there)', code: 'DROP INDEX IF EXISTS app.users_email_idx;', facts: { direction: 'down' } },
    'DROP INDEX CONCURRENTLY IF EXISTS app.users_email_idx;',
    'CREATE INDEX tmp_idx ON app.users (email);\nDROP INDEX app.tmp_idx;',
    'DROP TABLE app.old;',
    'DROP INDEX app.jobs_run_deadline;\nDROP TABLE app.jobs;',
    'DROP INDEX app.webhooks_repo_id_uid;\nALTER TABLE app.webhooks DROP COLUMN webhook_uid;',
  ],
  invalid: [
    {
      code: 'DROP INDEX app.users_email_idx;\nDROP TABLE app.jobs;',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 1 }],
    },
    {
      code: 'DROP INDEX app.users_email_idx;',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 1, endColumn: 11 }],
    },
    {
      code: '-- down: ça\nDROP INDEX IF EXISTS app.users_email_idx;',
      errors: [{ messageId: 'notConcurrent', line: 2, column: 1, endColumn: 11 }],
    },
  ],
});
