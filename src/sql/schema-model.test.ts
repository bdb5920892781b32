import { ensureParser, parseSql } from './parser.js';
import { checkImpliesNotNull, modelEvents, SchemaModel } from './schema-model.js';
import type { ModelCondition } from './schema-model.js';

beforeAll(async () => {
  await ensureParser();
});

/** The model after each of `migrations` (SQL texts) in order. */
const model = (...migrations: string[]) => SchemaModel.of(...migrations.map((sql) => parseSql(sql).statements.flatMap(modelEvents)));
const proven = (table: string, column: string, schema?: string): ModelCondition => ({ op: 'not-null-proven', table: schema ? { schema, name: table } : { name: table }, column });

describe('checkImpliesNotNull', () => {
  const expr = (check: string) => {
    const stmt = parseSql(`ALTER TABLE t ADD CHECK (${check});`).statements[0]!;
    const cmd = (stmt.node as { AlterTableStmt: { cmds: { AlterTableCmd: { def: { Constraint: { raw_expr: unknown } } } }[] } }).AlterTableStmt.cmds[0]!;
    return checkImpliesNotNull(cmd.AlterTableCmd.def.Constraint.raw_expr);
  };
  it.each([
    ['a IS NOT NULL', ['a']],
    ['a IS NOT NULL AND (b IS NOT NULL AND c > 0)', ['a', 'b']],
    ['a IS NOT NULL OR d > 0', []],
    ['NOT (a IS NULL)', []],
    ['t.a IS NOT NULL', []],
    ['a IS NULL', []],
  ])('%s proves %j', (check, columns) => {
    expect(expr(check)).toEqual(columns);
  });
});

describe('SchemaModel', () => {
  it('follows constraints through validation, renames and drops', () => {
    const added = 'ALTER TABLE app.users ADD CONSTRAINT nn CHECK (email IS NOT NULL) NOT VALID;';
    expect(model(added).holds(proven('users', 'email', 'app'))).toBe(false);
    expect(model(added, 'ALTER TABLE app.users VALIDATE CONSTRAINT nn;').holds(proven('users', 'email', 'app'))).toBe(true);
    // An unqualified name matches any schema: the search_path is not known.
    expect(model(added, 'ALTER TABLE users VALIDATE CONSTRAINT nn;').holds(proven('users', 'email'))).toBe(true);
    expect(model(added, 'ALTER TABLE app.users VALIDATE CONSTRAINT nn;').holds(proven('users', 'email', 'other'))).toBe(false);
    const valid = 'ALTER TABLE app.users ADD CONSTRAINT nn CHECK (email IS NOT NULL);';
    expect(model(valid, 'ALTER TABLE app.users RENAME COLUMN email TO mail;').holds(proven('users', 'mail', 'app'))).toBe(true);
    expect(model(valid, 'ALTER TABLE app.users RENAME TO people;').holds(proven('people', 'email', 'app'))).toBe(true);
    expect(model(valid, 'ALTER TABLE app.users DROP COLUMN email;', 'ALTER TABLE app.users ADD COLUMN email text;').holds(proven('users', 'email', 'app'))).toBe(false);
    // A renamed constraint is forgotten rather than followed: an unknown fact never silences a finding.
    expect(model(valid, 'ALTER TABLE app.users RENAME CONSTRAINT nn TO nn2;').holds(proven('users', 'email', 'app'))).toBe(false);
  });

  it('knows columns declared NOT NULL, and forgets them on DROP NOT NULL or DROP TABLE', () => {
    const created = 'CREATE TABLE app.t (id bigint PRIMARY KEY, a text NOT NULL, b text, CHECK (b IS NOT NULL));';
    const m = model(created);
    expect([m.holds(proven('t', 'id', 'app')), m.holds(proven('t', 'a', 'app')), m.holds(proven('t', 'b', 'app'))]).toEqual([true, true, true]);
    expect(model(created, 'ALTER TABLE app.t ALTER COLUMN a DROP NOT NULL;').holds(proven('t', 'a', 'app'))).toBe(false);
    expect(model(created, 'DROP TABLE app.t;').hasTable({ schema: 'app', name: 't' })).toBe(false);
    // Temporary tables are not the service's schema.
    expect(model('CREATE TEMP TABLE x (a int NOT NULL);').hasTable({ name: 'x' })).toBe(false);
  });
});
