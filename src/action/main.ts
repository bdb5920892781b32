/**
 * The Action: inputs → the same functions the CLI calls (validate, plan, check) → annotations, job summary,
 * the sticky PR comment, SARIF, outputs, and the verdict by `fail-on`. Every failure ends in `core.setFailed`
 * with a message for people, never a stack trace; the database password and the token are masked first.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { scrubSecrets } from '../apply/url.js';
import { failsAt, type Report } from '../core/types.js';
import { formatGithub } from '../report/github.js';
import { formatComment, formatSummary, MAX_COMMENT_CHARS, type MarkdownContext } from '../report/markdown.js';
import { appendSection, formatSchemaDiffSection } from '../report/schema-diff-markdown.js';
import { formatSarif } from '../report/sarif.js';
import { RULE_CATALOG } from '../lint/catalog.js';
import { describeSelection, filterPlan, filterReport, selectChanged } from './changed.js';
import { upsertComment } from './comment.js';
import { executeChecks, type CheckOutcome } from './execute.js';
import { httpStatus, octokitApi, type GithubApi } from './github-api.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { baseOf, pullRequestSchemaDiff } from './schema-diff.js';
import { checkEventSafety, secretsOf } from './security.js';

/** GitHub displays at most this many annotations of each severity per step. */
export const ANNOTATION_LIMIT = 10;

/** Room for the schema diff in the job summary (whose limit is 1 MiB, shared with the findings). */
const SCHEMA_SUMMARY_CHARS = 256 * 1024;

/** Events that carry a pull request (and so a comment thread and a list of changed files). */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Runs the Action. Never throws: every error becomes `core.setFailed`. */
export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined;
  try {
    inputs = readInputs((name) => core.getInput(name));
    for (const secret of secretsOf(inputs)) core.setSecret(secret);
    await runWith(inputs);
  } catch (error) {
    core.setFailed(failureMessage(error, inputs));
  }
}

/** A thrown error as one clean line: the message only, with every secret removed. */
export function failureMessage(error: unknown, inputs: ActionInputs | undefined): string {
  let message = error instanceof Error ? error.message : String(error);
  if (inputs?.databaseUrl) message = scrubSecrets(message, inputs.databaseUrl);
  if (inputs?.githubToken) message = message.split(inputs.githubToken).join('***');
  const isUsage = error instanceof Error && error.name === 'UsageError';
  return isUsage ? message : `svc-migrate failed: ${message}`;
}

async function runWith(inputs: ActionInputs): Promise<void> {
  const { context } = github;
  const eventName = context.eventName ?? '';
  checkEventSafety(eventName, inputs);

  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const root = path.resolve(workspace, inputs.root);
  const prefix = toPosix(path.relative(workspace, root));
  const pull = PR_EVENTS.has(eventName) ? pullRequestOf(context.payload) : undefined;
  const api = inputs.githubToken ? githubApi(inputs.githubToken) : undefined;

  const outcome = await executeChecks(inputs, root, (line) => core.info(line));
  let report: Report = outcome.report;

  // changed-only: narrow the findings to what the pull request touches (plus its dependents).
  let scope: string | undefined;
  let plan = outcome.plan;
  if (inputs.changedOnly) {
    if (pull === undefined) {
      core.info(`changed-only: the ${eventName || 'current'} event has no pull request, so everything is checked.`);
    } else if (api === undefined) {
      core.warning('changed-only needs github-token to list the pull request files; everything is checked.');
    } else {
      const files = await changedFiles(api, pull.number);
      if (files === undefined) {
        scope = 'changed-only: the pull request files could not be listed, so everything was checked';
      } else {
        const changed = files.flatMap((f) => {
          const rel = prefix === '' ? f : f.startsWith(`${prefix}/`) ? f.slice(prefix.length + 1) : undefined;
          return rel === undefined ? [] : [rel];
        });
        const selection = selectChanged(outcome.repo, changed);
        report = filterReport(report, selection);
        plan = filterPlan(plan, selection);
        scope = describeSelection(selection);
      }
      core.info(scope);
    }
  }

  // Annotations, SARIF, the summary and the comment show files from the repository root; findings are
  // relative to `root` (and stay so in the JSON report, as the CLI prints them).
  const fromRepoRoot = withPrefix(report, prefix);
  process.stdout.write(formatGithub(fromRepoRoot, { limit: ANNOTATION_LIMIT }));

  const reportPath = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'svc-migrate-report.json');
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  if (inputs.sarifFile) {
    const sarifPath = path.resolve(workspace, inputs.sarifFile);
    await mkdir(path.dirname(sarifPath), { recursive: true });
    await writeFile(sarifPath, formatSarif(fromRepoRoot, { rules: RULE_CATALOG }));
  }

  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report', reportPath);
  core.setOutput('matrix', JSON.stringify(outcome.matrix));
  core.setOutput('applied', JSON.stringify(outcome.applied));

  const notes: string[] = [...outcome.notes];
  const ctx: MarkdownContext = {
    services: outcome.services,
    plan,
    planTitle: outcome.planTitle,
    runUrl: runUrl(),
    annotationLimit: ANNOTATION_LIMIT,
    scope,
    notes,
    linkFor: pull?.headSha === undefined ? undefined : blobLink(pull.headSha),
  };

  // The schema change against the base branch, after the findings' own sections (which keep their room first).
  const schema = inputs.schemaDiff && pull !== undefined ? await pullRequestSchemaDiff(inputs, root, baseOf(github.context.payload)) : undefined;
  if (schema && 'unavailable' in schema) core.info(`Schema diff skipped: ${schema.unavailable}`);
  if (inputs.comment && pull !== undefined) {
    const body = formatComment(fromRepoRoot, ctx);
    const withSchema = schema ? appendSection(body, formatSchemaDiffSection(schema, MAX_COMMENT_CHARS - body.length - 2)) : body;
    // A schema change is worth a new comment; a diff that could not be made is not.
    const schemaChanged = schema !== undefined && 'result' in schema && withSchema !== body;
    const reason = await comment(api, pull, withSchema, report.findings.length > 0 || schemaChanged);
    if (reason !== undefined) notes.push(reason);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = formatSummary(fromRepoRoot, ctx);
    await core.summary.addRaw(schema ? appendSection(summary, formatSchemaDiffSection(schema, SCHEMA_SUMMARY_CHARS, 'the output of `svc-migrate diff --base <base> --format markdown`')) : summary).write();
  }

  if (outcome.failure !== undefined) {
    core.setFailed(outcome.failure);
    return;
  }
  const failing = report.findings.filter((f) => failsAt(f.severity, inputs.failOn)).length;
  if (failing > 0) {
    const { errors, warnings } = report.summary;
    core.setFailed(
      `svc-migrate found ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} ` +
        `(fail-on: ${inputs.failOn}). See the annotations and the job summary.`,
    );
  }
}

interface PullRequest {
  number: number;
  headSha?: string;
  /** True when the head is another repository: the token of a `pull_request` run is read-only there. */
  fromFork: boolean;
}

function pullRequestOf(payload: typeof github.context.payload): PullRequest | undefined {
  const pr = payload.pull_request as
    | { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null } }
    | undefined;
  if (pr?.number === undefined) return undefined;
  const base = (payload.repository as { full_name?: string } | undefined)?.full_name;
  const head = pr.head?.repo?.full_name;
  return { number: pr.number, headSha: pr.head?.sha, fromFork: head !== undefined && base !== undefined && head !== base };
}

/** The pull request's files, or undefined (with a warning) when the token may not read them. */
async function changedFiles(api: GithubApi, pull: number): Promise<string[] | undefined> {
  try {
    return await api.listFiles(pull);
  } catch (error) {
    const status = httpStatus(error);
    core.warning(
      `changed-only: listing the pull request files failed (${status === undefined ? errorText(error) : `HTTP ${status}`}); ` +
        `everything is checked. The token needs 'pull-requests: read'.`,
    );
    return undefined;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Posts or edits the sticky comment; returns a note for the summary when it could not. */
async function comment(api: GithubApi | undefined, pull: PullRequest, body: string, hasFindings: boolean): Promise<string | undefined> {
  if (api === undefined) {
    const reason = 'No github-token: the pull-request comment was skipped.';
    core.warning(reason);
    return reason;
  }
  if (github.context.eventName === 'pull_request' && pull.fromFork) {
    const reason =
      'This pull request comes from a fork, so the token is read-only: the comment was skipped. The findings are ' +
      'in the annotations and in this summary.';
    core.notice(reason);
    return reason;
  }
  try {
    const outcome = await upsertComment(api, pull.number, body, hasFindings);
    if (outcome.action === 'denied') {
      core.notice(outcome.reason);
      return outcome.reason;
    }
    if (outcome.action === 'skipped') core.info(`Comment: ${outcome.reason}.`);
    else core.info(`Comment ${outcome.action} on pull request #${pull.number}.`);
    return undefined;
  } catch (error) {
    // The check itself succeeded; a comment that fails to post must not hide its result.
    const reason = `The pull-request comment could not be written: ${errorText(error)}`;
    core.warning(reason);
    return reason;
  }
}

function githubApi(token: string): GithubApi {
  const octokit = github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
  const { owner, repo } = github.context.repo;
  return octokitApi(octokit, owner, repo);
}

function runUrl(): string | undefined {
  const { serverUrl, runId } = github.context;
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository || !Number.isFinite(runId)) return undefined;
  return `${serverUrl}/${repository}/actions/runs/${runId}`;
}

/** Links a file (relative to the repository root) at the pull request's head commit. */
function blobLink(sha: string): (file: string, line?: number) => string | undefined {
  const repository = process.env.GITHUB_REPOSITORY;
  return (file, line) =>
    repository
      ? `${github.context.serverUrl}/${repository}/blob/${sha}/${encodeURI(file)}${line === undefined ? '' : `#L${line}`}`
      : undefined;
}

/** The report with every file relative to the repository root instead of `root`. */
export function withPrefix<R extends Report>(report: R, prefix: string): R {
  if (prefix === '') return report;
  return { ...report, findings: report.findings.map((f) => (f.file === undefined ? f : { ...f, file: joinPrefix(prefix, f.file) })) };
}

function joinPrefix(prefix: string, file: string): string {
  return prefix === '' ? file : path.posix.normalize(`${prefix}/${file}`);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export type { CheckOutcome };
