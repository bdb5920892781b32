/**
 * The one sticky pull-request comment: found by its hidden marker among all comments, edited in place,
 * created only when none exists. A read-only token (a fork's pull request) is not an error of the check: the
 * caller gets a reason to show and the run goes on.
 */
import { COMMENT_MARKER } from '../report/markdown.js';
import { httpStatus, type GithubApi } from './github-api.js';

export type CommentOutcome =
  | { action: 'created' | 'updated' }
  | { action: 'skipped'; reason: string }
  | { action: 'denied'; reason: string };

/**
 * Creates or updates the marked comment on `issue`. With `createIfMissing` false (nothing to report), an
 * existing comment is still updated (to the all-clear) but no new one is posted.
 */
export async function upsertComment(
  api: GithubApi,
  issue: number,
  body: string,
  createIfMissing = true,
): Promise<CommentOutcome> {
  try {
    const comments = await api.listComments(issue);
    const existing = comments.find((c) => c.body?.startsWith(COMMENT_MARKER));
    if (existing !== undefined) {
      await api.updateComment(existing.id, body);
      return { action: 'updated' };
    }
    if (!createIfMissing) return { action: 'skipped', reason: 'nothing to report and no earlier comment to update' };
    await api.createComment(issue, body);
    return { action: 'created' };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
      return {
        action: 'denied',
        reason:
          `svc-migrate could not comment on the pull request (HTTP ${status}): the token cannot write to it, as for ` +
          `pull requests from forks or a workflow without 'permissions: pull-requests: write'. The findings are in ` +
          `the annotations and the job summary.`,
      };
    }
    throw error;
  }
}
