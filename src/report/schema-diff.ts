/**
 * How `diff` and `drift` print a schema comparison: text for people (grouped by service, an object's columns,
 * indexes and constraints under it), JSON for scripts, Markdown for pull requests, and a Mermaid `erDiagram` of the
 * tables changed and their neighbours through foreign keys.
 */
import type { SchemaChange, SchemaDiffGroup, SchemaDiffResult, SchemaObject, SchemaSnapshot } from '../core/schema-diff.js';
import { countChanges, describeAttributeChange, describeAttributes, describeIndex } from '../core/schema-diff.js';

export { countChanges, schemaDiffJson } from '../core/schema-diff.js';

const SIGN: Record<SchemaChange['change'], string> = { added: '+', removed: '-', changed: '~' };

/** Words for the two sides: diff says added/removed, drift says where an object is. */
function verbs(mode: SchemaDiffResult['mode']): Record<SchemaChange['change'], string> {
  return mode === 'diff'
    ? { added: 'added', removed: 'removed', changed: 'changed' }
    : { added: 'only in the database', removed: 'only in the migrations', changed: 'differs' };
}

/** Text longer than this is cut in text and Markdown output (JSON keeps all of it). */
const MAX_DETAIL = 120;

function cut(text: string, max = MAX_DETAIL): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The object's name without its table or schema prefix, when printed under its table. */
function shortName(c: SchemaChange): string {
  if (c.table && c.name.startsWith(`${c.table}.`)) return c.name.slice(c.table.length + 1);
  if (c.schema && c.name.startsWith(`${c.schema}.`) && c.table) return c.name.slice(c.schema.length + 1);
  return c.name;
}

function detailOf(c: SchemaChange): string {
  if (c.change === 'changed') return (c.changes ?? []).map(describeAttributeChange).join('; ');
  if (c.kind === 'index' && c.attributes?.method !== undefined) return describeIndex(c.attributes);
  return describeAttributes(c.kind, c.attributes ?? {});
}

function changeText(c: SchemaChange, nested: boolean): string {
  const name = nested ? shortName(c) : c.name;
  const detail = cut(detailOf(c));
  return `${SIGN[c.change]} ${c.kind} ${name}${detail === '' ? '' : c.change === 'changed' ? `: ${detail}` : ` ${detail}`}`;
}

/** A group's changes in reading order: each table followed by what belongs to it, then the rest. */
function ordered(group: SchemaDiffGroup): { change: SchemaChange; nested: boolean; table?: SchemaChange }[] {
  const byTable = new Map<string, SchemaChange[]>();
  const top: SchemaChange[] = [];
  for (const c of group.changes) {
    if (c.table) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
    else top.push(c);
  }
  const out: { change: SchemaChange; nested: boolean }[] = [];
  const tables = new Set([...top.filter((c) => c.kind === 'table' || c.kind.endsWith('view')).map((c) => c.name), ...byTable.keys()]);
  for (const table of [...tables].sort()) {
    const own = top.find((c) => c.name === table && (c.kind === 'table' || c.kind.endsWith('view')));
    const header: SchemaChange = own ?? { change: 'changed', kind: 'table', name: table, changes: [] };
    out.push({ change: header, nested: false });
    for (const c of byTable.get(table) ?? []) out.push({ change: c, nested: true });
  }
  for (const c of top) if (!tables.has(c.name)) out.push({ change: c, nested: false });
  return out;
}

function heading(result: SchemaDiffResult): string {
  return result.mode === 'diff'
    ? `Schema changes from ${result.beforeLabel} to ${result.afterLabel}`
    : `Drift between ${result.beforeLabel} and ${result.afterLabel}`;
}

function problemLines(result: SchemaDiffResult): string[] {
  return result.problems.map(
    (p) => `${p.side} (${p.environment}): ${p.service} ${p.migration} failed at ${p.file}: ${p.error} (the schema shown stops before it)`,
  );
}

/** Text for a terminal: one block per service and environments, objects nested under their table. */
export function formatSchemaDiffText(result: SchemaDiffResult): string {
  const lines = [`${heading(result)} (replayed on ${result.database})`];
  for (const n of result.notes) lines.push(`note: ${n}`);
  for (const p of problemLines(result)) lines.push(`error: ${p}`);
  if (result.groups.length === 0) lines.push(result.mode === 'diff' ? 'No schema changes.' : 'No drift.');
  for (const g of result.groups) {
    lines.push('', `${g.service} (${g.environments.join(', ')})`);
    for (const { change, nested } of ordered(g)) {
      const text = change.change === 'changed' && (change.changes ?? []).length === 0 ? `  ${change.kind} ${change.name}` : `  ${changeText(change, nested)}`;
      lines.push(nested ? `    ${text.trimStart()}` : text);
    }
  }
  const counts = countChanges(result);
  lines.push('', result.groups.length === 0 ? '' : `${counts.added} added, ${counts.removed} removed, ${counts.changed} changed`);
  return lines.join('\n').trimEnd() + '\n';
}

function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/`/g, "'");
}

export interface MarkdownOptions {
  /** Heading level of each service (default 3). */
  level?: number;
  /** Draw each group's ER diagram (default true; never for drift). */
  diagrams?: boolean;
  /** Rows per group's table before "… and N more" (default 200). */
  maxRows?: number;
}

/** Markdown: per group a heading, a table of changes and the Mermaid diagram (GitHub renders it). */
export function formatSchemaDiffMarkdown(result: SchemaDiffResult, opts: MarkdownOptions = {}): string {
  const h = '#'.repeat(opts.level ?? 3);
  const maxRows = opts.maxRows ?? 200;
  const words = verbs(result.mode);
  const out: string[] = [];
  for (const n of result.notes) out.push(`> ${n}`, '');
  for (const p of problemLines(result)) out.push(`> :x: ${mdCell(p)}`, '');
  if (result.groups.length === 0) out.push(result.mode === 'diff' ? 'No schema changes.' : 'No drift.');
  for (const g of result.groups) {
    out.push(`${h} ${g.service} (${g.environments.join(', ')})`, '', '| | object | details |', '| --- | --- | --- |');
    // The same order as the text: each table, then what belongs to it (a table that only holds changes has no row).
    const all = ordered(g).map((x) => x.change).filter((c) => c.change !== 'changed' || (c.changes ?? []).length > 0);
    const rows = all.slice(0, maxRows);
    for (const c of rows) out.push(`| ${words[c.change]} | ${c.kind} \`${mdCell(c.name)}\` | ${mdCell(cut(detailOf(c)))} |`);
    if (all.length > rows.length) out.push(`| | … and ${all.length - rows.length} more | |`);
    out.push('');
    // Drift has no "added" or "removed" side to mark: its diagram would mislead.
    const diagram = opts.diagrams === false || result.mode !== 'diff' ? '' : erDiagram([g]);
    if (diagram !== '') out.push('```mermaid', diagram.trimEnd(), '```', '');
  }
  return out.join('\n').trimEnd() + '\n';
}

/** Tables in one diagram at most; the rest are left out with a note. */
const MAX_ENTITIES = 40;

type EntityState = 'added' | 'removed' | 'changed' | 'unchanged';

interface Entity {
  table: string;
  state: EntityState;
}

function tablesOf(s: SchemaSnapshot): Map<string, SchemaObject> {
  const out = new Map<string, SchemaObject>();
  for (const o of Object.values(s.objects)) if (o.kind === 'table') out.set(o.name, o);
  return out;
}

function foreignKeys(s: SchemaSnapshot): SchemaObject[] {
  return Object.values(s.objects).filter((o) => o.kind === 'constraint' && o.attributes.type === 'foreign key');
}

/** The tables a group changed, marked, and the tables they reference or are referenced by. */
function entitiesOf(g: SchemaDiffGroup): Entity[] {
  const before = tablesOf(g.before);
  const after = tablesOf(g.after);
  const state = new Map<string, EntityState>();
  for (const c of g.changes) {
    if (c.kind === 'table') state.set(c.name, c.change === 'added' ? 'added' : c.change === 'removed' ? 'removed' : 'changed');
    else if (c.table && (before.has(c.table) || after.has(c.table)) && !state.has(c.table)) state.set(c.table, 'changed');
  }
  for (const fk of [...foreignKeys(g.after), ...foreignKeys(g.before)]) {
    const from = fk.table as string;
    const to = fk.attributes.references as string;
    if (state.has(from) && state.get(from) !== 'unchanged' && !state.has(to)) state.set(to, 'unchanged');
    else if (state.has(to) && state.get(to) !== 'unchanged' && !state.has(from)) state.set(from, 'unchanged');
  }
  return [...state].map(([table, s]) => ({ table, state: s })).sort((a, b) => (a.table < b.table ? -1 : 1));
}

/** An entity's name in the diagram: quoted, with its state (`"s.users (added)"`). */
function entityName(e: Entity): string {
  const safe = e.table.replace(/["\\]/g, '_');
  return e.state === 'unchanged' ? `"${safe}"` : `"${safe} (${e.state})"`;
}

/** A Mermaid attribute type: one word of letters, digits, `_`, `(`, `)`, `,` and `[]`. */
function attributeType(type: string): string {
  const word = type.replace(/\s+/g, '_').replace(/[^A-Za-z0-9_(),[\]]/g, '_');
  return /^[A-Za-z_]/.test(word) ? word : `t_${word}`;
}

function columnLines(g: SchemaDiffGroup, e: Entity): string[] {
  const side = e.state === 'removed' ? g.before : g.after;
  const columnChange = new Map(g.changes.filter((c) => c.kind === 'column' && c.table === e.table).map((c) => [c.name, c.change]));
  const keys = new Map<string, string[]>();
  for (const o of Object.values(side.objects)) {
    if (o.kind !== 'constraint' || o.table !== e.table) continue;
    const key = o.attributes.type === 'primary key' ? 'PK' : o.attributes.type === 'foreign key' ? 'FK' : o.attributes.type === 'unique' ? 'UK' : undefined;
    if (!key) continue;
    for (const col of (o.attributes.columns ?? '').split(', ')) keys.set(col, [...new Set([...(keys.get(col) ?? []), key])]);
  }
  const lines: string[] = [];
  const columns = Object.values(side.objects)
    .filter((o) => o.kind === 'column' && o.table === e.table)
    .sort((x, y) => (x.position ?? 0) - (y.position ?? 0));
  const removed = e.state === 'removed' ? [] : Object.values(g.before.objects).filter((o) => o.kind === 'column' && o.table === e.table && columnChange.get(o.name) === 'removed');
  for (const col of [...columns, ...removed]) {
    const name = col.name.slice(e.table.length + 1).replace(/[^A-Za-z0-9_]/g, '_');
    const key = keys.get(col.name.slice(e.table.length + 1));
    const mark = e.state === 'changed' ? columnChange.get(col.name) : undefined;
    // Neighbours show only their keys: the diagram is about what changed.
    if (e.state === 'unchanged' && !key) continue;
    lines.push(`    ${attributeType(col.attributes.type ?? 'unknown')} ${/^[A-Za-z_]/.test(name) ? name : `c_${name}`}${key ? ` ${key.join(', ')}` : ''}${mark ? ` "${mark}"` : ''}`);
  }
  return lines;
}

/**
 * A Mermaid `erDiagram` of the groups' changed tables (marked added, changed or removed) and their neighbours
 * through foreign keys; '' when no table changed.
 */
export function erDiagram(groups: readonly SchemaDiffGroup[]): string {
  const lines = ['erDiagram'];
  let drawn = 0;
  let left = 0;
  const services = new Set<string>();
  for (const g of groups) {
    // One diagram, one picture of each table: a service's other environments would draw its tables again.
    if (services.has(g.service)) {
      lines.push(`  %% ${g.service} in ${g.environments.join(', ')} differs: --env ${g.environments[0] ?? ''} draws it`);
      continue;
    }
    services.add(g.service);
    const entities = entitiesOf(g);
    const shown = entities.slice(0, Math.max(0, MAX_ENTITIES - drawn));
    left += entities.length - shown.length;
    drawn += shown.length;
    const names = new Map(shown.map((e) => [e.table, entityName(e)]));
    for (const e of shown) {
      const cols = columnLines(g, e);
      if (cols.length === 0) lines.push(`  ${names.get(e.table)}`);
      else lines.push(`  ${names.get(e.table)} {`, ...cols, '  }');
    }
    const seen = new Set<string>();
    for (const fk of [...foreignKeys(g.after), ...foreignKeys(g.before)]) {
      const from = names.get(fk.table as string);
      const to = names.get(fk.attributes.references as string);
      const label = fk.name.slice((fk.table as string).length + 1);
      if (!from || !to || seen.has(fk.name)) continue;
      seen.add(fk.name);
      lines.push(`  ${to} ||--o{ ${from} : "${label.replace(/"/g, "'")}"`);
    }
  }
  if (drawn === 0) return '';
  if (left > 0) lines.push(`  %% ${left} more table(s) left out`);
  return lines.join('\n') + '\n';
}
