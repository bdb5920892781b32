/**
 * The few GitHub REST calls the Action makes, behind a small interface so that the comment and changed-files
 * logic can be tested without a network. `octokitApi` is the real one (pagination follows the Link headers).
 *
 * Every request goes through Octokit's own plugins: `@octokit/plugin-retry` retries 5xx answers and requests that
 * got no answer in time, `@octokit/plugin-throttling` waits out 429 and rate-limit 403 answers as long as their
 * `Retry-After` (or `x-ratelimit-reset`) says, within a bound. Each attempt has its own timeout, so one
 * unanswered request can never hold the step until the job's timeout.
 */
import { getOctokit } from '@actions/github';
import type { Octokit as CoreOctokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface IssueComment {
  id: number;
  body?: string;
  /** Login of the comment's author (`github-actions[bot]`, `octocat`). */
  author?: string;
}

/** One entry of a pull request's file list (a rename names its old path too). */
export interface PullFile {
  filename: string;
  previousFilename?: string;
}

export interface GithubApi {
  /** Every comment of the issue or pull request, all pages. */
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  /** Every file the pull request changes, all pages (GitHub itself stops at 3,000). */
  listFiles(pull: number): Promise<PullFile[]>;
  /**
   * The login of the token's identity: `GET /user` for a user's token (PAT, OAuth), else GraphQL's `viewer`,
   * which also answers an App installation token (`<app>[bot]`). Undefined when neither answers.
   */
  whoAmI(): Promise<string | undefined>;
}

/** How patient the client is; tests make it quick through the environment (see `apiSettingsFrom`). */
export interface ApiSettings {
  /** Milliseconds one attempt may wait for an answer. */
  timeoutMs: number;
  /** The unit of every wait: `Retry-After: 2` waits 2 × this many ms; 5xx back-off is 1, 4, 9 × this. */
  retryBaseMs: number;
  /** Retries after the first attempt, for 5xx / no answer and for rate limits alike. */
  retries: number;
  /** A rate limit asking to wait longer than this many seconds is not waited for: the call fails instead. */
  maxWaitSeconds: number;
}

export const DEFAULT_API_SETTINGS: ApiSettings = { timeoutMs: 30_000, retryBaseMs: 1000, retries: 3, maxWaitSeconds: 60 };

/**
 * The settings, with overrides from `SVC_MIGRATE_API_TIMEOUT_MS` and `SVC_MIGRATE_API_RETRY_BASE_MS` (for tests
 * and for a slow GitHub Enterprise Server); a value that is not a positive number is ignored.
 */
export function apiSettingsFrom(env: NodeJS.ProcessEnv): ApiSettings {
  const positive = (value: string | undefined, fallback: number): number => {
    const n = Number(value);
    return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    ...DEFAULT_API_SETTINGS,
    timeoutMs: positive(env.SVC_MIGRATE_API_TIMEOUT_MS, DEFAULT_API_SETTINGS.timeoutMs),
    retryBaseMs: positive(env.SVC_MIGRATE_API_RETRY_BASE_MS, DEFAULT_API_SETTINGS.retryBaseMs),
  };
}

type Octokit = ReturnType<typeof getOctokit>;

/** Thrown for an attempt that got no answer in time; shaped as a RequestError so plugin-retry retries it. */
class NoAnswerError extends Error {
  readonly status = 500;
  constructor(
    ms: number,
    readonly request: { request?: object },
  ) {
    super(`GitHub did not answer within ${ms} ms`);
    // The name Octokit's RequestError has, for anything that tells errors apart by it.
    this.name = 'HttpError';
  }
}

/**
 * A plugin registered before plugin-retry, so that it wraps each single attempt (before-after-hook nests later
 * registrations outside earlier ones): every retry gets a fresh timeout. The signal is set on the options object
 * itself, because the hooks inside this one (the token's auth hook) are bound to that object and ignore a copy.
 */
function timeoutPlugin(ms: number): (octokit: CoreOctokit) => void {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const signal = AbortSignal.timeout(ms);
      options.request = { ...options.request, signal };
      try {
        return await request(options);
      } catch (error) {
        if (signal.aborted) throw new NoAnswerError(ms, { ...options, request: options.request ?? {} } as { request?: object });
        throw error;
      }
    });
  };
}

/** An authenticated Octokit whose every request has a timeout, retries and rate-limit handling. */
export function createOctokit(token: string, baseUrl: string, settings: ApiSettings, log: (line: string) => void): Octokit {
  const wait = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const ok = retryCount < settings.retries && retryAfter <= settings.maxWaitSeconds;
    log(
      `GitHub API ${kind} on ${options.method ?? 'GET'} ${options.url ?? ''}: ` +
        (ok ? `retrying after ${retryAfter} s (retry ${retryCount + 1} of ${settings.retries}).` : 'giving up.'),
    );
    return ok;
  };
  return getOctokit(
    token,
    {
      baseUrl,
      // Rate limits belong to the throttling plugin, which reads Retry-After; plugin-retry keeps 5xx and no answer.
      retry: { retries: settings.retries, retryAfterBaseValue: settings.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: settings.retryBaseMs,
        onRateLimit: wait('rate limit'),
        onSecondaryRateLimit: wait('secondary rate limit'),
      },
    },
    timeoutPlugin(settings.timeoutMs),
    retry,
    throttling,
  );
}

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
      return comments.map((c) => ({ id: c.id, body: c.body ?? undefined, author: c.user?.login }));
    },
    async createComment(issue, body) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
    },
    async updateComment(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    },
    async listFiles(pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
      return files.map((f) => ({ filename: f.filename, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) }));
    },
    async whoAmI() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch (error) {
        // An installation token (GITHUB_TOKEN or an App's) may not read /user: "Resource not accessible by integration".
        if (!isRefusal(error)) throw error;
      }
      try {
        const data = await octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }');
        return data.viewer?.login || undefined;
      } catch (error) {
        if (!isRefusal(error)) throw error;
        return undefined;
      }
    },
  };
}

function isRefusal(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 401 || status === 403 || status === 404;
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/** Why a call failed, in the words a workflow author needs: a rate limit is not a missing permission. */
export type ApiFailureKind = 'rate-limit' | 'permission' | 'unavailable' | 'other';

/** Classifies an error of a GitHub API call (after the plugins gave up retrying) and says it in one phrase. */
export function describeApiFailure(error: unknown): { kind: ApiFailureKind; text: string } {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  // GitHub answers a rate limit with 429, or with 403 and either no requests left or "secondary rate limit".
  const limited = status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message)));
  if (limited) {
    return {
      kind: 'rate-limit',
      text: `GitHub's API rate limit was exceeded (HTTP ${status}) and did not clear in time; this is not a permission problem, the next run will try again`,
    };
  }
  if (status === 401 || status === 403 || status === 404) {
    return { kind: 'permission', text: `the token was refused (HTTP ${status}: ${message})` };
  }
  if (status !== undefined && status >= 500) {
    return { kind: 'unavailable', text: `GitHub's API did not answer successfully, even after retrying (${status === 500 && /answer within/.test(message) ? message : `HTTP ${status}: ${message}`})` };
  }
  return { kind: 'other', text: message };
}
