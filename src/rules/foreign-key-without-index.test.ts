import rule from './foreign-key-without-index.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE app.orders (id bigint PRIMARY KEY, user_id bigint REFERENCES app.users (id));\nCREATE INDEX orders_user_id_idx ON app.orders (user_id);',
    'CREATE INDEX CONCURRENTLY o_idx ON app.orders (user_id, created_at);\nCREATE TABLE app.orders (user_id bigint REFERENCES app.users (id), created_at timestamptz);',
    'CREATE TABLE app.members (group_id bigint REFERENCES app.groups (id), user_id bigint REFERENCES app.users (id), PRIMARY KEY (user_id, group_id));\nCREATE INDEX members_group_idx ON app.members (group_id);',
    'CREATE TABLE app.profiles (user_id bigint PRIMARY KEY REFERENCES app.users (id));',
    'CREATE TABLE app.t (a int, b int, FOREIGN KEY (a, b) REFERENCES app.u (x, y), UNIQUE (b, a, id));',
    'CREATE TABLE app.t (a int REFERENCES app.u (id));\nALTER TABLE app.t ADD CONSTRAINT t_a_key UNIQUE (a);',
    { code: 'CREATE TABLE app.orders (user_id bigint REFERENCES app.users (id));', facts: { direction: 'down' } },
    // A NULL key is never looked up, so an index that leaves NULL keys out still serves the check.
    'CREATE TABLE app.links (repo_id bigint REFERENCES app.repos (id));\nCREATE INDEX links_repo ON app.links (repo_id) WHERE repo_id IS NOT NULL;',
    'CREATE TABLE app.rules (space_id bigint REFERENCES app.spaces (id), uid text);\nCREATE UNIQUE INDEX rules_uid ON app.rules (space_id, lower(uid)) WHERE space_id IS NOT NULL AND space_id IS NOT NULL;',
  ],
  invalid: [
    {
      code: 'CREATE TABLE app.orders (id bigint PRIMARY KEY, user_id bigint REFERENCES app.users (id));',
      errors: [{ messageId: 'noIndex', line: 1, column: 64, endColumn: 74 }],
    },
    {
      code: "-- é\nCREATE TABLE app.orders (\n  a int,\n  CONSTRAINT orders_a_fk FOREIGN KEY (a) REFERENCES app.u (id)\n);\nCREATE INDEX orders_lower_idx ON app.orders (lower(a::text));\nCREATE INDEX orders_a_part ON app.orders (a) WHERE a > 0;",
      errors: [{ messageId: 'noIndex', line: 4, column: 3, endColumn: 37 }],
    },
    {
      name: 'a partial index that leaves out rows with a non-NULL key does not serve the lookup',
      code: 'CREATE TABLE app.hooks (space_id bigint REFERENCES app.spaces (id), repo_id bigint);\nCREATE INDEX hooks_space ON app.hooks (space_id) WHERE repo_id IS NOT NULL;',
      errors: [{ messageId: 'noIndex', line: 1, column: 41 }],
    },
    {
      name: 'an index whose leading column is another column does not serve the lookup',
      code: 'CREATE TABLE app.m (g bigint REFERENCES app.groups (id), u bigint, PRIMARY KEY (u, g));',
      errors: [{ messageId: 'noIndex', line: 1, column: 30 }],
    },
  ],
});
