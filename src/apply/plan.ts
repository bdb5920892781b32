/**
 * What `up` would apply, computed without touching a database: the pending migrations of each service in
 * `depends_on` order, services grouped into levels by their cross-service dependencies, and the steps that
 * cannot run (a prerequisite that is neither applied nor planned earlier). `up` executes this object;
 * `plan` and `up --dry-run` print it.
 */
import { compareText } from '../core/types.js';
import type { Migration, Repo, Service } from '../repo/types.js';
import { appliesIn } from '../graph/environments.js';
import { compareIds } from '../graph/ids.js';
import { orderService } from '../graph/order.js';

export { compareIds };

export interface CrossServiceRef {
  service: string;
  id: string;
}

export interface PlanStep {
  service: string;
  id: string;
  name: string;
  /** 'common' or the environment folder the migration sits in. */
  folder: string;
  /** The up file, relative to the root. */
  file: string;
  /** The down file, relative to the root, when there is one. */
  downFile?: string;
  /** `depends_on` of this migration, as written. */
  dependsOn: string[];
  /** `cross_service_dependencies`, flattened. */
  crossService: CrossServiceRef[];
  /** Level of the service: services of one level can run in parallel once the lower levels are done. */
  level: number;
}

export interface BlockedStep {
  service: string;
  id: string;
  reason: string;
}

export interface Plan {
  environment: string;
  /** Services with steps, grouped by level; index = level. */
  levels: string[][];
  /** Runnable steps in execution order: by level, then service name, then `depends_on` order. */
  steps: PlanStep[];
  /** Pending migrations that cannot run, with why. They are not in `steps`. */
  blocked: BlockedStep[];
}

export interface PlanOptions {
  /** Only these services (default: all of the repo). */
  services?: string[];
  /** Apply only up to this id (numerically, inclusive), like golang-migrate's `goto`. */
  target?: string;
}

/** Applied migration ids per service. */
export type AppliedState = Map<string, Set<string>>;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function crossRefs(m: Migration): CrossServiceRef[] {
  const refs: CrossServiceRef[] = [];
  for (const [service, ids] of Object.entries(m.meta?.cross_service_dependencies ?? {})) {
    for (const id of ids ?? []) refs.push({ service, id });
  }
  return refs;
}

interface Candidate {
  service: Service;
  migration: Migration;
  blocked?: string;
}

/**
 * Plans `up` for one environment (pure).
 *
 * A step is blocked — and so is everything that depends on it, in its service or another — when a
 * prerequisite (`depends_on` or `cross_service_dependencies`) is neither applied nor planned to run before it.
 * Cross-service prerequisites must be in a lower level, since one level's services run in parallel.
 */
export function planUp(repo: Repo, env: string, applied: AppliedState, opts: PlanOptions = {}): Plan {
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : undefined;
  const services = repo.services.filter((s) => !wanted || wanted.has(s.name));

  // Per service: pending migrations of this environment, in dependency order.
  const pending = new Map<string, Candidate[]>();
  for (const service of services) {
    const done = applied.get(service.name) ?? new Set<string>();
    const list: Candidate[] = [];
    const applying = service.migrations.filter((m) => appliesIn(m, env));
    // orderService leaves out migrations without an up file; they are blocked below so the user learns why.
    const first = dedupe(applying);
    const inRange = (m: Migration): boolean => opts.target === undefined || compareIds(m.id, opts.target, service.idOrder) <= 0;
    for (const migration of dedupe(orderService(service, env))) {
      if (first.includes(migration) && !done.has(migration.id) && inRange(migration)) list.push({ service, migration });
    }
    // A history written for another tool is applied as that tool applies it: a down file with no up file is
    // skipped there (missing-up reports it), not a reason to stop the service.
    const foreign = (service.format ?? 'native') !== 'native';
    for (const migration of first) {
      if (!migration.up && !foreign && !done.has(migration.id) && inRange(migration)) list.push({ service, migration });
    }
    for (const m of applying) {
      if (!first.includes(m) && !done.has(m.id) && inRange(m)) {
        list.push({ service, migration: m, blocked: `duplicate id ${m.id} in ${service.name} (see duplicate-version)` });
      }
    }
    if (list.length > 0) pending.set(service.name, list);
  }

  const levelOf = serviceLevelsFor(pending);
  const isPlanned = (service: string, id: string): boolean =>
    (pending.get(service) ?? []).some((c) => c.migration.id === id);
  const isApplied = (service: string, id: string): boolean => applied.get(service)?.has(id) ?? false;

  // Services in level order; a service's steps see the outcome of every lower level.
  const order = [...pending.keys()].sort((a, b) => (levelOf.get(a) ?? 0) - (levelOf.get(b) ?? 0) || compareText(a, b));
  const blockedIds = new Map<string, Set<string>>();
  const steps: PlanStep[] = [];
  const blocked: BlockedStep[] = [];
  for (const name of order) {
    const level = levelOf.get(name) ?? 0;
    const blockedHere = new Set<string>();
    blockedIds.set(name, blockedHere);
    const plannedHere = new Set<string>();
    for (const cand of pending.get(name) ?? []) {
      const m = cand.migration;
      const reason = cand.blocked ?? blockReason(cand, {
        env,
        level,
        plannedHere,
        blockedHere,
        blockedIds,
        levelOf,
        isPlanned,
        isApplied,
        wanted: new Set(services.map((s) => s.name)),
      });
      if (reason) {
        blockedHere.add(m.id);
        blocked.push({ service: name, id: m.id, reason });
        continue;
      }
      plannedHere.add(m.id);
      steps.push(toStep(cand, level));
    }
  }

  const levels: string[][] = [];
  for (const step of steps) {
    const row = (levels[step.level] ??= []);
    if (!row.includes(step.service)) row.push(step.service);
  }
  // Levels left empty by blocked services are squeezed out so the matrix has no holes.
  const compact = levels.filter((row) => row && row.length > 0);
  const renumber = new Map<number, number>();
  levels.forEach((row, i) => {
    if (row && row.length > 0) renumber.set(i, compact.indexOf(row));
  });
  for (const step of steps) step.level = renumber.get(step.level) ?? step.level;

  return { environment: env, levels: compact, steps, blocked };
}

/**
 * The plan restricted to `steps` (a subset of its steps, as the preflight leaves them): levels that lose every
 * service are squeezed out and the steps renumbered, as `planUp` does, so a matrix built from it has no holes.
 */
export function restrictPlan(plan: Plan, steps: readonly PlanStep[]): Plan {
  const kept = new Set(steps.map((s) => s.service));
  const levels = plan.levels.map((row) => row.filter((service) => kept.has(service)));
  const renumber = new Map<number, number>();
  let next = 0;
  levels.forEach((row, i) => {
    if (row.length > 0) renumber.set(i, next++);
  });
  return {
    ...plan,
    levels: levels.filter((row) => row.length > 0),
    steps: steps.map((s) => ({ ...s, level: renumber.get(s.level) ?? s.level })),
  };
}

/** Keeps the first migration of each id; the others are reported as blocked by the caller. */
function dedupe(migrations: readonly Migration[]): Migration[] {
  const seen = new Set<string>();
  return migrations.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

interface BlockContext {
  env: string;
  level: number;
  plannedHere: Set<string>;
  blockedHere: Set<string>;
  blockedIds: Map<string, Set<string>>;
  levelOf: Map<string, number>;
  isPlanned(service: string, id: string): boolean;
  isApplied(service: string, id: string): boolean;
  wanted: Set<string>;
}

function blockReason(cand: Candidate, ctx: BlockContext): string | undefined {
  const m = cand.migration;
  const service = cand.service.name;
  if (!m.up) return `${service} ${m.id} has no up file`;
  for (const dep of unique(m.meta?.depends_on ?? [])) {
    if (dep === m.id || ctx.isApplied(service, dep) || ctx.plannedHere.has(dep)) continue;
    if (ctx.blockedHere.has(dep)) return `depends on ${service} ${dep}, which is blocked`;
    if (ctx.isPlanned(service, dep)) return `depends on ${service} ${dep}, which is ordered after it (dependency cycle)`;
    return `depends on ${service} ${dep}, which is not applied and does not apply in ${ctx.env}`;
  }
  for (const ref of crossRefs(m)) {
    if (ref.service === service) continue;
    if (ctx.isApplied(ref.service, ref.id)) continue;
    if (ctx.blockedIds.get(ref.service)?.has(ref.id)) {
      return `needs ${ref.service} ${ref.id}, which is blocked`;
    }
    if (ctx.isPlanned(ref.service, ref.id)) {
      if ((ctx.levelOf.get(ref.service) ?? 0) < ctx.level) continue;
      return `needs ${ref.service} ${ref.id}, which is planned in the same or a later level (cycle between services)`;
    }
    if (!ctx.wanted.has(ref.service)) {
      return `needs ${ref.service} ${ref.id}, which is not applied and ${ref.service} is not part of this run`;
    }
    return `needs ${ref.service} ${ref.id}, which is not applied and not planned in ${ctx.env}`;
  }
  return undefined;
}

function toStep(cand: Candidate, level: number): PlanStep {
  const m = cand.migration;
  const step: PlanStep = {
    service: cand.service.name,
    id: m.id,
    name: m.name,
    folder: m.folder,
    file: m.up?.file ?? '',
    dependsOn: [...(m.meta?.depends_on ?? [])],
    crossService: crossRefs(m),
    level,
  };
  if (m.down) step.downFile = m.down.file;
  return step;
}

/**
 * Level of each service with pending work: 0 when none of its pending migrations needs a pending migration
 * of another service, else one more than the highest such service. Services caught in a cycle share one
 * level above their other prerequisites (their steps then get blocked with a reason).
 */
function serviceLevelsFor(pending: Map<string, Candidate[]>): Map<string, number> {
  const needs = new Map<string, Set<string>>();
  for (const [name, cands] of pending) {
    const set = new Set<string>();
    for (const c of cands) {
      for (const ref of crossRefs(c.migration)) {
        if (ref.service === name) continue;
        if ((pending.get(ref.service) ?? []).some((o) => o.migration.id === ref.id)) set.add(ref.service);
      }
    }
    needs.set(name, set);
  }
  const level = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (name: string): number => {
    const known = level.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return 0; // cycle: the back edge does not raise the level
    visiting.add(name);
    let l = 0;
    for (const dep of needs.get(name) ?? []) l = Math.max(l, visit(dep) + 1);
    visiting.delete(name);
    level.set(name, l);
    return l;
  };
  for (const name of [...pending.keys()].sort()) visit(name);
  return level;
}

/** What the preflight adds to a plan (run.ts `UpPlan`); printed when present. */
export interface PlanVerdict {
  refusals?: ReadonlyArray<{ rule: string; message: string }>;
  heldBack?: ReadonlyArray<{ service: string; reason: string }>;
}

/** One line a step, grouped by level: `user-service 000002 add_user_profiles (common)`; then refusals. */
export function formatPlanText(plan: Plan & PlanVerdict): string {
  const lines: string[] = [`Plan for ${plan.environment}: ${plan.steps.length} migration(s) to apply`];
  plan.levels.forEach((services, level) => {
    lines.push(`level ${level}: ${services.join(', ')}`);
    for (const s of plan.steps.filter((x) => x.level === level)) {
      lines.push(`  ${s.service} ${s.id} ${s.name} (${s.folder})`);
    }
  });
  if (plan.steps.length === 0) lines.push('nothing to apply');
  if (plan.blocked.length > 0) {
    lines.push(`blocked: ${plan.blocked.length}`);
    for (const b of plan.blocked) lines.push(`  ${b.service} ${b.id}: ${b.reason}`);
  }
  if (plan.heldBack && plan.heldBack.length > 0) {
    lines.push(`held back: ${plan.heldBack.length} service(s)`);
    for (const h of plan.heldBack) lines.push(`  ${h.service}: ${h.reason}`);
  }
  if (plan.refusals && plan.refusals.length > 0) {
    lines.push(`refused: ${plan.refusals.length}`);
    for (const r of plan.refusals) lines.push(`  [${r.rule}] ${r.message}`);
  }
  return lines.join('\n') + '\n';
}
