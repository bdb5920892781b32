import rule from './delete-without-where.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'DELETE FROM user_service.sessions WHERE expires_at < now();',
    'DELETE FROM user_service.sessions s USING user_service.users u WHERE s.user_id = u.id AND u.deleted;',
    { name: 'a function body runs later, not during the migration', code: 'CREATE FUNCTION user_service.purge() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DELETE FROM user_service.sessions; END $$;' },
    'DO $$ BEGIN DELETE FROM user_service.sessions WHERE id = 1; END $$;',
    { name: 'an ignore comment silences it', code: '-- svc-migrate-ignore delete-without-where\nDELETE FROM user_service.cache;' },
  ],
  invalid: [
    { code: 'DELETE FROM user_service.sessions;', errors: [{ messageId: 'deleteAll', line: 1, column: 1, endLine: 1, endColumn: 34 }] },
    { code: 'SELECT 1;\n\n  delete from sessions;', errors: [{ messageId: 'deleteAll', line: 3, column: 3 }] },
    {
      name: 'inside a data-modifying CTE',
      code: 'WITH gone AS (DELETE FROM user_service.sessions RETURNING id) SELECT count(*) FROM gone;',
      errors: [{ messageId: 'deleteAll', line: 1, column: 27 }],
    },
    {
      name: 'inside a DO block, at its real line',
      code: 'CREATE TABLE user_service.t (id int);\nDO $$\nBEGIN\n  IF true THEN\n    DELETE FROM user_service.t;\n  END IF;\nEND $$;',
      errors: [{ messageId: 'deleteAll', line: 5, column: 5, endLine: 5, endColumn: 31 }],
    },
    {
      name: 'multi-byte characters before it on the same and earlier lines',
      code: "-- café ☕ 🎉\nINSERT INTO user_service.t (n) VALUES ('é'); DELETE FROM user_service.t;",
      errors: [{ messageId: 'deleteAll', line: 2, column: 46 }],
    },
    {
      name: 'multi-byte characters inside a DO body before the statement',
      code: "DO $body$\nBEGIN\n  RAISE NOTICE 'üñï 🎉'; DELETE FROM user_service.t;\nEND $body$;",
      errors: [{ messageId: 'deleteAll', line: 3, column: 25 }],
    },
    {
      name: 'an ignore names another rule: still reported',
      code: '-- svc-migrate-ignore update-without-where\nDELETE FROM user_service.cache;',
      errors: [{ messageId: 'deleteAll', line: 2, column: 1 }],
    },
    {
      name: 'an ignore covers the next statement only',
      code: '-- svc-migrate-ignore delete-without-where\nDELETE FROM user_service.a;\nDELETE FROM user_service.b;',
      errors: [{ messageId: 'deleteAll', line: 3, column: 1 }],
    },
  ],
});
