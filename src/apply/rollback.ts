/**
 * Rolling back is safe by default (spec section 4). Planning is pure: which applied migrations a
 * `--to` / `--steps` / `--only` selects, newest first, and which of them must not be rolled back without
 * `--force` — marked `rollback_safe: false`, needed by a migration that stays applied, or without a down file.
 * Whether a down migration destroys data depends on the data, so that check reads the database
 * (`findDataLoss`); `runRollback` puts it together and runs the down files with `applyMigration`.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/types.js';
import { appliesIn } from '../graph/environments.js';
import { compareIds } from '../graph/ids.js';
import { dependentsOf } from '../graph/order.js';
import type { Migration, Repo, Service } from '../repo/types.js';
import { destructiveOperations, type DestructiveOperation } from '../sql/facts.js';
import { ensureParser, parseSql } from '../sql/parser.js';
import type { Database } from './db/types.js';
import { withServiceLock } from './lock.js';
import type { Progress } from '../core/progress.js';
import { applyMigration, fileIsTransactional, type AppliedStep, type Log } from './run.js';
import { quoteIdent, readApplied } from './tracking.js';

/** An applied migration as the tracking table knows it (an `AppliedRow` plus its service). */
export interface AppliedRef {
  service: string;
  version: string;
  dirty?: boolean;
}

/** Exactly one of `to`, `steps`, `only`. */
export interface RollbackSelection {
  service: string;
  /** Everything applied after this id (numerically greater). */
  to?: string;
  /** The newest N applied migrations. */
  steps?: number;
  /** This one migration only (selective rollback). */
  only?: string;
}

export interface RollbackStep {
  service: string;
  id: string;
  name: string;
  folder: string;
  /** The down file, relative to the root; absent when there is none (then refused). */
  downFile?: string;
  /** The migration as in the repository; absent for an applied version without files. */
  migration?: Migration;
}

export type RefusalRule =
  | 'rollback-unsafe'
  | 'rollback-dependent'
  | 'rollback-data-loss'
  | 'rollback-missing-down'
  | 'rollback-dirty';

export interface Refusal {
  service: string;
  id: string;
  rule: RefusalRule;
  /** Names the blocker and what to do. */
  message: string;
}

export interface RollbackPlan {
  service: string;
  environment: string;
  /** In execution order: newest first. */
  steps: RollbackStep[];
  refusals: Refusal[];
  /** True when refusals exist and --force was given: the steps run anyway. */
  forced: boolean;
}

/** The service a rollback is about: the one --service names, or the only one of the repo. */
export function rollbackService(repo: Repo, services: readonly string[]): Service {
  if (services.length > 1) throw new UsageError('rollback works on one service at a time: pass one --service.');
  const name = services[0] ?? (repo.services.length === 1 ? repo.services[0]?.name : undefined);
  if (name === undefined) {
    throw new UsageError(
      `rollback needs --service: this repository has ${repo.services.length} services (${repo.services.map((s) => s.name).join(', ')}).`,
    );
  }
  const service = repo.services.find((s) => s.name === name);
  if (!service) throw new UsageError(`Unknown service ${name}: no services/${name}/migrations folder under the root.`);
  return service;
}

/** The repository's migration for an applied version: the one that applies in env wins over other folders. */
function migrationFor(service: Service, id: string, env: string): Migration | undefined {
  const all = service.migrations.filter((m) => m.id === id);
  return all.find((m) => appliesIn(m, env)) ?? all[0];
}

/**
 * Applied versions of a service in the order they were applied as far as the files tell: `depends_on` first,
 * ties by numeric id. Reversed, that is the order to roll back in: dependents before what they need.
 */
export function appliedOrder(service: Service, versions: readonly string[], env: string): string[] {
  const set = new Set(versions);
  const deps = new Map<string, string[]>();
  for (const v of versions) {
    const raw: unknown = migrationFor(service, v, env)?.meta?.depends_on;
    const list = Array.isArray(raw) ? raw.filter((d): d is string => typeof d === 'string') : [];
    deps.set(v, list.filter((d) => set.has(d) && d !== v));
  }
  const out: string[] = [];
  const placed = new Set<string>();
  let rest = [...set].sort(compareIds);
  while (rest.length > 0) {
    // Smallest id whose dependencies are placed; with a cycle, the smallest id so the loop always ends.
    const next = rest.find((v) => (deps.get(v) ?? []).every((d) => placed.has(d))) ?? (rest[0] as string);
    out.push(next);
    placed.add(next);
    rest = rest.filter((v) => v !== next);
  }
  return out;
}

/**
 * Plans a rollback (pure). `applied` holds the applied versions of every service (another service's applied
 * migrations may depend on this one's). With `force`, refusals are still listed but `forced` says they are
 * overridden. Throws UsageError for a selection that cannot be used (none or several of to/steps/only, an
 * `--only` that is not applied).
 */
export function planRollback(
  repo: Repo,
  env: string,
  applied: readonly AppliedRef[],
  selection: RollbackSelection,
  opts: { force: boolean },
): RollbackPlan {
  const service = repo.services.find((s) => s.name === selection.service);
  if (!service) throw new UsageError(`Unknown service ${selection.service}.`);
  const chosen = [selection.to, selection.steps, selection.only].filter((x) => x !== undefined).length;
  if (chosen !== 1) {
    throw new UsageError('Say what to roll back with exactly one of --to ID, --steps N or --only ID.');
  }
  const mine = applied.filter((a) => a.service === service.name);
  const order = appliedOrder(service, mine.map((a) => a.version), env);
  const newestFirst = [...order].reverse();

  let ids: string[];
  if (selection.to !== undefined) {
    const to = selection.to;
    ids = newestFirst.filter((v) => compareIds(v, to) > 0 && !sameId(v, to));
  } else if (selection.steps !== undefined) {
    if (!Number.isInteger(selection.steps) || selection.steps < 1) {
      throw new UsageError(`--steps must be a positive whole number, not ${selection.steps}.`);
    }
    ids = newestFirst.slice(0, selection.steps);
  } else {
    const only = selection.only as string;
    const match = newestFirst.find((v) => v === only) ?? newestFirst.find((v) => sameId(v, only));
    if (match === undefined) {
      throw new UsageError(`${service.name} ${only} is not applied: nothing to roll back (applied: ${order.join(', ') || 'none'}).`);
    }
    ids = [match];
  }

  const steps: RollbackStep[] = ids.map((id) => {
    const migration = migrationFor(service, id, env);
    const step: RollbackStep = { service: service.name, id, name: migration?.name ?? '', folder: migration?.folder ?? '' };
    if (migration) step.migration = migration;
    if (migration?.down) step.downFile = migration.down.file;
    return step;
  });

  const refusals: Refusal[] = [];
  const dirty = mine.find((a) => a.dirty);
  if (dirty) {
    refusals.push({
      service: service.name,
      id: dirty.version,
      rule: 'rollback-dirty',
      message: `${service.name} is dirty at ${dirty.version} (a migration failed half-way): repair the database, then run \`svc-migrate force --service ${service.name} --version ${dirty.version} --clean\`.`,
    });
  }
  const appliedKeys = new Set(applied.map((a) => key(a.service, a.version)));
  const position = new Map(steps.map((s, i) => [s.id, i]));
  steps.forEach((step, i) => {
    const label = `${step.service} ${step.id}${step.name ? ` ${step.name}` : ''}`;
    if (!step.migration) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-missing-down',
        message: `${label} is applied but has no files in the repository: there is no down migration to run.`,
      });
    } else if (!step.downFile) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-missing-down',
        message: `${label} has no down file (${service.dir}/${step.folder}/${step.id}_${step.name}.down.sql).`,
      });
    }
    if (step.migration?.meta?.rollback_safe === false) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-unsafe',
        message: `${label} is marked "rollback_safe": false in ${service.dependencies?.file ?? `${service.dir}/dependencies.json`}.`,
      });
    }
    for (const dep of dependentsOf(repo, step.service, step.id)) {
      if (!appliedKeys.has(key(dep.service, dep.id))) continue;
      // A dependent of this service rolled back earlier in this run is fine.
      const at = dep.service === step.service ? position.get(dep.id) : undefined;
      if (at !== undefined && at < i) continue;
      const how = dep.service === step.service ? 'depends_on' : 'cross_service_dependencies';
      const fix =
        dep.service === step.service
          ? `roll back ${dep.id} first (--to ${dep.id} with a lower id, or --steps)`
          : `roll back ${dep.service} ${dep.id} first`;
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-dependent',
        message: `${label} is needed by applied migration ${dep.service} ${dep.id} (its ${how}): ${fix}, or use --force.`,
      });
    }
  });
  return { service: service.name, environment: env, steps, refusals, forced: opts.force && refusals.length > 0 };
}

function key(service: string, id: string): string {
  return `${service}\u0000${id}`;
}

function sameId(a: string, b: string): boolean {
  return compareIds(a, b) === 0 || a.replace(/^0+/, '') === b.replace(/^0+/, '');
}

/** Exact name parts (`[schema?, table]`, as DestructiveOperation.names gives them) -> a quoted, qualified reference. */
function quotedName(parts: readonly string[]): string {
  return parts.map(quoteIdent).join('.');
}

/** The questions the data-loss check asks the database about one destructive operation. */
export interface DataProbe {
  op: DestructiveOperation['kind'];
  target: string;
  /**
   * Returns `{ found: boolean }`: does the object exist? Asked first, in its own query, because the data
   * query cannot even be planned against a table or column that does not exist. For a schema: its tables,
   * as rows `{ schema, table }`.
   */
  existsSql: string;
  /** Returns `{ found: boolean }`: true when the operation would destroy rows. Empty for a schema. */
  dataSql: string;
  /** What the refusal says when it does. */
  describe: string;
}

/**
 * How to tell whether an operation destroys data (pure). Objects are looked up through `to_regclass`, so a
 * table that does not exist (dropped earlier, or never created) holds nothing and costs no error.
 */
export function dataProbes(op: DestructiveOperation): DataProbe[] {
  // The exact name parts, not the display text: "Users" and users are two tables, and a quoted name may hold a dot.
  const parts = op.names;
  switch (op.kind) {
    case 'drop-table':
    case 'truncate':
    case 'delete': {
      const table = quotedName(parts);
      const verb = op.kind === 'drop-table' ? 'drops table' : op.kind === 'truncate' ? 'truncates' : 'deletes rows from';
      return [
        {
          op: op.kind,
          target: op.target,
          existsSql: `SELECT to_regclass(${literal(table)}) IS NOT NULL AS found`,
          dataSql: `SELECT EXISTS (SELECT 1 FROM ${table}) AS found`,
          describe: `${verb} ${op.target}, which holds rows`,
        },
      ];
    }
    case 'drop-column': {
      const column = parts[parts.length - 1] as string;
      const table = quotedName(parts.slice(0, -1));
      return [
        {
          op: op.kind,
          target: op.target,
          existsSql: `SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(${literal(table)}) AND attname = ${literal(column)} AND attnum > 0 AND NOT attisdropped) AS found`,
          dataSql: `SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${quoteIdent(column)} IS NOT NULL) AS found`,
          describe: `drops column ${op.target}, which holds values`,
        },
      ];
    }
    case 'drop-schema':
      return [
        {
          op: op.kind,
          target: op.target,
          existsSql: `SELECT n.nspname AS schema, c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ${literal(parts[0] ?? '')} AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
          dataSql: '',
          describe: `drops schema ${op.target}`,
        },
      ];
    default:
      return [];
  }
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Reads each step's down file and asks the database whether it would destroy data: a table, column or schema
 * that holds rows, or rows deleted. Dropping an index, a function, a view or an empty table passes. A down
 * file that does not parse is refused too: what it does cannot be known.
 */
export async function findDataLoss(db: Database, steps: readonly RollbackStep[]): Promise<Refusal[]> {
  await ensureParser();
  const refusals: Refusal[] = [];
  for (const step of steps) {
    const down = step.migration?.down;
    if (!down) continue;
    const label = `${step.service} ${step.id} ${step.name}`;
    const text = await readFile(down.abs, 'utf8');
    const parsed = parseSql(text);
    if (parsed.error) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: 'rollback-data-loss',
        message: `${label}: ${down.file}:${parsed.error.line}:${parsed.error.column} does not parse (${parsed.error.message}), so what it destroys cannot be checked.`,
      });
      continue;
    }
    for (const stmt of parsed.statements) {
      for (const op of destructiveOperations(stmt)) {
        const problem = await probe(db, op);
        if (!problem) continue;
        const line = parsed.lines.fromByte(stmt.start).line;
        refusals.push({
          service: step.service,
          id: step.id,
          rule: 'rollback-data-loss',
          message: `${label}: ${down.file}:${line} ${problem}; use --force to roll back anyway.`,
        });
      }
    }
  }
  return refusals;
}

/** The data an operation would destroy, described, or undefined when it destroys none. */
async function probe(db: Database, op: DestructiveOperation): Promise<string | undefined> {
  for (const p of dataProbes(op)) {
    if (p.op === 'drop-schema') {
      const { rows } = await db.query<{ schema: string; table: string }>(p.existsSql);
      const full: string[] = [];
      for (const row of rows) {
        const q = `SELECT EXISTS (SELECT 1 FROM ${quotedName([row.schema, row.table])}) AS found`;
        if ((await db.query<{ found: boolean }>(q)).rows[0]?.found) full.push(`${row.schema}.${row.table}`);
      }
      if (full.length > 0) return `${p.describe}, whose tables hold rows (${full.join(', ')})`;
      continue;
    }
    if ((await db.query<{ found: boolean }>(p.existsSql)).rows[0]?.found !== true) continue;
    if ((await db.query<{ found: boolean }>(p.dataSql)).rows[0]?.found === true) return p.describe;
  }
  return undefined;
}

export interface RollbackOptions {
  repo: Repo;
  env: string;
  db: Database;
  selection: RollbackSelection;
  force: boolean;
  /** Plan and check only; run nothing. */
  dryRun?: boolean;
  out: Log;
  /** Where a down migration being run is shown while it runs (`Reverting: ...`). */
  progress?: Progress;
}

export interface RollbackResult {
  plan: RollbackPlan;
  /** Every refusal, the data-aware ones included (also those --force overrode). */
  refusals: Refusal[];
  /** True when refusals stopped the run. */
  refused: boolean;
  rolledBack: AppliedStep[];
  failed?: { service: string; id: string; error: string };
}

/**
 * `rollback`: plans, checks refusals (the data-aware ones against this database), and — unless something is
 * refused and --force is absent — runs the down files newest first under the service's lock, stopping at the
 * first failure. All or nothing on refusals: one refused step stops the whole run before anything changes.
 */
export async function runRollback(opts: RollbackOptions): Promise<RollbackResult> {
  const { repo, env, db, selection } = opts;
  return withServiceLock(db, selection.service, async () => {
    // Every service's applied rows: another service's applied migration may depend on this one.
    const applied: AppliedRef[] = [];
    for (const s of repo.services) {
      for (const row of await readApplied(db, s)) applied.push({ service: s.name, version: row.version, dirty: row.dirty });
    }
    const plan = planRollback(repo, env, applied, selection, { force: opts.force });
    const refusals = [...plan.refusals, ...(await findDataLoss(db, plan.steps))];
    plan.forced = opts.force && refusals.length > 0;
    const result: RollbackResult = { plan, refusals, refused: refusals.length > 0 && !opts.force, rolledBack: [] };
    if (result.refused || opts.dryRun) return result;

    for (const step of plan.steps) {
      const m = step.migration;
      const service = repo.services.find((s) => s.name === step.service);
      if (!m?.down || !service) {
        result.failed = { service: step.service, id: step.id, error: 'no down file' };
        break;
      }
      const sql = await readFile(m.down.abs, 'utf8');
      const transactional = await fileIsTransactional(sql, repo.config?.pg_version ?? 15);
      const task = opts.progress?.start(`Reverting: ${service.name} ${m.id}_${m.name}`);
      const outcome = await applyMigration(db, { service, migration: m, env, direction: 'down', sql, transactional, checksum: '' }, opts.out).finally(() => task?.end());
      if (!outcome.ok) {
        result.failed = { service: step.service, id: step.id, error: outcome.error };
        break;
      }
      result.rolledBack.push({ service: step.service, id: step.id, name: step.name, ms: outcome.ms });
    }
    return result;
  });
}
