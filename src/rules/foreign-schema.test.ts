import rule from './foreign-schema.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE user_service.users (id bigint);',
    { name: 'reading another service is not writing', code: 'INSERT INTO user_service.cache SELECT id FROM order_service.orders;' },
    { name: 'public is shared', code: 'CREATE TABLE public.settings (k text);' },
    { name: 'non-service schemas are not foreign', code: 'CREATE TABLE audit.events (id int);' },
    'CREATE INDEX CONCURRENTLY i ON user_service.users (id);',
    'GRANT SELECT ON order_service.orders TO reporting;',
    'ALTER TABLE user_service.o ADD FOREIGN KEY (oid) REFERENCES order_service.orders (id) NOT VALID;',
  ],
  invalid: [
    { code: 'CREATE TABLE order_service.orders (id bigint);', errors: [{ messageId: 'foreign', line: 1, column: 14, endLine: 1, endColumn: 34 }] },
    { code: 'INSERT INTO order_service.orders (id) VALUES (1);', errors: [{ messageId: 'foreign', line: 1, column: 13 }] },
    { code: 'UPDATE order_service.orders SET a = 1 WHERE id = 1;', errors: [{ messageId: 'foreign', line: 1, column: 8 }] },
    { code: 'ALTER TABLE notification_service.n ADD COLUMN a int;', errors: [{ messageId: 'foreign', line: 1, column: 13 }] },
    { code: 'CREATE INDEX CONCURRENTLY i ON order_service.orders (id);', errors: [{ messageId: 'foreign', line: 1, column: 32 }] },
    { code: 'DROP TABLE order_service.orders;', errors: [{ messageId: 'foreign', line: 1, column: 12 }] },
    { code: 'DROP SCHEMA order_service;', errors: [{ messageId: 'foreign', line: 1, column: 13 }] },
    { code: 'CREATE FUNCTION order_service.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;', errors: [{ messageId: 'foreign', line: 1, column: 17 }] },
    {
      name: 'a write inside a DO block, after multi-byte text',
      code: "DO $$ BEGIN\n  RAISE NOTICE '→ é';\n  DELETE FROM order_service.orders WHERE id = 1;\nEND $$;",
      errors: [{ messageId: 'foreign', line: 3, column: 15 }],
    },
    { name: 'down migrations too', code: 'DROP TABLE order_service.orders;', facts: { direction: 'down' }, errors: [{ messageId: 'foreign', line: 1, column: 12 }] },
  ],
});
