import rule from './disable-trigger.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE app.users DISABLE TRIGGER audit;\nUPDATE app.users SET a = 1 WHERE id = 1;\nALTER TABLE app.users ENABLE TRIGGER audit;',
    'ALTER TABLE app.users DISABLE TRIGGER USER;\nALTER TABLE app.users ENABLE TRIGGER USER;',
    'ALTER TABLE app.users ENABLE TRIGGER audit;',
    { code: 'ALTER TABLE app.users DISABLE TRIGGER ALL;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.users DISABLE TRIGGER ALL;\nALTER TABLE app.users ENABLE TRIGGER ALL;',
      errors: [{ messageId: 'all', line: 1, column: 23, endColumn: 42 }],
    },
    {
      code: '-- é\nALTER TABLE app.users DISABLE TRIGGER audit;',
      errors: [{ messageId: 'notReenabled', line: 2, column: 23, endColumn: 44 }],
    },
  ],
});
