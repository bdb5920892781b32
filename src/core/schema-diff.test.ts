import {
  changeLine,
  compareSnapshots,
  normalizeAcrossVersions,
  splitSnapshot,
  type ObjectKind,
  type SchemaObject,
  type SchemaSnapshot,
} from './schema-diff.js';

function snapshot(...objects: SchemaObject[]): SchemaSnapshot {
  return { objects: Object.fromEntries(objects.map((o) => [`${o.kind} ${o.name}`, o])) };
}

interface KindCase {
  kind: ObjectKind;
  name: string;
  table?: string;
  before: Record<string, string>;
  after: Record<string, string>;
}

/** One object of every kind a snapshot holds, and a change to it that `diff` must name. */
const KINDS: KindCase[] = [
  { kind: 'schema', name: 's', before: {}, after: { comment: 'the service' } },
  { kind: 'extension', name: 'citext', before: { version: '1.6', schema: 'public' }, after: { version: '1.8', schema: 'public' } },
  { kind: 'table', name: 's.users', before: {}, after: { 'row level security': 'enabled' } },
  { kind: 'column', name: 's.users.email', table: 's.users', before: { type: 'text' }, after: { type: 'citext', 'not null': 'yes' } },
  { kind: 'column', name: 's.users.id', table: 's.users', before: { type: 'bigint', identity: 'by default' }, after: { type: 'bigint', identity: 'always' } },
  { kind: 'column', name: 's.users.lname', table: 's.users', before: { type: 'text', generated: 'lower(name)' }, after: { type: 'text', generated: 'upper(name)' } },
  { kind: 'column', name: 's.users.created', table: 's.users', before: { type: 'timestamptz' }, after: { type: 'timestamptz', default: 'now()' } },
  {
    kind: 'index',
    name: 's.users_email_idx',
    table: 's.users',
    before: { definition: 'CREATE INDEX users_email_idx ON s.users USING btree (email)', method: 'btree', columns: 'email' },
    after: {
      definition: 'CREATE UNIQUE INDEX users_email_idx ON s.users USING hash (email) WHERE (deleted IS NULL)',
      method: 'hash',
      columns: 'email',
      unique: 'yes',
      predicate: '(deleted IS NULL)',
    },
  },
  {
    kind: 'constraint',
    name: 's.orders.orders_user_id_fkey',
    table: 's.orders',
    before: { type: 'foreign key', definition: 'FOREIGN KEY (user_id) REFERENCES s.users(id)', references: 's.users', 'on delete': 'no action' },
    after: { type: 'foreign key', definition: 'FOREIGN KEY (user_id) REFERENCES s.users(id) ON DELETE CASCADE', references: 's.users', 'on delete': 'cascade' },
  },
  { kind: 'constraint', name: 's.users.name_len', table: 's.users', before: { type: 'check', definition: 'CHECK ((length(name) < 100))' }, after: { type: 'check', definition: 'CHECK ((length(name) < 200))' } },
  { kind: 'constraint', name: 's.users.users_pkey', table: 's.users', before: { type: 'primary key', definition: 'PRIMARY KEY (id)', columns: 'id' }, after: { type: 'primary key', definition: 'PRIMARY KEY (id, tenant)', columns: 'id, tenant' } },
  { kind: 'constraint', name: 's.users.users_email_key', table: 's.users', before: { type: 'unique', definition: 'UNIQUE (email)', columns: 'email' }, after: { type: 'unique', definition: 'UNIQUE NULLS NOT DISTINCT (email)', columns: 'email' } },
  { kind: 'constraint', name: 's.rooms.no_overlap', table: 's.rooms', before: { type: 'exclusion', definition: 'EXCLUDE USING gist (id WITH =)' }, after: { type: 'exclusion', definition: 'EXCLUDE USING gist (id WITH =, during WITH &&)' } },
  { kind: 'view', name: 's.active', before: { definition: 'SELECT id FROM s.users;' }, after: { definition: 'SELECT id, email FROM s.users;' } },
  { kind: 'materialized view', name: 's.totals', before: { definition: 'SELECT count(*) AS n FROM s.users;' }, after: { definition: 'SELECT count(*) AS total FROM s.users;' } },
  { kind: 'function', name: 's.f(x integer)', before: { returns: 'integer', language: 'sql', body: 'aaa' }, after: { returns: 'integer', language: 'sql', body: 'bbb' } },
  { kind: 'procedure', name: 's.p()', before: { language: 'plpgsql', body: 'aaa' }, after: { language: 'plpgsql', body: 'aaa', 'security definer': 'yes' } },
  { kind: 'trigger', name: 's.users.trg', table: 's.users', before: { definition: 'CREATE TRIGGER trg BEFORE INSERT ON s.users FOR EACH ROW EXECUTE FUNCTION s.tf()' }, after: { definition: 'CREATE TRIGGER trg BEFORE INSERT ON s.users FOR EACH ROW EXECUTE FUNCTION s.tf()', enabled: 'disabled' } },
  { kind: 'enum', name: 's.mood', before: { values: "'sad', 'ok'" }, after: { values: "'sad', 'ok', 'happy'" } },
  { kind: 'domain', name: 's.pos', before: { type: 'integer', constraints: 'CHECK ((VALUE > 0))' }, after: { type: 'integer', constraints: 'CHECK ((VALUE >= 0))' } },
  { kind: 'type', name: 's.pair', before: { attributes: 'a integer, b text' }, after: { attributes: 'a integer, b text, c date' } },
  { kind: 'sequence', name: 's.seq', before: { type: 'bigint', start: '1', increment: '1' }, after: { type: 'bigint', start: '1', increment: '10' } },
  { kind: 'policy', name: 's.users.own', table: 's.users', before: { command: 'select', using: '(id = 1)' }, after: { command: 'all', using: '(id = 1)', check: '(id = 1)' } },
];

function objectOf(c: KindCase, attributes: Record<string, string>): SchemaObject {
  return { kind: c.kind, name: c.name, ...(c.kind === 'extension' ? {} : { schema: 's' }), ...(c.table ? { table: c.table } : {}), attributes };
}

describe('compareSnapshots: every kind added, removed and changed', () => {
  test.each(KINDS.map((c) => [`${c.kind} ${c.name}`, c] as const))('%s', (_label, c) => {
    const before = snapshot(objectOf(c, c.before));
    const after = snapshot(objectOf(c, c.after));
    const empty = snapshot();

    const added = compareSnapshots(empty, after);
    expect(added).toEqual([expect.objectContaining({ change: 'added', kind: c.kind, name: c.name, attributes: c.after })]);
    const removed = compareSnapshots(before, empty);
    expect(removed).toEqual([expect.objectContaining({ change: 'removed', kind: c.kind, name: c.name, attributes: c.before })]);
    const changed = compareSnapshots(before, after);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ change: 'changed', kind: c.kind, name: c.name });
    expect(compareSnapshots(after, after)).toEqual([]);
    expect({ added: changeLine(added[0]!), removed: changeLine(removed[0]!), changed: changed[0] }).toMatchSnapshot();
  });
});

describe('compareSnapshots: what a change says', () => {
  test('the catch-all definition is left out when a precise property says what changed', () => {
    const c = KINDS.find((k) => k.kind === 'index')!;
    const [change] = compareSnapshots(snapshot(objectOf(c, c.before)), snapshot(objectOf(c, c.after)));
    expect(change?.changes?.map((x) => x.attribute)).toEqual(['method', 'predicate', 'unique']);
  });

  test('the definition stays when nothing more precise changed', () => {
    const c = KINDS.find((k) => k.name === 's.users.name_len')!;
    const [change] = compareSnapshots(snapshot(objectOf(c, c.before)), snapshot(objectOf(c, c.after)));
    expect(change?.changes).toEqual([{ attribute: 'definition', before: 'CHECK ((length(name) < 100))', after: 'CHECK ((length(name) < 200))' }]);
  });

  test('a body prints as changed, not as two digests; a property set or unset says so', () => {
    const f = KINDS.find((k) => k.kind === 'function')!;
    const p = KINDS.find((k) => k.kind === 'procedure')!;
    const s = KINDS.find((k) => k.kind === 'schema')!;
    expect(changeLine(compareSnapshots(snapshot(objectOf(f, f.before)), snapshot(objectOf(f, f.after)))[0]!)).toBe('~ function s.f(x integer): body changed');
    expect(changeLine(compareSnapshots(snapshot(objectOf(p, p.before)), snapshot(objectOf(p, p.after)))[0]!)).toBe('~ procedure s.p(): security definer: set to yes');
    expect(changeLine(compareSnapshots(snapshot(objectOf(s, s.after)), snapshot(objectOf(s, s.before)))[0]!)).toBe('~ schema s: comment: the service unset');
  });

  test('changes are sorted by object and carry the table they belong to', () => {
    const col = KINDS.find((k) => k.name === 's.users.email')!;
    const tbl = KINDS.find((k) => k.kind === 'table')!;
    const changes = compareSnapshots(snapshot(), snapshot(objectOf(tbl, {}), objectOf(col, col.after)));
    expect(changes.map((c) => [c.kind, c.name, c.table])).toEqual([
      ['column', 's.users.email', 's.users'],
      ['table', 's.users', undefined],
    ]);
  });
});

describe('splitSnapshot', () => {
  test('objects go to the service owning their schema, else to their schema, extensions to the database', () => {
    const s = snapshot(
      { kind: 'table', name: 'user_service.users', schema: 'user_service', attributes: {} },
      { kind: 'table', name: 'public.legacy', schema: 'public', attributes: {} },
      { kind: 'extension', name: 'citext', attributes: {} },
    );
    const parts = splitSnapshot(s, new Map([['user_service', 'user-service']]));
    expect([...parts.keys()].sort()).toEqual(['database', 'schema public', 'user-service']);
  });
});

describe('normalizeAcrossVersions', () => {
  test("PostgreSQL 15's qualified view columns equal 18's bare ones; extension versions are left out", () => {
    const v15 = snapshot(
      { kind: 'view', name: 's.v', schema: 's', attributes: { definition: 'SELECT users.id, users.email FROM s.users WHERE users.id > 1;' } },
      { kind: 'extension', name: 'citext', attributes: { version: '1.6', schema: 'public' } },
    );
    const v18 = snapshot(
      { kind: 'view', name: 's.v', schema: 's', attributes: { definition: 'SELECT id, email FROM s.users WHERE id > 1;' } },
      { kind: 'extension', name: 'citext', attributes: { version: '1.8', schema: 'public' } },
    );
    expect(compareSnapshots(v15, v18)).toHaveLength(2);
    expect(compareSnapshots(normalizeAcrossVersions(v15), normalizeAcrossVersions(v18))).toEqual([]);
  });
});
