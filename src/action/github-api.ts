/**
 * The few GitHub REST calls the Action makes, behind a small interface so that the comment and changed-files
 * logic can be tested without a network. `octokitApi` is the real one (pagination follows the Link headers).
 */
import type { getOctokit } from '@actions/github';

export interface IssueComment {
  id: number;
  body?: string;
}

export interface GithubApi {
  /** Every comment of the issue or pull request, all pages. */
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  /** Every file the pull request changes (old and new name of a rename), all pages. */
  listFiles(pull: number): Promise<string[]>;
}

type Octokit = ReturnType<typeof getOctokit>;

/** The GithubApi of a repository through an authenticated Octokit. */
export function octokitApi(octokit: Octokit, owner: string, repo: string): GithubApi {
  return {
    async listComments(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? undefined }));
    },
    async createComment(issue, body) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
    },
    async updateComment(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    },
    async listFiles(pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
      return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
    },
  };
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}
