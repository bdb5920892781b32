import rule from './grant-to-public.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'GRANT SELECT ON app.users TO app_reader;',
    'GRANT USAGE ON SCHEMA app TO PUBLIC;',
    'GRANT EXECUTE ON FUNCTION app.f() TO PUBLIC;',
    'REVOKE ALL ON app.users FROM PUBLIC;',
    { code: 'GRANT SELECT ON app.users TO PUBLIC;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'GRANT SELECT ON app.users TO PUBLIC;',
      errors: [{ messageId: 'read', line: 1, column: 30, endColumn: 36, severity: 'info' }],
    },
    {
      code: '-- é\nGRANT ALL ON ALL TABLES IN SCHEMA app TO app_admin, public;',
      errors: [{ messageId: 'write', line: 2, column: 53, endColumn: 59, severity: 'warning' }],
    },
    {
      code: 'GRANT SELECT, INSERT ON app.events TO PUBLIC;',
      errors: [{ messageId: 'write', line: 1, column: 39, severity: 'warning' }],
    },
  ],
});
