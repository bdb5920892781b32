/**
 * sqitch: `sqitch.plan` lists the changes in deploy order, each with its dependencies in brackets; `deploy/`,
 * `revert/` and `verify/` hold one script per change. A change is a migration whose id is its name. `[a b]` become
 * its `depends_on`; `other_project:change` a cross-service dependency on the service of that name; `!conflict`s
 * are left out (svc-migrate has no conflicts). The plan stands in for dependencies.json, located by its lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pointer } from '../../graph/locate.js';
import type { JsonPosition } from '../../config/types.js';
import type { DependencyEntry } from '../types.js';
import type { FormatContext, FormatRead, FoundFile } from './types.js';

/** One change line of a plan. */
export interface PlanChange {
  name: string;
  requires: string[];
  /** `project:change` dependencies, by project. */
  external: Record<string, string[]>;
  line: number;
  note?: string;
}

export interface Plan {
  project?: string;
  changes: PlanChange[];
}

const CHANGE = /^([^\s[@:#%][^\s[:#]*)\s*(?:\[([^\]]*)\])?\s*(\S+)?/;

/** Parses sqitch.plan text (pragmas, changes, tags; blank lines and comments skipped). */
export function parsePlan(text: string): Plan {
  const plan: Plan = { changes: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('@')) return;
    const pragma = /^%\s*project\s*=\s*(\S+)/.exec(line);
    if (pragma) plan.project = pragma[1];
    if (line.startsWith('%')) return;
    const m = CHANGE.exec(line);
    if (!m) return;
    const change: PlanChange = { name: m[1]!, requires: [], external: {}, line: i + 1 };
    for (const dep of (m[2] ?? '').split(/\s+/).filter((d) => d !== '' && !d.startsWith('!'))) {
      const clean = dep.replace(/^&/, '').replace(/@.*$/, '');
      const colon = clean.indexOf(':');
      if (colon === -1) change.requires.push(clean);
      else (change.external[clean.slice(0, colon)] ??= []).push(clean.slice(colon + 1));
    }
    const note = /#\s*(.*)$/.exec(line)?.[1];
    if (note) change.note = note;
    plan.changes.push(change);
  });
  return plan;
}

/** Reads a sqitch project whose sqitch.plan sits in the migrations folder. */
export function readSqitch(ctx: FormatContext): FormatRead {
  const planAbs = path.join(ctx.abs, 'sqitch.plan');
  const planRel = `${ctx.dir}/sqitch.plan`;
  const plan = parsePlan(readFileSync(planAbs, 'utf8'));
  const files: FoundFile[] = [];
  const verify = new Map<string, { file: string; abs: string }>();
  const migrations: Record<string, DependencyEntry> = Object.create(null) as Record<string, DependencyEntry>;
  const positions = new Map<string, JsonPosition>();
  // Plan order; not Object.keys, which puts integer-like names first.
  const order: string[] = [];
  for (const c of plan.changes) {
    if (migrations[c.name]) {
      ctx.findings.push({
        rule: 'duplicate-version',
        severity: 'error',
        message: `sqitch change ${c.name} is planned twice (a reworked change); svc-migrate reads only its first version`,
        file: planRel,
        line: c.line,
        column: 1,
        migration: c.name,
      });
      continue;
    }
    for (const [kind, direction] of [['deploy', 'up'], ['revert', 'down']] as const) {
      const abs = path.join(ctx.abs, kind, `${c.name}.sql`);
      if (existsSync(abs)) {
        files.push({ file: `${ctx.dir}/${kind}/${c.name}.sql`, abs, folder: 'common', id: c.name, name: c.name, direction, stem: c.name });
      }
    }
    const verifyAbs = path.join(ctx.abs, 'verify', `${c.name}.sql`);
    if (existsSync(verifyAbs)) verify.set(c.name, { file: `${ctx.dir}/verify/${c.name}.sql`, abs: verifyAbs });
    const entry: DependencyEntry = { depends_on: c.requires };
    if (c.note) entry.description = c.note;
    if (Object.keys(c.external).length > 0) entry.cross_service_dependencies = c.external;
    migrations[c.name] = entry;
    order.push(c.name);
    const at = { line: c.line, column: 1 };
    positions.set(pointer('migrations', c.name), at);
    c.requires.forEach((_, i) => positions.set(pointer('migrations', c.name, 'depends_on', i), at));
  }
  return {
    files,
    order,
    verify,
    project: plan.project,
    graph: { file: planRel, value: { migrations }, positions },
  };
}
