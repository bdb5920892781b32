/**
 * `changed-only`: which migrations a pull request touches, plus every migration that depends on them (in the
 * same service through `depends_on`, in other services through `cross_service_dependencies`), and the findings
 * that fall inside that set. Pure; main.ts fetches the changed files.
 */
import type { Finding, Report } from '../core/types.js';
import type { PlanOverview } from '../report/markdown.js';
import { countFindings } from '../core/types.js';
import { dependentsOf } from '../graph/order.js';
import type { Repo } from '../repo/types.js';

export interface Selection {
  /** `svc-migrate.json` changed: everything is checked. */
  all: boolean;
  /** Services selected whole (their dependencies.json, environments.json or hooks changed). */
  services: Set<string>;
  /** `service\0id` of each selected migration, dependents included. */
  migrations: Set<string>;
  /** The changed files, relative to the root. */
  files: Set<string>;
  /** How many migrations were selected only because they depend on a changed one. */
  dependents: number;
}

const key = (service: string, id: string): string => `${service}\u0000${id}`;

/** Maps the changed files (relative to the root, '/') to the services and migrations they select. */
export function selectChanged(repo: Repo, changedFiles: readonly string[]): Selection {
  const files = new Set(changedFiles);
  const selection: Selection = { all: files.has('svc-migrate.json'), services: new Set(), migrations: new Set(), files, dependents: 0 };
  const direct: Array<{ service: string; id: string }> = [];
  for (const s of repo.services) {
    const prefix = `${s.dir}/`;
    for (const file of files) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      if (rest === 'dependencies.json' || rest === 'environments.json' || rest.startsWith('hooks/')) {
        selection.services.add(s.name);
      }
    }
    for (const m of s.migrations) {
      if ((m.up && files.has(m.up.file)) || (m.down && files.has(m.down.file))) direct.push({ service: s.name, id: m.id });
    }
  }
  for (const d of direct) selection.migrations.add(key(d.service, d.id));
  for (const d of direct) {
    for (const dep of dependentsOf(repo, d.service, d.id, { transitive: true })) {
      const k = key(dep.service, dep.id);
      if (!selection.migrations.has(k)) {
        selection.migrations.add(k);
        selection.dependents++;
      }
    }
  }
  return selection;
}

/** True when the finding concerns something the selection covers. */
export function isSelected(f: Finding, sel: Selection): boolean {
  if (sel.all) return true;
  if (f.file !== undefined && sel.files.has(f.file)) return true;
  if (f.service === undefined) return false;
  if (sel.services.has(f.service)) return true;
  if (f.migration !== undefined) return sel.migrations.has(key(f.service, f.migration));
  // A service-level finding (a cycle, a missing dependencies.json) matters when anything of the service changed.
  return f.file === undefined && [...sel.migrations].some((k) => k.startsWith(`${f.service}\u0000`));
}

/** The report with only the selected findings, its counts recomputed. */
export function filterReport<R extends Report>(report: R, sel: Selection): R {
  const findings = report.findings.filter((f) => isSelected(f, sel));
  return { ...report, findings, summary: { ...report.summary, ...countFindings(findings) } };
}

/** One line for the summary saying what changed-only checked. */
export function describeSelection(sel: Selection): string {
  if (sel.all) return 'changed-only: svc-migrate.json changed, so everything was checked';
  const migrations = sel.migrations.size;
  if (migrations === 0 && sel.services.size === 0) return 'changed-only: this pull request changes no migrations';
  const parts: string[] = [];
  if (sel.services.size > 0) parts.push(`${sel.services.size} whole service${sel.services.size === 1 ? '' : 's'}`);
  if (migrations > 0) {
    parts.push(
      `${migrations} migration${migrations === 1 ? '' : 's'}` +
        (sel.dependents > 0 ? ` (${sel.dependents} of them because they depend on a changed one)` : ''),
    );
  }
  return `changed-only: checked ${parts.join(' and ')} touched by this pull request`;
}

/** The plan rows the selection covers, so that a pull request's comment shows the part of the plan it changes. */
export function filterPlan(plan: readonly PlanOverview[], sel: Selection): PlanOverview[] {
  if (sel.all) return [...plan];
  return plan
    .map((p) =>
      sel.services.has(p.service) ? p : { ...p, migrations: p.migrations.filter((m) => sel.migrations.has(key(p.service, m.id))) },
    )
    .filter((p) => p.migrations.length > 0);
}
