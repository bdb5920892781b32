import rule from './column-type-change.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE user_service.users ALTER COLUMN email SET NOT NULL;',
    'ALTER TABLE user_service.users ADD COLUMN n bigint;',
    { name: 'table created in the same migration', code: 'CREATE TABLE user_service.t (a int);\nALTER TABLE user_service.t ALTER COLUMN a TYPE bigint;' },
    { name: 'down migrations are not checked', code: 'ALTER TABLE user_service.users ALTER COLUMN id TYPE int;', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE user_service.users ALTER COLUMN id TYPE bigint;',
      errors: [{ messageId: 'typeChange', line: 1, column: 45, endLine: 1, endColumn: 59 }],
    },
    {
      name: 'SET DATA TYPE with USING, second command',
      code: 'ALTER TABLE user_service.users\n  ALTER COLUMN a DROP DEFAULT,\n  ALTER a SET DATA TYPE varchar(20) USING a::varchar;',
      errors: [{ messageId: 'typeChange', line: 3, column: 9, endColumn: 36 }],
    },
    {
      name: 'after an emoji',
      code: "-- 🐘🐘\nALTER TABLE user_service.users ALTER COLUMN id TYPE bigint;",
      errors: [{ messageId: 'typeChange', line: 2, column: 45 }],
    },
  ],
});
