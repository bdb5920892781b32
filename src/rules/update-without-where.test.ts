import rule from './update-without-where.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    "UPDATE user_service.users SET status = 'active' WHERE status IS NULL;",
    'UPDATE user_service.users u SET org = o.id FROM user_service.orgs o WHERE o.owner = u.id;',
    { name: 'a function body runs later', code: 'CREATE PROCEDURE user_service.reset() LANGUAGE plpgsql AS $$ BEGIN UPDATE user_service.counters SET n = 0; END $$;' },
    '-- svc-migrate-ignore update-without-where -- every row needs the new flag\nUPDATE user_service.users SET flag = true;',
  ],
  invalid: [
    { code: 'UPDATE user_service.users SET flag = true;', errors: [{ messageId: 'updateAll', line: 1, column: 1, endLine: 1, endColumn: 26 }] },
    { code: 'update users set flag = true', errors: [{ messageId: 'updateAll', line: 1, column: 1 }] },
    {
      name: 'in a data-modifying CTE: points at the table',
      code: 'WITH x AS (UPDATE user_service.users SET n = 1 RETURNING id) SELECT * FROM x;',
      errors: [{ messageId: 'updateAll', line: 1, column: 19 }],
    },
    {
      name: 'in a DO block after multi-byte text',
      code: "-- Ünïcödé 🚀\nDO $$\nDECLARE r record;\nBEGIN\n  RAISE NOTICE 'ß';\n  UPDATE user_service.users SET n = 1;\nEND $$;",
      errors: [{ messageId: 'updateAll', line: 6, column: 3, endLine: 6, endColumn: 28 }],
    },
    {
      name: 'one per UPDATE',
      code: 'UPDATE a.t SET x = 1;\nUPDATE a.u SET x = 1 WHERE id = 2;\nUPDATE a.v SET x = 1;',
      errors: [{ messageId: 'updateAll', line: 1, column: 1 }, { messageId: 'updateAll', line: 3, column: 1 }],
    },
  ],
});
