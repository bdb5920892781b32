import rule from './foreign-key-not-valid.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'ALTER TABLE user_service.orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES user_service.users (id) NOT VALID;',
    'ALTER TABLE user_service.orders VALIDATE CONSTRAINT orders_user_fk;',
    'ALTER TABLE user_service.orders ADD CONSTRAINT positive CHECK (total > 0) NOT VALID;',
    'ALTER TABLE user_service.orders ADD CONSTRAINT orders_pk PRIMARY KEY (id);',
    { name: 'table created in this migration', code: 'CREATE TABLE user_service.o (u int);\nALTER TABLE user_service.o ADD FOREIGN KEY (u) REFERENCES user_service.users (id);' },
    'CREATE TABLE user_service.o (u int REFERENCES user_service.users (id), CHECK (u > 0));',
    { name: 'down migrations are not checked', code: 'ALTER TABLE user_service.o ADD CHECK (u > 0);', facts: { direction: 'down' } },
  ],
  invalid: [
    {
      code: 'ALTER TABLE user_service.orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES user_service.users (id);',
      errors: [{ messageId: 'foreignKey', line: 1, column: 37, endLine: 1, endColumn: 74 }],
    },
    {
      code: 'ALTER TABLE user_service.orders ADD FOREIGN KEY (user_id) REFERENCES user_service.users (id);',
      errors: [{ messageId: 'foreignKey', line: 1, column: 37, endColumn: 48 }],
    },
    {
      code: "-- ça\nALTER TABLE user_service.orders\n  ADD CONSTRAINT positive CHECK (total > 0);",
      errors: [{ messageId: 'check', line: 3, column: 7, endColumn: 32 }],
    },
    {
      name: 'in a DO block',
      code: 'DO $$ BEGIN\n  ALTER TABLE user_service.o ADD CHECK (u > 0);\nEND $$;',
      errors: [{ messageId: 'check', line: 2, column: 34 }],
    },
  ],
});
