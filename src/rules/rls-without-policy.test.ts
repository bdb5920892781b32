import rule from './rls-without-policy.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.docs ENABLE ROW LEVEL SECURITY;\nCREATE POLICY docs_owner ON app.docs USING (owner = current_user);',
    'CREATE POLICY docs_owner ON app.docs USING (true);\nALTER TABLE app.docs FORCE ROW LEVEL SECURITY;',
    'ALTER TABLE app.docs DISABLE ROW LEVEL SECURITY;',
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.docs ENABLE ROW LEVEL SECURITY;',
      errors: [{ messageId: 'noPolicy', line: 1, column: 22, endColumn: 47 }],
    },
    {
      code: '-- ✓\nALTER TABLE app.docs ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON app.other USING (true);',
      errors: [{ messageId: 'noPolicy', line: 2, column: 22 }],
    },
  ],
});
