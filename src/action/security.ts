/**
 * What the Action refuses and what it hides. `pull_request_target` runs with a write token and secrets on code
 * from the pull request's head, so executing that code (migrations against a database, hooks) is refused unless
 * the workflow says it has thought about it. Pure: main.ts applies the results.
 */
import { passwordOf } from '../apply/url.js';
import { UsageError } from '../core/types.js';
import type { ActionInputs } from './inputs.js';

/** Throws UsageError when the inputs ask to run pull-request code under `pull_request_target`. */
export function checkEventSafety(eventName: string, inputs: ActionInputs): void {
  if (eventName !== 'pull_request_target' || inputs.allowPullRequestTarget) return;
  const risky = [inputs.apply ? 'apply' : undefined, inputs.verifyRollback ? 'verify-rollback' : undefined].filter(
    (x): x is string => x !== undefined,
  );
  if (risky.length === 0) return;
  throw new UsageError(
    `Refusing ${risky.join(' and ')} under pull_request_target: it would run the pull request's migrations and ` +
      `hooks with this repository's write token and secrets. Run it on pull_request instead, or set ` +
      `'allow-pull-request-target: true' if the workflow checks out trusted code only.`,
  );
}

/** Every string that must be masked in the logs: the token, the database URL and its password (raw and encoded). */
export function secretsOf(inputs: Pick<ActionInputs, 'githubToken' | 'databaseUrl'>): string[] {
  const out = new Set<string>();
  if (inputs.githubToken) out.add(inputs.githubToken);
  if (inputs.databaseUrl) {
    const password = passwordOf(inputs.databaseUrl);
    if (password) {
      out.add(inputs.databaseUrl);
      out.add(password);
      out.add(encodeURIComponent(password));
    }
  }
  return [...out].filter((s) => s.length > 0);
}
