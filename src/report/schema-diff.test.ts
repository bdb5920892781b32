import type { SchemaChange, SchemaDiffGroup, SchemaObject } from '../core/schema-diff.js';
import { erDiagram, formatSchemaDiffText } from './schema-diff.js';

const users: SchemaObject[] = [
  { kind: 'table', name: 's.users', schema: 's', attributes: {} },
  { kind: 'column', name: 's.users.id', schema: 's', table: 's.users', attributes: { type: 'bigint', 'not null': 'yes' }, position: 1 },
  { kind: 'constraint', name: 's.users.users_pkey', schema: 's', table: 's.users', attributes: { type: 'primary key', columns: 'id' } },
];
const orders: SchemaObject[] = [
  { kind: 'table', name: 's.orders', schema: 's', attributes: {} },
  { kind: 'column', name: 's.orders.id', schema: 's', table: 's.orders', attributes: { type: 'bigint' }, position: 1 },
  { kind: 'column', name: 's.orders.user_id', schema: 's', table: 's.orders', attributes: { type: 'bigint' }, position: 2 },
  { kind: 'constraint', name: 's.orders.orders_user_fk', schema: 's', table: 's.orders', attributes: { type: 'foreign key', columns: 'user_id', references: 's.users' } },
];
const snap = (objects: SchemaObject[]) => ({ objects: Object.fromEntries(objects.map((o) => [`${o.kind} ${o.name}`, o])) });
const added = (o: SchemaObject): SchemaChange => ({ change: 'added', kind: o.kind, name: o.name, schema: o.schema, table: o.table, attributes: o.attributes });

function group(environments: string[]): SchemaDiffGroup {
  return { service: 'svc', environments, changes: orders.map(added), before: snap(users), after: snap([...users, ...orders]) };
}

describe('erDiagram', () => {
  test('the added table, marked, with its keys; the table it references as a neighbour with its keys only', () => {
    expect(erDiagram([group(['development'])])).toBe(
      [
        'erDiagram',
        '  "s.orders (added)" {',
        '    bigint id',
        '    bigint user_id FK',
        '  }',
        '  "s.users" {',
        '    bigint id PK',
        '  }',
        '  "s.users" ||--o{ "s.orders (added)" : "orders_user_fk"',
        '',
      ].join('\n'),
    );
  });

  test("a service's second environment group is not drawn again", () => {
    const text = erDiagram([group(['development']), group(['production'])]);
    expect(text.match(/"s.orders \(added\)" \{/g)).toHaveLength(1);
    expect(text).toContain('%% svc in production differs: --env production draws it');
  });

  test('nothing changed in a table: no diagram', () => {
    expect(erDiagram([{ ...group(['development']), changes: [{ change: 'added', kind: 'enum', name: 's.e', schema: 's', attributes: {} }] }])).toBe('');
  });
});

describe('formatSchemaDiffText', () => {
  test("a table's columns and constraints under it, the totals at the end", () => {
    const text = formatSchemaDiffText({
      mode: 'diff',
      beforeLabel: 'main (abc1234)',
      afterLabel: 'working tree',
      database: 'embedded PGlite (in memory)',
      environments: ['development'],
      groups: [group(['development'])],
      problems: [],
      notes: [],
    });
    expect(text).toBe(
      [
        'Schema changes from main (abc1234) to working tree (replayed on embedded PGlite (in memory))',
        '',
        'svc (development)',
        '  + table s.orders',
        '    + column id bigint',
        '    + column user_id bigint',
        '    + constraint orders_user_fk foreign key',
        '',
        '4 added, 0 removed, 0 changed',
        '',
      ].join('\n'),
    );
  });
});
