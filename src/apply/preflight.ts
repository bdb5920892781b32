/**
 * The one preflight (spec section 4): every refusal of every command that changes a database — dirty state,
 * checksum drift, blocked steps, validation errors, destructive statements, approval, maintenance window, the
 * rollback refusals (data loss included) — is decided here, by one pure function, from what the command knows:
 * its plan, the environment's settings, the validation findings, the database state and the flags. Commands
 * gather those facts and act on the answer; none decides a refusal itself. `plan` and `up --dry-run` print the
 * same answer that `up` acts on.
 */
import type { Finding } from '../core/types.js';
import type { EnvironmentSettings } from '../repo/types.js';
import type { BlockedStep, PlanStep } from './plan.js';
import { describeWindow, inWindow, windowProblem } from './window.js';

/** The commands that change a database. */
export type PreflightCommand = 'up' | 'rollback' | 'restore' | 'force' | 'baseline';

/** Why a command (or one service of it) may not run. */
export type PreflightRule =
  | 'approval-required'
  | 'maintenance-window'
  | 'dirty-service'
  | 'checksum-mismatch'
  | 'blocked-migration'
  | 'validation-failed'
  | 'destructive-operation'
  | 'destructive-rollback'
  | 'rollback-unsafe'
  | 'rollback-dependent'
  | 'rollback-data-loss'
  | 'rollback-missing-down'
  | 'rollback-dirty';

export interface PreflightRefusal {
  /** The service refused; absent when the whole command is (a finding that belongs to no service). */
  service?: string;
  migration?: string;
  rule: PreflightRule;
  /** What is wrong and what to do. */
  message: string;
}

/** A tracking row as the preflight needs it. */
export interface TrackedState {
  service: string;
  version: string;
  name?: string | null;
  dirty: boolean;
  /** True when the up file's checksum differs from the stored one. */
  checksumChanged?: boolean;
}

/** A down file that drops or deletes (static facts of the file, src/sql/facts.ts). */
export interface DestructiveDown {
  service: string;
  id: string;
  /** `DROP COLUMN users.accounts.bio`, ... */
  what: string[];
}

export interface PreflightInput {
  command: PreflightCommand;
  environment: string;
  /** The services the command would change, with the environment's settings for each. */
  services: ReadonlyArray<{ name: string; settings: EnvironmentSettings }>;
  /** `up`: the steps that cannot run (plan.ts). */
  blocked?: readonly BlockedStep[];
  /** Validation findings (validate's, ignore comments applied); only errors refuse. */
  findings?: readonly Finding[];
  /** Tracking rows of the services (dirty flags, checksum drift). */
  state?: readonly TrackedState[];
  /** `rollback`: down files that drop or delete. */
  destructiveDowns?: readonly DestructiveDown[];
  /** `rollback`: its own refusals (rollback_safe, dependents, missing down, data loss); `force` overrides them. */
  rollbackRefusals?: ReadonlyArray<{ service: string; id: string; rule: PreflightRule; message: string }>;
  flags: { approve: boolean; force?: boolean; now: Date };
}

export interface PreflightResult {
  refusals: PreflightRefusal[];
  /** Services whose environment has backup_required: the command backs the database up first, and stops if that fails. */
  backupRequired: string[];
}

/** What the command would do, as a person reads it in a refusal. */
const VERB: Record<PreflightCommand, string> = {
  up: 'applying migrations',
  rollback: 'rolling back',
  restore: 'restoring a backup',
  force: 'forcing the tracking table',
  baseline: 'recording a baseline',
};

/** Decides every refusal of a command (pure). An empty `refusals` means the command may run. */
export function preflight(input: PreflightInput): PreflightResult {
  const refusals: PreflightRefusal[] = [];
  const inRun = new Set(input.services.map((s) => s.name));
  for (const s of input.services) for (const x of environmentGates(input, s.name, s.settings)) refusals.push(x);
  for (const x of stateRefusals(input, inRun)) refusals.push(x); // not push(...): there may be 100,000s
  for (const b of input.blocked ?? []) {
    refusals.push({ service: b.service, migration: b.id, rule: 'blocked-migration', message: `${b.service} ${b.id} cannot run: ${b.reason}` });
  }
  for (const x of findingRefusals(input, inRun)) refusals.push(x); // not push(...): there may be 100,000s
  if (!input.flags.force) {
    for (const r of input.rollbackRefusals ?? []) refusals.push({ service: r.service, migration: r.id, rule: r.rule, message: r.message });
  }
  return {
    refusals,
    backupRequired: input.services.filter((s) => s.settings.backup_required).map((s) => s.name),
  };
}

/** require_approval, the maintenance window, and (rollback) destructive down files where they are forbidden. */
function environmentGates(input: PreflightInput, service: string, cfg: EnvironmentSettings): PreflightRefusal[] {
  const env = input.environment;
  const out: PreflightRefusal[] = [];
  if (cfg.require_approval && !input.flags.approve) {
    out.push({
      service,
      rule: 'approval-required',
      message: `${service}: environment ${env} requires approval (require_approval) before ${VERB[input.command]}: run again with --approve once the plan is reviewed.`,
    });
  }
  if (cfg.maintenance_window_required) {
    const problem = windowProblem(cfg.maintenance_window);
    const now = input.flags.now;
    if (problem) {
      out.push({ service, rule: 'maintenance-window', message: `${service}: environment ${env} requires a maintenance window, but ${problem} (environments.json config.maintenance_window).` });
    } else if (!inWindow(cfg.maintenance_window!, now)) {
      out.push({
        service,
        rule: 'maintenance-window',
        message: `${service}: outside the maintenance window of ${env} (${describeWindow(cfg.maintenance_window!)}); it is now ${now.toISOString()}.`,
      });
    }
  }
  if (!cfg.allow_destructive_operations && !input.flags.approve) {
    for (const d of input.destructiveDowns ?? []) {
      if (d.service !== service) continue;
      out.push({
        service,
        migration: d.id,
        rule: 'destructive-rollback',
        message: `${service} ${d.id}: its down file ${d.what.join(', ')}, and environment ${env} forbids destructive operations (allow_destructive_operations false): run again with --approve once that is reviewed.`,
      });
    }
  }
  return out;
}

/** Dirty rows and changed checksums of the services the command changes. */
function stateRefusals(input: PreflightInput, inRun: ReadonlySet<string>): PreflightRefusal[] {
  const out: PreflightRefusal[] = [];
  for (const row of input.state ?? []) {
    if (!inRun.has(row.service)) continue;
    if (row.dirty && input.command === 'up') {
      out.push({
        service: row.service,
        migration: row.version,
        rule: 'dirty-service',
        message: dirtyMessage(row.service, row),
      });
    }
    if (row.checksumChanged && input.command === 'up') {
      out.push({
        service: row.service,
        migration: row.version,
        rule: 'checksum-mismatch',
        message:
          `${row.service} ${row.version} changed after it was applied: databases that applied it do not get the change. Restore the file, ` +
          `or, once the change is reviewed as harmless, accept it: svc-migrate force --service ${row.service} --version ${row.version} --accept-checksum`,
      });
    }
  }
  return out;
}

/**
 * Validation errors stop the services whose environment has skip_validation false; a destructive-operation error
 * (an environment forbids the statement) stops the service whatever skip_validation says. A finding without a
 * service (svc-migrate.json broken) stops the whole command.
 */
function findingRefusals(input: PreflightInput, inRun: ReadonlySet<string>): PreflightRefusal[] {
  const settings = new Map(input.services.map((s) => [s.name, s.settings]));
  const counts = new Map<string | undefined, number>();
  const destructive: PreflightRefusal[] = [];
  for (const f of input.findings ?? []) {
    if (f.severity !== 'error') continue;
    if (f.service !== undefined && !inRun.has(f.service)) continue;
    if (f.rule === 'destructive-operation') {
      const at = f.file ? ` (${f.file}:${f.line ?? 1})` : '';
      destructive.push({ service: f.service, migration: f.migration, rule: 'destructive-operation', message: `${f.service ?? 'repository'}${f.migration ? ` ${f.migration}` : ''}: ${f.message}${at}` });
      continue;
    }
    const cfg = f.service === undefined ? undefined : settings.get(f.service);
    if (cfg?.skip_validation) continue;
    counts.set(f.service, (counts.get(f.service) ?? 0) + 1);
  }
  const out: PreflightRefusal[] = [];
  for (const [service, n] of counts) {
    out.push({
      ...(service === undefined ? {} : { service }),
      rule: 'validation-failed',
      message: `${service ?? 'the repository'}: validation found ${n} error(s) and skip_validation is false in ${input.environment}: fix them (svc-migrate validate) first.`,
    });
  }
  return [...out, ...destructive];
}

/** The exact command that clears a dirty flag, for messages. */
export function forceCommand(service: string, version: string): string {
  return `svc-migrate force --service ${service} --version ${version} --clean`;
}

/** Why a dirty migration stops its service, and the way out. */
export function dirtyMessage(service: string, row: { version: string; name?: string | null }): string {
  return (
    `${service}: migration ${row.version}${row.name ? ` (${row.name})` : ''} is dirty: it started outside a ` +
    `transaction and did not finish, so the database may hold part of it. Repair the database by hand ` +
    `(finish or undo what ${row.version} did), then run: ${forceCommand(service, row.version)}`
  );
}

/** A service held back from `up`, and why. */
export interface HeldBack {
  service: string;
  reason: string;
}

/**
 * Dirty isolation (spec section 4): a refused service stops itself and every service with a step that needs one
 * of its pending steps (cross-service dependencies, transitively); the other services' steps still run. A refusal
 * without a service stops everything.
 */
export function holdBack(steps: readonly PlanStep[], refusals: readonly PreflightRefusal[]): { steps: PlanStep[]; heldBack: HeldBack[] } {
  const services = [...new Set(steps.map((s) => s.service))];
  const held = new Map<string, string>();
  const global = refusals.find((r) => r.service === undefined);
  for (const r of refusals) {
    if (r.service !== undefined && !held.has(r.service)) held.set(r.service, `refused (${r.rule})`);
  }
  if (global) for (const s of services) if (!held.has(s)) held.set(s, `refused (${global.rule})`);
  // Transitively: a step that needs a pending step of a held service cannot run.
  let changed = true;
  while (changed) {
    changed = false;
    for (const step of steps) {
      if (held.has(step.service)) continue;
      const need = step.crossService.find((ref) => held.has(ref.service) && steps.some((s) => s.service === ref.service && s.id === ref.id));
      if (!need) continue;
      held.set(step.service, `needs ${need.service} ${need.id}, and ${need.service} is held back`);
      changed = true;
    }
  }
  return {
    steps: steps.filter((s) => !held.has(s.service)),
    heldBack: [...held].map(([service, reason]) => ({ service, reason })).sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : 0)),
  };
}
