/**
 * Markdown for people: the job summary (`$GITHUB_STEP_SUMMARY`) and the sticky pull-request comment.
 * Tables, not walls of text; long lists fold into `<details>`. The comment must stay under GitHub's 65,536
 * characters, so it shrinks step by step (fewer rows, then no list) and points to the job summary for the rest.
 */
import type { Finding, Report, Severity } from '../core/types.js';
import { compareFindings, compareText, SEVERITY_RANK } from '../core/types.js';

/** The hidden marker that identifies the one comment svc-migrate keeps up to date on a pull request. */
export const COMMENT_MARKER = '<!-- svc-migrate -->';

/** GitHub refuses issue comments longer than this many characters. */
export const MAX_COMMENT_CHARS = 65_536;

/** One service as the summary shows it. */
export interface ServiceOverview {
  name: string;
  migrations: number;
}

/** What `up` would apply (or applied) for one service. */
export interface PlanOverview {
  service: string;
  /** Cross-service level: services of one level can run in parallel. */
  level?: number;
  migrations: Array<{ id: string; name?: string; status?: string; ms?: number }>;
}

export interface MarkdownContext {
  services?: readonly ServiceOverview[];
  plan?: readonly PlanOverview[];
  /** Title of the plan section: "Plan" before applying, "Applied" after. */
  planTitle?: string;
  /** Link to the workflow run, where the job summary is. */
  runUrl?: string;
  /** Annotations were capped at this many per severity. */
  annotationLimit?: number;
  /** One line on what was checked (e.g. changed-only scope). */
  scope?: string;
  /** Turns a file and line into a link (to the blob at the PR's head). */
  linkFor?: (file: string, line?: number) => string | undefined;
  /** Extra lines after the counts (e.g. "Comment skipped: ..."). */
  notes?: readonly string[];
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** Makes text safe inside a table cell: no pipes, no newlines, no raw HTML. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function headline(report: Report): string {
  const { errors, warnings, infos } = report.summary;
  if (errors + warnings + infos === 0) return '✅ **svc-migrate**: no findings.';
  const icon = errors > 0 ? ICON.error : warnings > 0 ? ICON.warning : ICON.info;
  return `${icon} **svc-migrate**: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}.`;
}

function countsTable(report: Report, services: readonly ServiceOverview[] | undefined): string {
  const by = new Map<string, Record<Severity, number>>();
  const row = (name: string): Record<Severity, number> => {
    let r = by.get(name);
    if (r === undefined) by.set(name, (r = { error: 0, warning: 0, info: 0 }));
    return r;
  };
  for (const s of services ?? []) row(s.name);
  for (const f of report.findings) row(f.service ?? '(project)')[f.severity]++;
  const migrations = new Map((services ?? []).map((s) => [s.name, s.migrations]));
  const names = [...by.keys()].sort((a, b) => (a === '(project)' ? -1 : b === '(project)' ? 1 : compareText(a, b)));
  if (names.length === 0) return '';
  const lines = ['| Service | Migrations | Errors | Warnings | Infos |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const name of names) {
    const r = by.get(name)!;
    lines.push(`| ${escapeCell(name)} | ${migrations.get(name) ?? '–'} | ${r.error} | ${r.warning} | ${r.info} |`);
  }
  return lines.join('\n');
}

function location(f: Finding, ctx: MarkdownContext): string {
  if (f.file === undefined) return f.service === undefined ? '–' : escapeCell(f.service);
  const pos = f.line === undefined ? '' : `:${f.line}${f.column === undefined ? '' : `:${f.column}`}`;
  const text = `\`${f.file.replace(/`/g, "'")}${pos}\``;
  const url = ctx.linkFor?.(f.file, f.line);
  return url === undefined ? text : `[${text}](${url})`;
}

/** The findings, most severe first, as a table of at most `limit` rows. */
export function findingsTable(findings: readonly Finding[], ctx: MarkdownContext, limit = Number.POSITIVE_INFINITY): string {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b));
  const lines = ['| | Rule | Location | Message |', '| --- | --- | --- | --- |'];
  for (const f of sorted.slice(0, limit)) {
    lines.push(`| ${ICON[f.severity]} | \`${f.rule}\` | ${location(f, ctx)} | ${escapeCell(f.message)} |`);
  }
  if (sorted.length > limit) lines.push('', `…and ${plural(sorted.length - limit, 'more finding')}.`);
  return lines.join('\n');
}

function planTable(plan: readonly PlanOverview[], title: string): string {
  if (plan.length === 0) return `### ${title}\n\nNothing to apply.`;
  const lines = [`### ${title}`, '', '| Service | Level | Migrations |', '| --- | ---: | --- |'];
  for (const p of plan) {
    const list =
      p.migrations.length === 0
        ? 'up to date'
        : p.migrations
            .map((m) => {
              const extra = [m.status, m.ms === undefined ? undefined : `${Math.round(m.ms)} ms`].filter(Boolean).join(', ');
              return `\`${m.id}\`${m.name === undefined ? '' : ` ${escapeCell(m.name)}`}${extra === '' ? '' : ` (${escapeCell(extra)})`}`;
            })
            .join('<br>');
    lines.push(`| ${escapeCell(p.service)} | ${p.level ?? '–'} | ${list} |`);
  }
  return lines.join('\n');
}

function folded(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Findings this many or fewer are shown open; more fold into `<details>`. */
const OPEN_LIMIT = 20;

/** The job summary: counts per service, the plan, every finding (folded when long). */
export function formatSummary(report: Report, ctx: MarkdownContext = {}, maxRows = 2000): string {
  const parts = ['## svc-migrate', '', headline(report), ''];
  parts.push(`Environment: \`${escapeCell(report.environment)}\`${ctx.scope === undefined ? '' : ` · ${escapeCell(ctx.scope)}`}`, '');
  for (const n of ctx.notes ?? []) parts.push(`> ${n}`, '');
  const table = countsTable(report, ctx.services);
  if (table !== '') parts.push(table, '');
  if (ctx.plan !== undefined) parts.push(planTable(ctx.plan, ctx.planTitle ?? 'Plan'), '');
  const n = report.findings.length;
  if (n > 0) {
    const capped = ctx.annotationLimit !== undefined && countsExceed(report, ctx.annotationLimit);
    parts.push('### Findings', '');
    if (capped) {
      parts.push(
        `GitHub shows at most ${ctx.annotationLimit} annotations per severity; the full list is here and in the SARIF file.`,
        '',
      );
    }
    const list = findingsTable(report.findings, ctx, maxRows);
    parts.push(n > OPEN_LIMIT ? folded(`All ${plural(n, 'finding')}`, list) : list, '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function countsExceed(report: Report, limit: number): boolean {
  const { errors, warnings, infos } = report.summary;
  return errors > limit || warnings > limit || infos > limit;
}

/**
 * The sticky PR comment (starts with COMMENT_MARKER), never longer than `maxChars`: when the full body is too
 * long it keeps fewer findings, then none, and says where the full list is.
 */
export function formatComment(report: Report, ctx: MarkdownContext = {}, maxChars = MAX_COMMENT_CHARS): string {
  const pointer =
    ctx.runUrl === undefined ? 'the job summary of this run' : `the [job summary of this run](${ctx.runUrl})`;
  const build = (rows: number | 'none', withPlan: boolean): string => {
    const parts = [COMMENT_MARKER, headline(report), ''];
    parts.push(`Environment: \`${escapeCell(report.environment)}\`${ctx.scope === undefined ? '' : ` · ${escapeCell(ctx.scope)}`}`, '');
    for (const n of ctx.notes ?? []) parts.push(`> ${n}`, '');
    const table = countsTable(report, ctx.services);
    if (table !== '') parts.push(table, '');
    if (withPlan && ctx.plan !== undefined) parts.push(planTable(ctx.plan, ctx.planTitle ?? 'Plan'), '');
    const n = report.findings.length;
    if (n > 0) {
      if (rows === 'none') {
        parts.push(`The ${plural(n, 'finding')} are too many to list here: see ${pointer}.`, '');
      } else {
        const list = findingsTable(report.findings, ctx, rows);
        parts.push(n > OPEN_LIMIT ? folded(`${plural(n, 'finding')}`, list) : list, '');
        if (rows < n) parts.push(`The full list is in ${pointer}.`, '');
      }
    }
    return `${parts.join('\n').trimEnd()}\n`;
  };
  // The findings matter more than the plan: the plan goes first, then the list shrinks.
  const n = report.findings.length;
  const attempts: Array<[number | 'none', boolean]> = [[n, true], [n, false]];
  for (const rows of [500, 200, 100, 50, 20]) if (rows < n) attempts.push([rows, false]);
  attempts.push(['none', false]);
  for (const [rows, withPlan] of attempts) {
    const body = build(rows, withPlan);
    if (body.length <= maxChars) return body;
  }
  // Only absurdly long names or notes get here: keep the marker and the pointer, cut the middle.
  const tail = `\n\n…cut: see ${pointer}.\n`;
  return `${build('none', false).slice(0, Math.max(0, maxChars - tail.length))}${tail}`.slice(0, maxChars);
}
