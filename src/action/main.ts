/**
 * The Action: inputs → the same functions the CLI calls (validate, plan, check) → annotations, job summary,
 * the sticky PR comment, SARIF, outputs, and the verdict by `fail-on`. Every failure ends in `core.setFailed`
 * with a message for people, never a stack trace; the database password and the token are masked first.
 *
 * GitHub keeps 10 annotations of each level per step and drops the rest silently, so the Action's own messages
 * (the verdict, a fork notice, a comment failure) are collected first and the findings fill only the slots they
 * leave: the verdict is always among what GitHub shows. No GitHub API failure changes the verdict.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { scrubSecrets } from '../apply/url.js';
import { failsAt, type Report } from '../core/types.js';
import { describeOmitted, formatGithub, selectAnnotations, type Omitted } from '../report/github.js';
import { byteLength, formatComment, formatSummary, MAX_COMMENT_CHARS, MAX_SUMMARY_BYTES, type MarkdownContext, type PlanOverview } from '../report/markdown.js';
import { appendSection, formatSchemaDiffSection } from '../report/schema-diff-markdown.js';
import { formatSarif } from '../report/sarif.js';
import { RULE_CATALOG } from '../lint/catalog.js';
import { describeSelection, filterPlan, filterReport, selectChanged } from './changed.js';
import { upsertComment } from './comment.js';
import { executeChecks, type CheckOutcome } from './execute.js';
import { apiSettingsFrom, createOctokit, describeApiFailure, octokitApi, type GithubApi, type PullFile } from './github-api.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { baseOf, pullRequestSchemaDiff } from './schema-diff.js';
import { checkEventSafety, secretsOf } from './security.js';

/** GitHub displays at most this many annotations of each severity per step. */
export const ANNOTATION_LIMIT = 10;

/** GitHub's list of a pull request's files stops at this many. */
export const PULL_FILES_LIMIT = 3000;

/** Room for the schema diff in the job summary (whose limit is 1 MiB, shared with the findings). */
const SCHEMA_SUMMARY_CHARS = 256 * 1024;

/** Events that carry a pull request (and so a comment thread and a list of changed files). */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** A warning or notice of the Action itself, printed after the findings' annotations within the same cap. */
interface Message {
  level: 'warning' | 'notice';
  text: string;
}

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

/** Text with the database password and the token removed. */
function scrub(text: string, inputs: ActionInputs | undefined): string {
  let out = inputs?.databaseUrl ? scrubSecrets(text, inputs.databaseUrl) : text;
  if (inputs?.githubToken) out = out.split(inputs.githubToken).join('***');
  return out;
}

/** A thrown error as one clean line: the message only, with every secret removed. */
export function failureMessage(error: unknown, inputs: ActionInputs | undefined): string {
  const message = scrub(error instanceof Error ? error.message : String(error), inputs);
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
  const messages: Message[] = [];

  const outcome = await executeChecks(inputs, root, (line) => core.info(line));
  const narrowed = inputs.changedOnly ? await narrowToChanged(outcome, { api, pull, eventName, prefix, messages }) : undefined;
  const report: Report = narrowed?.report ?? outcome.report;
  const plan = narrowed?.plan ?? outcome.plan;

  // Annotations, SARIF, the summary and the comment show files from the repository root; findings are
  // relative to `root` (and stay so in the JSON report, as the CLI prints them).
  const fromRepoRoot = withPrefix(report, prefix);
  await writeFiles(inputs, workspace, report, fromRepoRoot, outcome);

  const failure = outcome.failure === undefined ? undefined : scrub(outcome.failure, inputs);
  const failing = failure !== undefined || report.findings.some((f) => failsAt(f.severity, inputs.failOn));
  const notes: string[] = [...outcome.notes.map((n) => scrub(n, inputs))];
  const ctx: MarkdownContext = {
    services: outcome.services,
    plan,
    planTitle: outcome.planTitle,
    runUrl: runUrl(),
    scope: narrowed?.scope,
    notes,
    linkFor: pull?.headSha === undefined ? undefined : blobLink(pull.headSha),
  };

  // The schema change against the base branch, after the findings' own sections (which keep their room first).
  const schema = inputs.schemaDiff && pull !== undefined ? await pullRequestSchemaDiff(inputs, root, baseOf(context.payload)) : undefined;
  if (schema && 'unavailable' in schema) core.info(`Schema diff skipped: ${schema.unavailable}`);
  if (inputs.comment && pull !== undefined) {
    const body = formatComment(fromRepoRoot, ctx);
    const withSchema = schema ? appendSection(body, formatSchemaDiffSection(schema, MAX_COMMENT_CHARS - body.length - 2)) : body;
    // A schema change is worth a new comment; a diff that could not be made is not.
    const schemaChanged = schema !== undefined && 'result' in schema && withSchema !== body;
    const note = await comment(api, pull, withSchema, report.findings.length > 0 || schemaChanged, messages);
    if (note !== undefined) notes.push(scrub(note, inputs));
  }

  // The verdict takes an error slot when the step fails, a notice slot when it passes with findings.
  const verdictNotice = !failing && report.findings.length > 0;
  const reserved: Partial<Omitted> = {
    error: failing ? 1 : 0,
    warning: messages.filter((m) => m.level === 'warning').length,
    info: messages.filter((m) => m.level === 'notice').length + (verdictNotice ? 1 : 0),
  };
  const { omitted } = selectAnnotations(fromRepoRoot.findings, ANNOTATION_LIMIT, reserved);
  const left = describeOmitted(omitted);
  process.stdout.write(formatGithub(fromRepoRoot, { limit: ANNOTATION_LIMIT, reserved }));

  if (process.env.GITHUB_STEP_SUMMARY) {
    const unannotated = { count: omitted.error + omitted.warning + omitted.info, limit: ANNOTATION_LIMIT };
    const schemaMd = schema ? formatSchemaDiffSection(schema, SCHEMA_SUMMARY_CHARS, 'the output of `svc-migrate diff --base <base> --format markdown`') : '';
    // The schema section's bytes come off the summary's budget, so that both together stay under GitHub's 1 MiB.
    const summary = formatSummary(fromRepoRoot, { ...ctx, unannotated }, MAX_SUMMARY_BYTES - byteLength(schemaMd) - 2);
    await core.summary.addRaw(appendSection(summary, schemaMd)).write();
  }
  for (const m of messages) (m.level === 'warning' ? core.warning : core.notice)(scrub(m.text, inputs));

  const rest = left === undefined ? '' : ` ${left} could not be annotated (GitHub shows ${ANNOTATION_LIMIT} per level in a step).`;
  if (failure !== undefined) {
    core.setFailed(`${failure}${rest}`);
  } else if (failing || verdictNotice) {
    const { errors, warnings } = report.summary;
    const counts = `svc-migrate found ${plural(errors, 'error')} and ${plural(warnings, 'warning')} (fail-on: ${inputs.failOn})`;
    const verdict = `${counts}.${rest} See the annotations and the job summary.`;
    if (failing) core.setFailed(verdict);
    else core.notice(verdict);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The JSON report (for the `report` output), SARIF when asked, and every output. */
async function writeFiles(inputs: ActionInputs, workspace: string, report: Report, fromRepoRoot: Report, outcome: CheckOutcome): Promise<void> {
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
}

interface PullRequest {
  number: number;
  headSha?: string;
  /** True when the head is another repository: the token of a `pull_request` run is read-only there. */
  fromFork: boolean;
  /** `changed_files` of the event: how many files the pull request changes, listed or not. */
  changedFiles?: number;
}

function pullRequestOf(payload: typeof github.context.payload): PullRequest | undefined {
  const pr = payload.pull_request as
    | { number?: number; changed_files?: number; head?: { sha?: string; repo?: { full_name?: string } | null } }
    | undefined;
  if (pr?.number === undefined) return undefined;
  const base = (payload.repository as { full_name?: string } | undefined)?.full_name;
  const head = pr.head?.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head?.sha,
    fromFork: head !== undefined && base !== undefined && head !== base,
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
  };
}

interface ChangedContext {
  api: GithubApi | undefined;
  pull: PullRequest | undefined;
  eventName: string;
  prefix: string;
  messages: Message[];
}

/**
 * changed-only: the findings and plan of what the pull request touches (plus its dependents), or undefined with
 * the reason logged when the list of changed files cannot be trusted to be complete. It fails closed: a file
 * left out of the list could hold the broken migration.
 */
async function narrowToChanged(
  outcome: CheckOutcome,
  c: ChangedContext,
): Promise<{ report: Report; plan: PlanOverview[]; scope: string } | undefined> {
  const everything = (scope: string, level?: Message['level']): { report: Report; plan: PlanOverview[]; scope: string } => {
    if (level === undefined) core.info(scope);
    else c.messages.push({ level, text: scope });
    return { report: outcome.report, plan: outcome.plan, scope };
  };
  if (c.pull === undefined) {
    core.info(`changed-only: the ${c.eventName || 'current'} event has no pull request, so everything is checked.`);
    return undefined;
  }
  if (c.api === undefined) return everything('changed-only needs github-token to list the pull request files; everything is checked.', 'warning');
  let files: PullFile[];
  try {
    files = await c.api.listFiles(c.pull.number);
  } catch (error) {
    const failure = describeApiFailure(error);
    const hint = failure.kind === 'permission' ? " The token needs 'pull-requests: read'." : '';
    return everything(`changed-only: listing the pull request files failed (${failure.text}), so everything was checked.${hint}`, 'warning');
  }
  const total = c.pull.changedFiles;
  if (files.length >= PULL_FILES_LIMIT && (total === undefined || total > files.length)) {
    return everything(
      `changed-only: GitHub lists at most ${PULL_FILES_LIMIT} files of a pull request and this one has ` +
        `${total === undefined ? 'that many or more' : total}, so everything was checked.`,
    );
  }
  if (total !== undefined && total > files.length) {
    return everything(`changed-only: the pull request changes ${total} files but GitHub listed ${files.length}, so everything was checked.`);
  }
  const changed = files
    .flatMap((f) => (f.previousFilename === undefined ? [f.filename] : [f.filename, f.previousFilename]))
    .flatMap((f) => {
      const rel = c.prefix === '' ? f : f.startsWith(`${c.prefix}/`) ? f.slice(c.prefix.length + 1) : undefined;
      return rel === undefined ? [] : [rel];
    });
  const selection = selectChanged(outcome.repo, changed);
  const scope = describeSelection(selection);
  core.info(scope);
  return { report: filterReport(outcome.report, selection), plan: filterPlan(outcome.plan, selection), scope };
}

/** Posts or edits the sticky comment; returns a note for the summary when it could not. */
async function comment(
  api: GithubApi | undefined,
  pull: PullRequest,
  body: string,
  hasFindings: boolean,
  messages: Message[],
): Promise<string | undefined> {
  const say = (level: Message['level'], text: string): string => {
    messages.push({ level, text });
    return text;
  };
  if (api === undefined) return say('warning', 'No github-token: the pull-request comment was skipped.');
  if (github.context.eventName === 'pull_request' && pull.fromFork) {
    return say(
      'notice',
      'This pull request comes from a fork, so the token is read-only: the comment was skipped. The findings are ' +
        'in the annotations and in this summary.',
    );
  }
  try {
    const outcome = await upsertComment(api, pull.number, body, hasFindings, (line) => core.info(line));
    if (outcome.action === 'denied') return say('notice', outcome.reason);
    if (outcome.action === 'skipped') core.info(`Comment: ${outcome.reason}.`);
    else core.info(`Comment ${outcome.action} on pull request #${pull.number}.`);
    return undefined;
  } catch (error) {
    // The check itself succeeded; a comment that fails to post must not hide its result.
    return say('warning', `The pull-request comment could not be written: ${describeApiFailure(error).text}.`);
  }
}

function githubApi(token: string): GithubApi {
  const settings = apiSettingsFrom(process.env);
  const octokit = createOctokit(token, process.env.GITHUB_API_URL || 'https://api.github.com', settings, (line) => core.info(line));
  const { owner, repo } = github.context.repo;
  return octokitApi(octokit, owner, repo);
}

function runUrl(): string | undefined {
  const { serverUrl, runId } = github.context;
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository || !Number.isFinite(runId)) return undefined;
  return `${serverUrl}/${repository}/actions/runs/${runId}`;
}

/** Links a file (relative to the repository root) at the pull request's head commit; every segment encoded. */
function blobLink(sha: string): (file: string, line?: number) => string | undefined {
  const repository = process.env.GITHUB_REPOSITORY;
  return (file, line) =>
    repository
      ? `${github.context.serverUrl}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}` +
        `${line === undefined ? '' : `#L${line}`}`
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
