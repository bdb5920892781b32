/**
 * The one comparison of two schema snapshots, shared by `verify` (the schema after a down must equal the one
 * before the up), `diff` (base against head) and `drift` (replayed migrations against a live database). Pure:
 * snapshots are read by src/apply/snapshot.ts, changes are printed by src/report/schema-diff.ts.
 */

/** Object kinds a snapshot holds. Comments are an attribute (`comment`) of the object they describe. */
export type ObjectKind =
  | 'schema'
  | 'extension'
  | 'table'
  | 'column'
  | 'index'
  | 'constraint'
  | 'view'
  | 'materialized view'
  | 'function'
  | 'procedure'
  | 'aggregate'
  | 'trigger'
  | 'enum'
  | 'domain'
  | 'type'
  | 'sequence'
  | 'policy';

/** One database object: what it is, where it lives, and each comparable property as text. */
export interface SchemaObject {
  kind: ObjectKind;
  /** Qualified name: `s.t` for relations, `s.t.c` for a column, `s.f(integer, text)` for a routine. */
  name: string;
  /** Its schema (undefined for extensions, which belong to the database). */
  schema?: string;
  /** The qualified table it belongs to: columns, indexes, constraints, triggers, policies, owned sequences. */
  table?: string;
  /** Properties by name (`type`, `not null`, `default`, `definition`...); absent means unset. */
  attributes: Record<string, string>;
  /** A column's place in its table, for drawing it; never compared (a replay may number columns otherwise). */
  position?: number;
}

/**
 * Every object by `"<kind> <qualified name>"`. Two snapshots are equal when their objects are. A plain object so
 * that it serializes to JSON as is.
 */
export interface SchemaSnapshot {
  objects: Record<string, SchemaObject>;
}

/** One property that differs between two versions of an object. */
export interface AttributeChange {
  attribute: string;
  before?: string;
  after?: string;
}

export type ChangeType = 'added' | 'removed' | 'changed';

/** One object added, removed or changed from one snapshot to the other. */
export interface SchemaChange {
  change: ChangeType;
  kind: ObjectKind;
  name: string;
  schema?: string;
  table?: string;
  /** Added or removed: the object's properties. */
  attributes?: Record<string, string>;
  /** Changed: the properties that differ, by name. */
  changes?: AttributeChange[];
}

/**
 * Properties holding a digest rather than text (a routine's body): a change prints as "changed", not as two
 * hashes.
 */
export const DIGEST_ATTRIBUTES: ReadonlySet<string> = new Set(['body']);

/**
 * `definition` is the catch-all text of an index, constraint or trigger (pg_get_indexdef...): when a more precise
 * property (columns, predicate, on delete...) already says what changed, it is left out of the change.
 */
const CATCH_ALL = 'definition';

function attributeChanges(before: Record<string, string>, after: Record<string, string>): AttributeChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: AttributeChange[] = [];
  for (const attribute of names) {
    const a = before[attribute];
    const b = after[attribute];
    if (a === b) continue;
    out.push({ attribute, ...(a === undefined ? {} : { before: a }), ...(b === undefined ? {} : { after: b }) });
  }
  if (out.length > 1 && out.some((c) => c.attribute === CATCH_ALL)) return out.filter((c) => c.attribute !== CATCH_ALL);
  return out;
}

function where(o: SchemaObject): Pick<SchemaChange, 'schema' | 'table'> {
  return { ...(o.schema === undefined ? {} : { schema: o.schema }), ...(o.table === undefined ? {} : { table: o.table }) };
}

/**
 * What changed from `before` to `after`: objects only in `after` (added), only in `before` (removed), or in both
 * with different properties (changed, with each differing property). Sorted by object key; empty when equal.
 */
export function compareSnapshots(before: SchemaSnapshot, after: SchemaSnapshot): SchemaChange[] {
  const keys = [...new Set([...Object.keys(before.objects), ...Object.keys(after.objects)])].sort();
  const out: SchemaChange[] = [];
  for (const key of keys) {
    const a = before.objects[key];
    const b = after.objects[key];
    if (a === undefined && b !== undefined) {
      out.push({ change: 'added', kind: b.kind, name: b.name, ...where(b), attributes: b.attributes });
    } else if (a !== undefined && b === undefined) {
      out.push({ change: 'removed', kind: a.kind, name: a.name, ...where(a), attributes: a.attributes });
    } else if (a !== undefined && b !== undefined) {
      const changes = attributeChanges(a.attributes, b.attributes);
      if (changes.length > 0) out.push({ change: 'changed', kind: b.kind, name: b.name, ...where(b), changes });
    }
  }
  return out;
}

/** Only the objects whose schema is one of `schemas` (extensions, which have none, are kept when `keepGlobal`). */
export function filterSnapshot(snapshot: SchemaSnapshot, schemas: ReadonlySet<string>, keepGlobal = false): SchemaSnapshot {
  const objects: Record<string, SchemaObject> = {};
  for (const [key, o] of Object.entries(snapshot.objects)) {
    if (o.schema === undefined ? keepGlobal : schemas.has(o.schema)) objects[key] = o;
  }
  return { objects };
}

/** Properties that read as a phrase after a column's type (`text not null default now()`). */
const COLUMN_PHRASES: readonly [string, (v: string) => string][] = [
  ['not null', () => 'not null'],
  ['default', (v) => `default ${v}`],
  ['identity', (v) => `generated ${v} as identity`],
  ['generated', (v) => `generated always as (${v})`],
  ['collation', (v) => `collate ${v}`],
];

/** Properties that describe an object on their own, in the order they are tried. */
const SUMMARY_ATTRIBUTES = ['definition', 'values', 'attributes', 'type', 'returns', 'version', 'comment'];

/**
 * A one-line description of an object's properties: a column's type and constraints, an index's or constraint's
 * definition, an enum's values; '' when it has nothing worth a line.
 */
export function describeAttributes(kind: ObjectKind, attributes: Record<string, string>): string {
  if (kind === 'column') {
    const phrases = COLUMN_PHRASES.filter(([k]) => attributes[k] !== undefined).map(([k, f]) => f(attributes[k] as string));
    return [attributes.type ?? '', ...phrases].filter((s) => s !== '').join(' ');
  }
  for (const key of SUMMARY_ATTRIBUTES) {
    const value = attributes[key];
    if (value !== undefined && value !== '') return key === 'comment' ? `comment '${value}'` : value;
  }
  return '';
}

/** `type: text -> citext`, `body changed`, `comment: added 'the users'`. */
export function describeAttributeChange(c: AttributeChange): string {
  if (DIGEST_ATTRIBUTES.has(c.attribute)) return `${c.attribute} changed`;
  if (c.before === undefined) return `${c.attribute}: set to ${c.after ?? ''}`;
  if (c.after === undefined) return `${c.attribute}: ${c.before} unset`;
  return `${c.attribute}: ${c.before} -> ${c.after}`;
}

/** An index in a few words: `unique btree (email) where (deleted IS NULL)`. */
export function describeIndex(attributes: Record<string, string>): string {
  const include = attributes.include === undefined ? '' : ` include (${attributes.include})`;
  const where = attributes.predicate === undefined ? '' : ` where ${attributes.predicate}`;
  return `${attributes.unique ? 'unique ' : ''}${attributes.method ?? ''} (${attributes.columns ?? ''})${include}${where}`;
}

/**
 * One readable line per change, as `verify` prints them: `+ index s.users_email_idx: CREATE INDEX ...` (added),
 * `- column s.users.bio text` (removed), `~ column s.users.bio: type text -> character varying(20)` (changed).
 */
export function changeLine(c: SchemaChange): string {
  const key = `${c.kind} ${c.name}`;
  if (c.change === 'changed') return `~ ${key}: ${(c.changes ?? []).map(describeAttributeChange).join('; ')}`;
  const sign = c.change === 'added' ? '+' : '-';
  const detail = describeAttributes(c.kind, c.attributes ?? {});
  if (detail === '') return `${sign} ${key}`;
  return c.kind === 'column' ? `${sign} ${key} ${detail}` : `${sign} ${key}: ${detail}`;
}

/** A migration that failed while a side was replayed: what is shown stops before it. */
export interface ReplayProblem {
  side: 'base' | 'head' | 'applied';
  environment: string;
  service: string;
  migration: string;
  file: string;
  error: string;
}

/** The changes of one service (or of a schema no service owns) in one or more environments that agree. */
export interface SchemaDiffGroup {
  /** A service name; `schema <name>` for objects in a schema no service is named after; `database` for extensions. */
  service: string;
  environments: string[];
  changes: SchemaChange[];
  /** The two sides, limited to this group's objects: what the ER diagram draws neighbours from. Not in JSON. */
  before: SchemaSnapshot;
  after: SchemaSnapshot;
}

/** What `diff` and `drift` print: one entry per group with changes. */
export interface SchemaDiffResult {
  /** `diff`: base and head; `drift`: the applied migrations (before) against the live database (after). */
  mode: 'diff' | 'drift';
  /** What the two sides are, for headings: `main (1a2b3c4)` and `working tree`. */
  beforeLabel: string;
  afterLabel: string;
  /** Where the replays ran (`embedded PGlite (in memory)`). */
  database: string;
  environments: string[];
  groups: SchemaDiffGroup[];
  problems: ReplayProblem[];
  /** Remarks for the reader: a fetched base, an unreadable side... */
  notes: string[];
}

/**
 * The group an object belongs to: the service whose schema it is in (`user_service` -> `user-service`), else its
 * schema, else the database (extensions).
 */
export function groupOf(o: Pick<SchemaObject, 'schema'>, serviceBySchema: ReadonlyMap<string, string>): string {
  if (o.schema === undefined) return 'database';
  return serviceBySchema.get(o.schema) ?? `schema ${o.schema}`;
}

/** The snapshot split by `groupOf`. */
export function splitSnapshot(s: SchemaSnapshot, serviceBySchema: ReadonlyMap<string, string>): Map<string, SchemaSnapshot> {
  const out = new Map<string, SchemaSnapshot>();
  for (const [key, o] of Object.entries(s.objects)) {
    const group = groupOf(o, serviceBySchema);
    let part = out.get(group);
    if (!part) out.set(group, (part = { objects: {} }));
    part.objects[key] = o;
  }
  return out;
}

/**
 * Makes snapshots of two PostgreSQL versions comparable (drift: PGlite's 18 against a live 15): extension versions
 * are left out (PGlite ships its own), and views' definitions lose the `table.` before column names that
 * PostgreSQL 15 prints and 16+ omit for a single table.
 */
export function normalizeAcrossVersions(s: SchemaSnapshot): SchemaSnapshot {
  const schemas = new Set(Object.values(s.objects).flatMap((o) => (o.schema === undefined ? [] : [o.schema])));
  const objects: Record<string, SchemaObject> = {};
  for (const [key, o] of Object.entries(s.objects)) {
    const attributes = { ...o.attributes };
    if (o.kind === 'extension') delete attributes.version;
    if ((o.kind === 'view' || o.kind === 'materialized view') && attributes.definition !== undefined) {
      attributes.definition = attributes.definition.replace(/(?<![\w."])([a-z_][a-z0-9_$]*)\.(?=[a-z_"])/g, (m, name: string) => (schemas.has(name) ? m : ''));
    }
    objects[key] = { ...o, attributes };
  }
  return { objects };
}

/** Totals over every group. */
export function countChanges(result: Pick<SchemaDiffResult, 'groups'>): Record<SchemaChange['change'], number> {
  const out = { added: 0, removed: 0, changed: 0 };
  for (const g of result.groups) for (const c of g.changes) out[c.change] += 1;
  return out;
}

/** The JSON form: the result without the snapshots the diagram is drawn from. */
export function schemaDiffJson(result: SchemaDiffResult): unknown {
  return {
    version: 1,
    mode: result.mode,
    before: result.beforeLabel,
    after: result.afterLabel,
    database: result.database,
    environments: result.environments,
    groups: result.groups.map((g) => ({ service: g.service, environments: g.environments, changes: g.changes })),
    problems: result.problems,
    notes: result.notes,
    summary: countChanges(result),
  };
}
