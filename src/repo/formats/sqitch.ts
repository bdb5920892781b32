/**
 * sqitch: `sqitch.plan` lists the changes in deploy order, each with its dependencies in brackets; `deploy/`,
 * `revert/` and `verify/` hold one script per change. A change is a migration whose id is its name. `[a b]` become
 * its `depends_on`; `other_project:change` a cross-service dependency on the service of that name; `!conflict`s
 * are left out (svc-migrate has no conflicts). The plan stands in for dependencies.json, located by its lines.
 * A reworked change (planned again after a tag) keeps its earlier versions as `name@tag` scripts: each version is
 * a migration, the earlier ones with the id `name@tag` (the first tag after them), the latest with the id `name`.
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
  /** Its id here and the name of its scripts: `name`, or `name@tag` for an earlier version of a reworked change. */
  id: string;
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
  // The first tag after each change, by change index: an earlier version of a reworked change is named by it.
  const tagAfter = new Map<number, string>();
  const raw: Array<{ deps: string[] }> = [];
  text.split(/\r?\n/).forEach((source, i) => {
    const line = source.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      const tag = /^@(\S+)/.exec(line)![1]!;
      for (let k = plan.changes.length - 1; k >= 0 && !tagAfter.has(k); k--) tagAfter.set(k, tag);
      return;
    }
    const pragma = /^%\s*project\s*=\s*(\S+)/.exec(line);
    if (pragma) plan.project = pragma[1];
    if (line.startsWith('%')) return;
    const m = CHANGE.exec(line);
    if (!m) return;
    const change: PlanChange = { name: m[1]!, id: m[1]!, requires: [], external: {}, line: i + 1 };
    raw.push({ deps: (m[2] ?? '').split(/\s+/).filter((d) => d !== '' && !d.startsWith('!')).map((d) => d.replace(/^&/, '')) });
    const note = /#\s*(.*)$/.exec(line)?.[1];
    if (note) change.note = note;
    plan.changes.push(change);
  });
  plan.changes.forEach((c, k) => {
    const reworkedLater = plan.changes.some((later, j) => j > k && later.name === c.name);
    const tag = tagAfter.get(k);
    if (reworkedLater && tag) c.id = `${c.name}@${tag}`;
  });
  const ids = new Set(plan.changes.map((c) => c.id));
  plan.changes.forEach((c, k) => {
    for (const dep of raw[k]!.deps) {
      const colon = dep.indexOf(':');
      // `name@tag` names an earlier version when there is one; a bare name, the version planned before this change.
      const name = dep.replace(/@.*$/, '');
      const before = plan.changes.slice(0, k).reverse().find((x) => x.name === name);
      if (colon === -1) c.requires.push(dep.includes('@') && ids.has(dep) ? dep : (before?.id ?? name));
      else (c.external[dep.slice(0, colon)] ??= []).push(dep.slice(colon + 1).replace(/@.*$/, ''));
    }
  });
  return plan;
}

/** The ids sqitch.changes rows stand for: it records a change's name once per deployed version, in plan order. */
export function deployedIds(plan: Plan, names: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const out: string[] = [];
  for (const c of plan.changes) {
    const left = count.get(c.name) ?? 0;
    if (left === 0) continue;
    out.push(c.id);
    count.set(c.name, left - 1);
  }
  // Changes the plan does not have are kept, so that baseline can say so.
  for (const [name, left] of count) if (left > 0) out.push(name);
  return out;
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
    if (migrations[c.id]) {
      ctx.findings.push({
        rule: 'duplicate-version',
        severity: 'error',
        message: `sqitch change ${c.id} is planned twice with no tag in between; svc-migrate reads only its first version`,
        file: planRel,
        line: c.line,
        column: 1,
        migration: c.id,
      });
      continue;
    }
    for (const [kind, direction] of [['deploy', 'up'], ['revert', 'down']] as const) {
      const abs = path.join(ctx.abs, kind, `${c.id}.sql`);
      if (existsSync(abs)) {
        files.push({ file: `${ctx.dir}/${kind}/${c.id}.sql`, abs, folder: 'common', id: c.id, name: c.name, direction, stem: c.id });
      }
    }
    const verifyAbs = path.join(ctx.abs, 'verify', `${c.id}.sql`);
    if (existsSync(verifyAbs)) verify.set(c.id, { file: `${ctx.dir}/verify/${c.id}.sql`, abs: verifyAbs });
    const entry: DependencyEntry = { depends_on: c.requires };
    if (c.note) entry.description = c.note;
    if (Object.keys(c.external).length > 0) entry.cross_service_dependencies = c.external;
    migrations[c.id] = entry;
    order.push(c.id);
    const at = { line: c.line, column: 1 };
    positions.set(pointer('migrations', c.id), at);
    c.requires.forEach((_, i) => positions.set(pointer('migrations', c.id, 'depends_on', i), at));
  }
  return {
    files,
    order,
    verify,
    project: plan.project,
    graph: { file: planRel, value: { migrations }, positions },
  };
}
