/**
 * The one resolver of the migration ids people type (`--version`, `--to`, `--only`, `--target`): an id resolves
 * as written, else by number (`5` -> `000005`), among the ids the service has — its files and, for `force` and
 * `rollback`, the versions its tracking table holds. Anything else is a UsageError (exit 2), never a guess.
 */
import { closestName } from '../core/closest.js';
import { UsageError } from '../core/types.js';
import { sameNumber, sortIds } from '../graph/ids.js';
import type { Service } from '../repo/types.js';

/** The ids a service has: its migrations' ids and `alsoKnown` (tracking rows without files). */
function idsOf(service: Pick<Service, 'migrations'>, alsoKnown: readonly string[]): string[] {
  return sortIds(new Set([...service.migrations.map((m) => m.id), ...alsoKnown]));
}

/**
 * Resolves `written` to one of `service`'s ids. `flag` names where it came from, for the message (`--version`).
 * `alsoKnown`: versions of the tracking table, which may have no files any more.
 */
export function resolveMigrationId(service: Pick<Service, 'name' | 'migrations'>, written: string, flag: string, alsoKnown: readonly string[] = []): string {
  // Not trimmed: `000002\n` is a mistake to report, not an id to act on.
  const text = written;
  // Histories of other tools have ids that are not digits (a sqitch change, a prisma folder, a Flyway 1.1).
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.@-]*$/.test(text)) {
    throw new UsageError(`${flag} ${JSON.stringify(written)} is not a migration id (as in 000003, or the id its tool gives it: letters, digits, _ . @ -).`);
  }
  const ids = idsOf(service, alsoKnown);
  if (ids.includes(text)) return text;
  const same = /^\d+$/.test(text) ? ids.filter((id) => sameNumber(id, text)) : [];
  if (same.length === 1) return same[0]!;
  if (same.length > 1) {
    throw new UsageError(`${flag} ${text} matches several ids of ${service.name} (${same.join(', ')}): write the one you mean exactly.`);
  }
  const near = closestName(text, ids);
  throw new UsageError(
    `${service.name} has no migration ${text}${near ? ` (did you mean ${near}?)` : ''}: ${flag} must name one of its migrations ` +
      `(${ids.length > 0 ? shortList(ids) : 'it has none'}).`,
  );
}

/** `--target` of `up` and `plan`: the id as one of the selected services has it; unknown in all of them = UsageError. */
export function resolveTarget(repo: { services: ReadonlyArray<Pick<Service, 'name' | 'migrations'>> }, selected: readonly string[], written: string): string {
  const wanted = selected.length > 0 ? repo.services.filter((s) => selected.includes(s.name)) : repo.services;
  const problems: string[] = [];
  for (const service of wanted) {
    try {
      return resolveMigrationId(service, written, '--target');
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      problems.push(e.message);
    }
  }
  if (wanted.length === 1 || problems.length === 0) throw new UsageError(problems[0] ?? `--target ${written}: no service to look it up in.`);
  throw new UsageError(`--target ${JSON.stringify(written)} is not a migration of ${wanted.map((s) => s.name).join(', ')}.`);
}

function shortList(ids: readonly string[]): string {
  return ids.length <= 8 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')}, ..., ${ids.slice(-3).join(', ')}`;
}
