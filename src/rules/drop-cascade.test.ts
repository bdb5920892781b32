import rule from './drop-cascade.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'DROP TABLE user_service.sessions;',
    'DROP TABLE user_service.sessions RESTRICT;',
    'ALTER TABLE user_service.a ADD CONSTRAINT fk FOREIGN KEY (b) REFERENCES user_service.b (id) ON DELETE CASCADE;',
    'CREATE TABLE user_service.a (b int REFERENCES user_service.b (id) ON DELETE CASCADE ON UPDATE CASCADE);',
    "COMMENT ON TABLE user_service.a IS 'no CASCADE here';",
  ],
  invalid: [
    { code: 'DROP TABLE user_service.sessions CASCADE;', errors: [{ messageId: 'cascade', line: 1, column: 34, endLine: 1, endColumn: 41 }] },
    { code: 'TRUNCATE user_service.a, user_service.b cascade;', errors: [{ messageId: 'cascade', line: 1, column: 41 }] },
    { code: 'DROP SCHEMA legacy CASCADE;', errors: [{ messageId: 'cascade', line: 1, column: 20 }] },
    {
      name: 'ALTER TABLE DROP COLUMN, with an ON DELETE CASCADE in the same statement',
      code: 'ALTER TABLE user_service.a\n  ADD CONSTRAINT fk FOREIGN KEY (b) REFERENCES user_service.b (id) ON DELETE CASCADE,\n  DROP COLUMN c CASCADE;',
      errors: [{ messageId: 'cascade', line: 3, column: 17 }],
    },
    { code: 'ALTER TABLE user_service.a DROP CONSTRAINT a_pk CASCADE;', errors: [{ messageId: 'cascade', line: 1, column: 49 }] },
    { name: 'down migrations too', code: "-- ½ ✓\nDROP TABLE user_service.t CASCADE;", facts: { direction: 'down' }, errors: [{ messageId: 'cascade', line: 2, column: 27 }] },
    { name: 'inside a DO block', code: 'DO $$ BEGIN\n  DROP TABLE user_service.t CASCADE;\nEND $$;', errors: [{ messageId: 'cascade', line: 2, column: 29 }] },
  ],
});
