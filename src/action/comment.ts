/**
 * The one sticky pull-request comment: found by its hidden marker among the comments that the token's own
 * identity wrote, edited in place, created only when none exists. A comment by anyone else that happens to start
 * with the marker is never touched: a maintainer's token may edit other people's comments, and the workflow's
 * token would get 403 and never update its own. A read-only token (a fork's pull request) is not an error of the
 * check: the caller gets a reason to show and the run goes on.
 */
import { COMMENT_MARKER } from '../report/markdown.js';
import { describeApiFailure, httpStatus, type GithubApi, type IssueComment } from './github-api.js';

/** The author of comments made with the workflow's `GITHUB_TOKEN`. */
export const ACTIONS_BOT = 'github-actions[bot]';

export type CommentOutcome =
  | { action: 'created' | 'updated' }
  | { action: 'skipped'; reason: string }
  | { action: 'denied'; reason: string };

/**
 * Whose comments may be edited. `GET /user` names a user's token (PAT, OAuth); GraphQL's `viewer` names an App
 * installation token (`<app>[bot]`). When neither answers, the token is taken to be the workflow's
 * `GITHUB_TOKEN` (the input's default), whose comments are `github-actions[bot]`'s: at worst an App token then
 * posts a new comment instead of editing its old one, and never edits someone else's.
 */
export async function resolveIdentity(api: GithubApi, log: (line: string) => void): Promise<string> {
  const login = await api.whoAmI();
  if (login !== undefined) return login;
  log(`Comment: the token's identity could not be read (GET /user and GraphQL viewer refused it); assuming ${ACTIONS_BOT}.`);
  return ACTIONS_BOT;
}

/** The marked comment written by `identity`, if any (the oldest, which is the one earlier runs kept editing). */
export function findOwnComment(comments: readonly IssueComment[], identity: string): IssueComment | undefined {
  const login = identity.toLowerCase();
  return comments.find((c) => c.body?.startsWith(COMMENT_MARKER) && c.author?.toLowerCase() === login);
}

/**
 * Creates or updates the marked comment on `issue`. With `createIfMissing` false (nothing to report), an
 * existing comment is still updated (to the all-clear) but no new one is posted. The identity is looked up only
 * when a marked comment exists.
 */
export async function upsertComment(
  api: GithubApi,
  issue: number,
  body: string,
  createIfMissing = true,
  log: (line: string) => void = () => undefined,
): Promise<CommentOutcome> {
  try {
    const comments = await api.listComments(issue);
    const marked = comments.filter((c) => c.body?.startsWith(COMMENT_MARKER));
    const existing = marked.length === 0 ? undefined : findOwnComment(marked, await resolveIdentity(api, log));
    if (existing === undefined && marked.length > 0) {
      log(`Comment: ${marked.length} marked comment(s) by others (${[...new Set(marked.map((c) => c.author ?? '?'))].join(', ')}) left alone.`);
    }
    if (existing !== undefined) {
      await api.updateComment(existing.id, body);
      return { action: 'updated' };
    }
    if (!createIfMissing) return { action: 'skipped', reason: 'nothing to report and no earlier comment to update' };
    await api.createComment(issue, body);
    return { action: 'created' };
  } catch (error) {
    const failure = describeApiFailure(error);
    if (failure.kind === 'permission') {
      return {
        action: 'denied',
        reason:
          `svc-migrate could not comment on the pull request (HTTP ${httpStatus(error)}): ` +
          `the token cannot write to it, as for pull requests from forks or a workflow without 'permissions: ` +
          `pull-requests: write'. The findings are in the annotations and the job summary.`,
      };
    }
    throw error;
  }
}
