/**
 * Judges down migrations by what they did, not by their text (spec section 4, docs/rollback.md). A down file's
 * text cannot tell what it destroys: `SET search_path` then `DROP TABLE users`, a `DROP` inside `DO`, a function
 * that deletes rows, `DROP TYPE ... CASCADE` taking columns with it. PostgreSQL can: the down files run in one
 * transaction, and before COMMIT the catalog and the transaction's own statistics are compared with what they
 * were before —
 * - tables gone (by oid, so a rename or `SET SCHEMA` first changes nothing) or rewritten (a new relfilenode:
 *   `TRUNCATE`, a table rewrite);
 * - columns dropped (`attisdropped`: a `DROP TYPE/DOMAIN/EXTENSION/COLLATION ... CASCADE` drops them too);
 * - rows deleted or updated in this transaction (`pg_stat_xact_user_tables`, whatever statement or function did it).
 * Only what held data before counts. To count that, the transaction goes back to a savepoint taken before the
 * down files (the data is back), locks the tables concerned against writers, counts, and runs the down files
 * again; the second run must change nothing the first did not. Rows that row-level security or missing
 * privileges hide from this role cannot be counted: such a table counts as holding data when its file is not
 * empty or the statistics say it has rows (the statistics see every row).
 */
import { performance } from 'node:perf_hooks';
import type { Migration, Service } from '../repo/types.js';
import type { Database } from './db/types.js';
import { logAttempt, quoteIdent, recordReverted } from './tracking.js';

/** One down migration to run: its service, its migration (with a down file) and the file's text. */
export interface DownStep {
  service: Service;
  migration: Migration;
  sql: string;
}

/** Data a down file destroys, attributed to the step (index into the steps) that destroyed it. */
export interface Loss {
  step: number;
  /** Names the table or column and its row count: `drops table app.users, which holds 100 rows`. */
  message: string;
}

export interface CheckedRevert {
  losses: Loss[];
  /** True when the down files ran and COMMIT was sent; false when rolled back (dry run, refused, failed). */
  committed: boolean;
  /** Milliseconds of each step's down file (of the run that committed), in step order. */
  ms: number[];
  failed?: { step: number; error: string };
}

export interface RevertOptions {
  env: string;
  /** Commit even when data is lost (the losses are still returned). */
  force: boolean;
  /** Run, check and roll back: nothing changes. */
  dryRun: boolean;
}

interface Rel {
  oid: string;
  schema: string;
  name: string;
  filenode: string;
}

interface Col {
  rel: string;
  num: number;
  name: string;
  dropped: boolean;
}

interface Writes {
  del: number;
  upd: number;
}

interface Snapshot {
  rels: Map<string, Rel>;
  cols: Map<string, Col>;
  writes: Map<string, Writes>;
}

type Change =
  | { kind: 'table-dropped' | 'table-rewritten'; rel: Rel }
  | { kind: 'column-dropped'; rel: Rel; col: Col }
  | { kind: 'rows-deleted' | 'rows-updated'; rel: Rel; rows: number };

/** What a table held: exact counts, or (hidden by row-level security or privileges) what the statistics say. */
interface Holding {
  hidden: boolean;
  rows: number;
  /** Non-NULL values per column number (exact counts only). */
  values: Map<number, number>;
  /** Column names by number, for messages. */
  names: Map<number, string>;
  bytes: number;
}

const SAVEPOINT = 'svc_migrate_before_down';
/** Counting stops here: "more than a million rows" is enough to refuse, and counting further costs time. */
const COUNT_CAP = 1_000_000;

/** Ordinary tables of the user's schemas (temporary ones and catalogs are nobody's data). */
const USER_TABLES = `FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'r' AND c.relpersistence <> 't'
    AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname !~ '^pg_(toast_)?temp_'`;

/** The catalog and this transaction's writes, in oid order so that findings come in a stable order. */
async function snapshot(db: Database): Promise<Snapshot> {
  const rels = await db.query<Rel>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name, pg_catalog.pg_relation_filenode(c.oid)::text AS filenode ${USER_TABLES} ORDER BY c.oid`,
  );
  const cols = await db.query<Col>(
    `SELECT a.attrelid::text AS rel, a.attnum::int AS num, a.attname AS name, a.attisdropped AS dropped
       FROM pg_catalog.pg_attribute a WHERE a.attnum > 0 AND a.attrelid IN (SELECT c.oid ${USER_TABLES})
      ORDER BY a.attrelid, a.attnum`,
  );
  const writes = await db.query<{ rel: string; del: string; upd: string }>(
    `SELECT relid::text AS rel, n_tup_del::text AS del, n_tup_upd::text AS upd
       FROM pg_catalog.pg_stat_xact_user_tables WHERE n_tup_del > 0 OR n_tup_upd > 0 ORDER BY relid`,
  );
  return {
    rels: new Map(rels.rows.map((r) => [r.oid, r])),
    cols: new Map(cols.rows.map((c) => [`${c.rel}:${c.num}`, { ...c, num: Number(c.num) }])),
    writes: new Map(writes.rows.map((w) => [w.rel, { del: Number(w.del), upd: Number(w.upd) }])),
  };
}

/** What changed from `a` to `b` among the tables and columns that existed in `a`. */
function diff(a: Snapshot, b: Snapshot): Change[] {
  const out: Change[] = [];
  for (const rel of a.rels.values()) {
    const now = b.rels.get(rel.oid);
    if (!now) out.push({ kind: 'table-dropped', rel });
    else if (now.filenode !== rel.filenode) out.push({ kind: 'table-rewritten', rel });
  }
  for (const col of a.cols.values()) {
    const rel = a.rels.get(col.rel);
    if (col.dropped || !rel || !b.rels.has(col.rel)) continue;
    const now = b.cols.get(`${col.rel}:${col.num}`);
    if (!now || now.dropped) out.push({ kind: 'column-dropped', rel, col });
  }
  for (const [oid, w] of b.writes) {
    const rel = a.rels.get(oid);
    if (!rel) continue;
    const before = a.writes.get(oid) ?? { del: 0, upd: 0 };
    if (w.del > before.del) out.push({ kind: 'rows-deleted', rel, rows: w.del - before.del });
    if (w.upd > before.upd) out.push({ kind: 'rows-updated', rel, rows: w.upd - before.upd });
  }
  return out;
}

function changeKey(c: Change): string {
  return `${c.kind}:${c.rel.oid}${c.kind === 'column-dropped' ? `:${c.col.num}` : ''}`;
}

function tableName(rel: Rel): string {
  return `${quoteIdent(rel.schema)}.${quoteIdent(rel.name)}`;
}

/** Counts a table's rows and the non-NULL values of `cols` (up to COUNT_CAP rows), or says they are hidden. */
async function measure(db: Database, rel: Rel, cols: readonly Col[]): Promise<Holding> {
  const info = await db.query<{ hidden: boolean; bytes: string; estimate: string }>(
    `SELECT pg_catalog.row_security_active(c.oid)
            OR NOT pg_catalog.has_table_privilege(c.oid, 'SELECT')
            OR NOT pg_catalog.has_schema_privilege(c.relnamespace, 'USAGE') AS hidden,
            pg_catalog.pg_relation_size(c.oid)::text AS bytes,
            GREATEST(c.reltuples, COALESCE(s.n_live_tup, 0), 0)::bigint::text AS estimate
       FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
      WHERE c.oid = $1::oid`,
    [rel.oid],
  );
  const row = info.rows[0];
  const bytes = Number(row?.bytes ?? 0);
  const names = new Map(cols.map((c) => [c.num, c.name]));
  if (!row || row.hidden) return { hidden: true, rows: Number(row?.estimate ?? 0), values: new Map(), names, bytes };
  const picked = cols.map((c) => quoteIdent(c.name)).join(', ');
  const counts = cols.map((c, i) => `, pg_catalog.count(x.${quoteIdent(c.name)})::text AS v${i}`).join('');
  const r = await db.query<Record<string, string>>(
    `SELECT pg_catalog.count(*)::text AS n${counts} FROM (SELECT ${picked} FROM ONLY ${tableName(rel)} LIMIT ${COUNT_CAP + 1}) x`,
  );
  const got = r.rows[0] ?? {};
  return { hidden: false, rows: Number(got.n ?? 0), values: new Map(cols.map((c, i) => [c.num, Number(got[`v${i}`] ?? 0)])), names, bytes };
}

function holdsData(h: Holding): boolean {
  return h.hidden ? h.bytes > 0 || h.rows > 0 : h.rows > 0;
}

function rowsText(n: number): string {
  return n > COUNT_CAP ? `more than ${COUNT_CAP} rows` : `${n} row${n === 1 ? '' : 's'}`;
}

function heldText(h: Holding): string {
  if (!h.hidden) return rowsText(h.rows);
  return `rows that row-level security or missing privileges hide from this role (about ${h.rows} by the statistics, ${h.bytes} bytes on disk)`;
}

/** The loss a change caused, described, or undefined when what it touched held no data. */
function judge(c: Change, before: Holding, after: Holding | undefined): string | undefined {
  const table = `${c.rel.schema}.${c.rel.name}`;
  if (!holdsData(before)) return undefined;
  switch (c.kind) {
    case 'table-dropped':
      return `drops table ${table}, which holds ${heldText(before)}`;
    case 'column-dropped': {
      if (before.hidden) return `drops column ${table}.${c.col.name} of a table holding ${heldText(before)}`;
      const n = before.values.get(c.col.num) ?? 0;
      return n > 0 ? `drops column ${table}.${c.col.name}, which holds values in ${rowsText(n)}` : undefined;
    }
    case 'rows-deleted':
      return `deletes ${rowsText(c.rows)} from ${table}, which held ${heldText(before)}`;
    case 'rows-updated':
      return `updates ${rowsText(c.rows)} of ${table} (their old values are lost), which held ${heldText(before)}`;
    case 'table-rewritten':
      return judgeRewrite(table, before, after);
  }
}

/** A rewritten table (TRUNCATE, ALTER COLUMN TYPE ...): rows or non-NULL values fewer after than before. */
function judgeRewrite(table: string, before: Holding, after: Holding | undefined): string | undefined {
  if (before.hidden || !after || after.hidden) {
    return `rewrites table ${table}, which holds ${heldText(before)} that cannot be compared after`;
  }
  if (after.rows < before.rows) return `empties table ${table} (truncated or rewritten): ${rowsText(before.rows)} before, ${after.rows} after`;
  const lost: string[] = [];
  for (const [num, n] of before.values) {
    const now = after.values.get(num);
    if (now !== undefined && now < n) lost.push(`${n - now} of ${n} values of column ${before.names.get(num) ?? num}`);
  }
  return lost.length > 0 ? `rewrites table ${table} and loses ${lost.join(', ')}` : undefined;
}

interface RunOutcome {
  changes: Change[];
  /** Step index per change key: the first step whose down file made that change. */
  blame: Map<string, number>;
  ms: number[];
  failed?: { step: number; error: string };
}

/** Runs every step's down file in the open transaction and tells what changed (and which step changed it). */
async function runSteps(db: Database, steps: readonly DownStep[], attribute: boolean): Promise<RunOutcome> {
  const first = await snapshot(db);
  let previous = first;
  const blame = new Map<string, number>();
  const ms: number[] = [];
  for (let i = 0; i < steps.length; i++) {
    const started = performance.now();
    try {
      await db.exec(steps[i]!.sql);
    } catch (e) {
      return { changes: [], blame, ms, failed: { step: i, error: e instanceof Error ? e.message : String(e) } };
    }
    ms.push(performance.now() - started);
    if (attribute && i < steps.length - 1) {
      const now = await snapshot(db);
      for (const c of diff(previous, now)) if (!blame.has(changeKey(c))) blame.set(changeKey(c), i);
      previous = now;
    }
  }
  const last = await snapshot(db);
  for (const c of diff(previous, last)) if (!blame.has(changeKey(c))) blame.set(changeKey(c), steps.length - 1);
  return { changes: diff(first, last), blame, ms };
}

/** The columns each changed table needs counted: all of a rewritten table's, a dropped column. */
function columnsToCount(changes: readonly Change[], snap: Map<string, Col[]>): Map<string, { rel: Rel; cols: Col[] }> {
  const out = new Map<string, { rel: Rel; cols: Col[] }>();
  for (const c of changes) {
    const entry = out.get(c.rel.oid) ?? { rel: c.rel, cols: [] };
    out.set(c.rel.oid, entry);
    if (c.kind === 'table-rewritten') entry.cols = snap.get(c.rel.oid) ?? [];
    else if (c.kind === 'column-dropped' && !entry.cols.some((x) => x.num === c.col.num)) entry.cols.push(c.col);
  }
  return out;
}

function columnsByTable(s: Snapshot): Map<string, Col[]> {
  const out = new Map<string, Col[]>();
  for (const col of s.cols.values()) {
    if (col.dropped) continue;
    out.set(col.rel, [...(out.get(col.rel) ?? []), col]);
  }
  return out;
}

/**
 * Locks a table against writers until COMMIT, so that its count holds until the down files run again. A table
 * this role may not lock (another owner's, changed through a SECURITY DEFINER function) is counted unlocked
 * rather than failing the check: the second run must still change nothing more than the first.
 */
async function lockAgainstWriters(db: Database, rel: Rel): Promise<void> {
  await db.exec('SAVEPOINT svc_migrate_lock');
  try {
    await db.exec(`LOCK TABLE ONLY ${tableName(rel)} IN SHARE ROW EXCLUSIVE MODE`);
    await db.exec('RELEASE SAVEPOINT svc_migrate_lock');
  } catch {
    await db.exec('ROLLBACK TO SAVEPOINT svc_migrate_lock');
    await db.exec('RELEASE SAVEPOINT svc_migrate_lock');
  }
}

/**
 * After a first run that changed something: measures the rewritten tables as they are now, goes back to the
 * savepoint, locks every table concerned against writers (so the counts hold until COMMIT), measures them as
 * they were, and judges each change.
 */
async function losses(db: Database, run: RunOutcome): Promise<Loss[]> {
  const after = new Map<string, Holding>();
  const afterCols = columnsByTable(await snapshot(db));
  for (const c of run.changes) {
    if (c.kind === 'table-rewritten') after.set(c.rel.oid, await measure(db, c.rel, afterCols.get(c.rel.oid) ?? []));
  }
  await db.exec(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  const wanted = columnsToCount(run.changes, columnsByTable(await snapshot(db)));
  for (const w of wanted.values()) await lockAgainstWriters(db, w.rel);
  const before = new Map<string, Holding>();
  for (const [oid, w] of wanted) before.set(oid, await measure(db, w.rel, w.cols));
  const dropped = new Set(run.changes.filter((c) => c.kind === 'table-dropped').map((c) => c.rel.oid));
  const out: Loss[] = [];
  for (const c of run.changes) {
    // A dropped table's columns and rows are its loss, said once.
    if (c.kind !== 'table-dropped' && dropped.has(c.rel.oid)) continue;
    const message = judge(c, before.get(c.rel.oid)!, after.get(c.rel.oid));
    if (message) out.push({ step: run.blame.get(changeKey(c)) ?? 0, message });
  }
  return out;
}

/**
 * Runs the down files of `steps` (in order, all transactional) in ONE transaction and judges what they did.
 * Commits — with each step's tracking row removed and its attempt logged — only when nothing that held data was
 * destroyed, or `force`; rolls back on a dry run, on a loss without `force`, and on a failing down file (whose
 * failed attempt is then logged). Never leaves a transaction open.
 */
export async function revertChecked(db: Database, steps: readonly DownStep[], opts: RevertOptions): Promise<CheckedRevert> {
  await db.exec('BEGIN');
  try {
    await db.exec(`SAVEPOINT ${SAVEPOINT}`);
    let run = await runSteps(db, steps, steps.length > 1);
    if (run.failed) return await failed(db, steps, run.failed, opts.env);
    const found = run.changes.length > 0 ? await losses(db, run) : [];
    if (opts.dryRun || (found.length > 0 && !opts.force)) {
      await db.exec('ROLLBACK');
      return { losses: found, committed: false, ms: run.ms };
    }
    if (run.changes.length > 0) {
      // Back at the savepoint, with the tables locked: the real run.
      const seen = new Set(run.changes.map(changeKey));
      run = await runSteps(db, steps, false);
      if (run.failed) return await failed(db, steps, run.failed, opts.env);
      const unexpected = run.changes.filter((c) => !seen.has(changeKey(c)));
      if (unexpected.length > 0) {
        await db.exec('ROLLBACK');
        const what = unexpected.map((c) => `${c.kind.replace('-', ' ')} ${c.rel.schema}.${c.rel.name}`).join(', ');
        return { losses: found, committed: false, ms: run.ms, failed: { step: steps.length - 1, error: `the down files changed more when run a second time (${what}) than when checked: nothing was rolled back` } };
      }
    }
    for (let i = 0; i < steps.length; i++) {
      const { service, migration } = steps[i]!;
      await recordReverted(db, service, { migrationId: migration.id, executionTimeMs: run.ms[i] ?? 0, environment: opts.env });
    }
    await db.exec('COMMIT');
    return { losses: found, committed: true, ms: run.ms };
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

async function failed(db: Database, steps: readonly DownStep[], f: { step: number; error: string }, env: string): Promise<CheckedRevert> {
  await db.exec('ROLLBACK');
  const step = steps[f.step]!;
  await logAttempt(db, step.service, { migrationId: step.migration.id, direction: 'down', executionTimeMs: 0, environment: env, success: false, error: f.error });
  return { losses: [], committed: false, ms: [], failed: f };
}

