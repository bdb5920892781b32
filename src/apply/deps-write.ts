/**
 * `deps --write`: the dependencies.json entries a service lacks, inferred from its SQL. A migration depends on the
 * latest earlier migrations that created or last changed an object it uses (a table, type, function, schema or
 * extension); `affects_tables` lists the tables its SQL changes, exactly as affects-tables-mismatch reads them.
 * Entries already written keep what people wrote; `--update-affects` refreshes their affects_tables only.
 * Inference (`inferDependencies`) is pure given the files' text; `writeDependencies` edits the file as text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareIds } from '../graph/ids.js';
import { readMigrationSql } from '../repo/read.js';
import type { DependencyEntry, Migration, Repo, Service } from '../repo/types.js';
import { sqlName } from '../sql/ast.js';
import { changedTables, objectUse, statementsRun, type ObjectKey } from '../sql/objects.js';
import { ensureParser, parseSql } from '../sql/parser.js';
import { setMember, spliceEntry } from './json-edit.js';

/** What the SQL of one migration says. */
export interface Inferred {
  id: string;
  depends_on: string[];
  affects_tables: string[];
  /** True when its up file did not parse: it then depends on the migration before it, to stay safe. */
  unparsed: boolean;
}

/**
 * The migrations of a service that have an up file, in its id order (the source tool's order for other formats),
 * each id once. A down file alone is never applied, and needs no entry (missing-up reports it).
 */
function inOrder(service: Service): Migration[] {
  const seen = new Set<string>();
  return [...service.migrations]
    .sort((a, b) => compareIds(a.id, b.id, service.idOrder))
    .filter((m) => m.up && !seen.has(m.id) && seen.add(m.id));
}

/**
 * Infers depends_on and affects_tables for every migration of `service` that has an up file. `texts` gives the
 * SQL of each up file by id. A migration in an environment folder may depend on common/ ones and its own
 * folder's; a common/ one only on common/ ones (an environment's migration does not run everywhere).
 */
export function inferDependencies(service: Service, texts: ReadonlyMap<string, string>): Inferred[] {
  // Per object, the migrations that defined it, latest last.
  const definers = new Map<ObjectKey, Migration[]>();
  const out: Inferred[] = [];
  let previous: Migration | undefined;
  for (const m of inOrder(service)) {
    const sql = parseSql(texts.get(m.id) ?? '');
    const visible = (d: Migration) => d.folder === 'common' || d.folder === m.folder;
    if (sql.error) {
      out.push({ id: m.id, depends_on: previous && visible(previous) ? [previous.id] : [], affects_tables: [], unparsed: true });
      previous = m;
      continue;
    }
    const run = statementsRun(sql);
    const uses = new Set<ObjectKey>();
    const defines = new Set<ObjectKey>();
    for (const { stmt, origin } of run) {
      if (origin.container === 'function') continue;
      const u = objectUse(stmt);
      u.uses.forEach((k) => uses.add(k));
      u.defines.forEach((k) => defines.add(k));
    }
    const deps = new Set<string>();
    for (const key of uses) {
      const latest = (definers.get(key) ?? []).filter(visible).at(-1);
      if (latest && latest.id !== m.id) deps.add(latest.id);
    }
    const affects = [...new Set(changedTables(run).map(({ write }) => sqlName({ schema: write.schema, name: write.name })))];
    out.push({ id: m.id, depends_on: [...deps].sort((a, b) => compareIds(a, b, service.idOrder)), affects_tables: affects, unparsed: false });
    for (const key of defines) definers.set(key, [...(definers.get(key) ?? []), m]);
    previous = m;
  }
  return out;
}

export interface WriteResult {
  service: string;
  file: string;
  /** Ids given a new entry. */
  added: string[];
  /** Ids whose affects_tables was updated (--update-affects). */
  updated: string[];
  /** Ids whose up file did not parse (their depends_on is the previous migration). */
  unparsed: string[];
  /** Set when nothing could be written, and why. */
  skipped?: string;
}

function describe(m: Migration): string {
  const text = m.name.replace(/_/g, ' ').trim();
  return text === '' ? `Migration ${m.id}` : text.replace(/^./, (c) => c.toUpperCase());
}

/** The new entry of a migration: what the SQL says, and its environment when it sits in an environment folder. */
function newEntry(m: Migration, inferred: Inferred): DependencyEntry {
  const entry: DependencyEntry = { description: describe(m), depends_on: inferred.depends_on, affects_tables: inferred.affects_tables };
  if (m.folder !== 'common') entry.environment = m.folder;
  return entry;
}

/** Writes the missing entries (and with `updateAffects` the affects_tables of existing ones) of one service. */
export async function writeDependencies(repo: Repo, service: Service, opts: { updateAffects?: boolean } = {}): Promise<WriteResult> {
  const rel = service.dependenciesDerived ? `${service.dir}/dependencies.json` : (service.dependencies?.file ?? `${service.dir}/dependencies.json`);
  const result: WriteResult = { service: service.name, file: rel, added: [], updated: [], unparsed: [] };
  if (service.dependenciesDerived) {
    result.skipped = `${service.dependencies!.file} already holds its dependency graph`;
    return result;
  }
  await ensureParser();
  const texts = new Map<string, string>();
  for (const m of inOrder(service)) texts.set(m.id, await readMigrationSql(m.up!).catch(() => ''));
  const inferred = inferDependencies(service, texts);
  const byId = new Map(service.migrations.map((m) => [m.id, m]));
  const abs = path.join(repo.root, rel);
  let text = await readFile(abs, 'utf8').catch(() => undefined);
  const existing = service.dependencies?.value.migrations ?? {};
  if (text === undefined) text = '{\n  "migrations": {}\n}\n';
  for (const inf of inferred) {
    if (inf.unparsed) result.unparsed.push(inf.id);
    const has = Object.prototype.hasOwnProperty.call(existing, inf.id);
    let next: string | undefined;
    if (!has) {
      next = spliceEntry(text, inf.id, newEntry(byId.get(inf.id)!, inf));
      if (next !== undefined) result.added.push(inf.id);
    } else if (opts.updateAffects && !inf.unparsed && JSON.stringify(existing[inf.id]?.affects_tables) !== JSON.stringify(inf.affects_tables)) {
      next = setMember(text, ['migrations', inf.id], 'affects_tables', inf.affects_tables);
      if (next !== undefined) result.updated.push(inf.id);
    } else {
      continue;
    }
    if (next === undefined) {
      result.skipped = `${rel} could not be edited (it does not parse, or has no "migrations" object): fix it (svc-migrate validate), then run deps --write again`;
      return result;
    }
    text = next;
  }
  if (result.added.length > 0 || result.updated.length > 0) await writeFile(abs, text);
  return result;
}
