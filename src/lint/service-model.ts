/**
 * The per-service schema model at work: a file's findings may depend on what the service's earlier migrations
 * built (a CHECK NOT VALID added in one migration, validated in the next, makes the SET NOT NULL of the next one
 * safe). Linting a file stays independent of every other file — so its cached result stays right when another file
 * changes — and records two things: the events it adds to the model, and the findings the model may void
 * (`conditional`). This module then walks each service in the order `up` applies it and drops the findings whose
 * condition the model, as it stands before the file, holds. It runs on every run, after the cache.
 */
import type { Finding } from '../core/types.js';
import { orderService } from '../graph/order.js';
import { compareIds } from '../graph/ids.js';
import type { Migration, Repo } from '../repo/types.js';
import { SchemaModel } from '../sql/schema-model.js';
import type { ModelCondition, ModelEvent } from '../sql/schema-model.js';

/** What one file contributes to, and asks of, its service's model. Plain data: cached, and sent by workers. */
export interface FileModel {
  /** The file's events, in statement order (top level and DO blocks). */
  events: ModelEvent[];
  /** Findings (by index in the file's findings) that the model may void, with how many events came before them. */
  conditions: { finding: number; at: number; unless: ModelCondition }[];
}

/** The per-file results this module reads and trims, keyed by the file's relative path. */
export interface ModelledResult {
  findings: Finding[];
  model?: FileModel;
}

/**
 * Drops, in place, the findings that the service's earlier migrations make void. Migrations are taken in the
 * order `up` applies them in `env` (graph/order.ts); a migration that does not apply there is judged against the
 * applied migrations that come before it by id. A down file sees the model after its own up file.
 */
export function resolveServiceModels(repo: Repo, env: string, results: ReadonlyMap<string, ModelledResult>): void {
  for (const service of repo.services) {
    const files = service.migrations.flatMap((m) => [m.up?.file, m.down?.file]).filter((f): f is string => f !== undefined);
    // Nothing to resolve in a service where no file asks (the usual case): skip the ordering.
    if (!files.some((f) => (results.get(f)?.model?.conditions.length ?? 0) > 0)) continue;
    const ordered = orderService(service, env);
    const events: ModelEvent[] = [];
    const before = new Map<Migration, number>();
    for (const m of ordered) {
      before.set(m, events.length);
      const up = m.up ? results.get(m.up.file) : undefined;
      resolveFile(up, events);
      for (const e of up?.model?.events ?? []) events.push(e);
      resolveFile(m.down ? results.get(m.down.file) : undefined, events);
    }
    for (const m of service.migrations) {
      if (before.has(m)) continue;
      // Not applied in this environment: the applied migrations with a smaller id came before it.
      const prior = ordered.filter((o) => compareIds(o.id, m.id) < 0).flatMap((o) => (o.up ? (results.get(o.up.file)?.model?.events ?? []) : []));
      const up = m.up ? results.get(m.up.file) : undefined;
      resolveFile(up, prior);
      resolveFile(m.down ? results.get(m.down.file) : undefined, [...prior, ...(up?.model?.events ?? [])]);
    }
  }
}

/** Removes the file's conditional findings that hold on `prior` plus the file's own events before each. */
function resolveFile(result: ModelledResult | undefined, prior: readonly ModelEvent[]): void {
  const model = result?.model;
  if (!result || !model || model.conditions.length === 0) return;
  const voided = new Set<number>();
  for (const c of model.conditions) {
    if (SchemaModel.of(prior, model.events.slice(0, c.at)).holds(c.unless)) voided.add(c.finding);
  }
  if (voided.size > 0) result.findings = result.findings.filter((_, i) => !voided.has(i));
  // Resolved once: a second pass over the same result must not see stale indices.
  result.model = { events: model.events, conditions: [] };
}
