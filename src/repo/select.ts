/**
 * `--service` narrows what is reported, not what is known: cross-service references and foreign schemas need
 * every service, so commands load the whole repository and then select.
 */
import { UsageError } from '../core/types.js';
import type { Repo } from './types.js';

/** The repository with only the named services (all when `names` is empty); unknown names are a UsageError. */
export function selectServices(repo: Repo, names: readonly string[]): Repo {
  if (names.length === 0) return repo;
  const known = repo.services.map((s) => s.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new UsageError(
      `Unknown service${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}. ` +
        (known.length > 0 ? `Services found under ${repo.root}: ${known.join(', ')}.` : `No services were found under ${repo.root}.`),
    );
  }
  return {
    ...repo,
    services: repo.services.filter((s) => names.includes(s.name)),
    findings: repo.findings.filter((f) => f.service === undefined || names.includes(f.service)),
  };
}
