/**
 * Markdown for people: the job summary (`$GITHUB_STEP_SUMMARY`) and the sticky pull-request comment.
 * Tables, not walls of text; long lists fold into `<details>`.
 *
 * Both are built to a budget, because GitHub drops what passes its limits without a word: a job summary over
 * 1 MiB is not shown at all, a comment over 65,536 characters is refused. Each part gets a share of the budget
 * (the findings the most), every table is cut between rows with a line saying how much was left out, and a
 * section added later (a schema diff) brings its own share through `MarkdownContext.sections`.
 *
 * Every piece of text that comes from a repository (paths, names, messages) goes through `escapeMarkdown`, the
 * one escaping function, whether it ends in a table cell, a link's text, a quote or a heading.
 */
import type { Finding, Report, Severity } from '../core/types.js';
import { compareText } from '../core/types.js';
import { orderForAnnotation } from './github.js';

/** The hidden marker that identifies the one comment svc-migrate keeps up to date on a pull request. */
export const COMMENT_MARKER = '<!-- svc-migrate -->';

/** GitHub refuses issue comments longer than this many characters. */
export const MAX_COMMENT_CHARS = 65_536;

/** The runner refuses a step summary larger than this many bytes and then shows none of it. */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** What the summary is built to: under GitHub's limit with room for anything the runner adds. */
export const MAX_SUMMARY_BYTES = 1_000_000;

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

/** How a budget is counted: bytes for the job summary, characters for the comment. */
export type Measure = (text: string) => number;

/** A section another part of the Action adds (e.g. the schema diff), with its own share of the budget. */
export interface MarkdownSection {
  /** At most this much (bytes in the summary, characters in the comment) goes to the section. */
  maxSize: number;
  /** The section's Markdown in at most `max` units of `measure`; '' leaves it out. Longer output is dropped. */
  render(max: number, measure: Measure): string;
}

export interface MarkdownContext {
  services?: readonly ServiceOverview[];
  plan?: readonly PlanOverview[];
  /** Title of the plan section: "Plan" before applying, "Applied" after. */
  planTitle?: string;
  /** Link to the workflow run, where the job summary is. */
  runUrl?: string;
  /** Findings the step could not annotate (GitHub shows `limit` per level per step). */
  unannotated?: { count: number; limit: number };
  /** One line on what was checked (e.g. changed-only scope). */
  scope?: string;
  /** Turns a file and line into a link (to the blob at the PR's head). */
  linkFor?: (file: string, line?: number) => string | undefined;
  /** Extra lines after the counts (e.g. "Comment skipped: ..."). */
  notes?: readonly string[];
  /** Sections after the plan, each within its own budget. */
  sections?: readonly MarkdownSection[];
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** Longest message or name shown in one cell; the rest is cut (the JSON report and SARIF keep it whole). */
const MAX_CELL_CHARS = 2000;

/**
 * The one escaping function for text from a repository in Markdown: a table cell, a link's text, a quote. HTML
 * is neutralised, Markdown punctuation is backslash-escaped (so a path cannot open a code span, a link, emphasis
 * or math, nor end a table cell), and line breaks become `<br>` so that a row stays one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$#]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Text from a repository in monospace: `<code>` instead of a code span, so that escaping still applies inside. */
function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

function clip(text: string, max = MAX_CELL_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const byteLength: Measure = (text) => Buffer.byteLength(text, 'utf8');
const charLength: Measure = (text) => text.length;

/**
 * Header lines plus as many rows as fit in `max`, then `more(left)` for the rows left out. The header and the
 * closing line are always kept; a caller gives at least their size.
 */
export function boundedTable(header: readonly string[], rows: readonly string[], max: number, measure: Measure, more: (left: number) => string): string {
  return fitTable(header, rows, max, measure, more).text;
}

function fitTable(header: readonly string[], rows: readonly string[], max: number, measure: Measure, more: (left: number) => string): { text: string; shown: number } {
  const lines = [...header];
  let size = measure(header.join('\n'));
  const reserve = measure(`\n\n${more(rows.length)}`);
  let shown = 0;
  for (const row of rows) {
    const cost = measure(`\n${row}`);
    if (size + cost + (shown + 1 < rows.length ? reserve : 0) > max) break;
    lines.push(row);
    size += cost;
    shown++;
  }
  if (shown < rows.length) lines.push('', more(rows.length - shown));
  return { text: lines.join('\n'), shown };
}

function headline(report: Report): string {
  const { errors, warnings, infos } = report.summary;
  if (errors + warnings + infos === 0) return '✅ **svc-migrate**: no findings.';
  const icon = errors > 0 ? ICON.error : warnings > 0 ? ICON.warning : ICON.info;
  return `${icon} **svc-migrate**: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}.`;
}

/** The top: verdict counts, environment and scope, notes, the annotation cap. Short by construction. */
function header(report: Report, ctx: MarkdownContext): string[] {
  const parts = [headline(report), ''];
  parts.push(`Environment: ${code(clip(report.environment, 200))}${ctx.scope === undefined ? '' : ` · ${escapeMarkdown(clip(ctx.scope))}`}`, '');
  for (const n of ctx.notes ?? []) parts.push(`> ${escapeMarkdown(clip(n))}`, '');
  const left = ctx.unannotated;
  if (left !== undefined && left.count > 0) {
    parts.push(
      `GitHub shows at most ${left.limit} annotations per level in a step: ${plural(left.count, 'finding')} ` +
        `${left.count === 1 ? 'is' : 'are'} not annotated and only listed below (and in the SARIF file, when sarif-file is set).`,
      '',
    );
  }
  return parts;
}

function countsTable(report: Report, services: readonly ServiceOverview[] | undefined, max: number, measure: Measure): string {
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
  const rows = names.map((name) => {
    const r = by.get(name)!;
    return `| ${escapeMarkdown(clip(name, 200))} | ${migrations.get(name) ?? '–'} | ${r.error} | ${r.warning} | ${r.info} |`;
  });
  const head = ['| Service | Migrations | Errors | Warnings | Infos |', '| --- | ---: | ---: | ---: | ---: |'];
  return boundedTable(head, rows, max, measure, (left) => `…and ${plural(left, 'more service')}.`);
}

function location(f: Finding, ctx: MarkdownContext): string {
  if (f.file === undefined) return f.service === undefined ? '–' : escapeMarkdown(clip(f.service, 200));
  const pos = f.line === undefined ? '' : `:${f.line}${f.column === undefined ? '' : `:${f.column}`}`;
  const text = code(`${clip(f.file, 500)}${pos}`);
  const url = ctx.linkFor?.(f.file, f.line);
  return url === undefined ? text : `[${text}](${url})`;
}

/** What a cut list left out, by severity: "…and 12 more findings (3 errors, 9 warnings)." */
function leftOut(rest: readonly Finding[]): string {
  const counts = (['error', 'warning', 'info'] as const)
    .map((s) => [s, rest.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s));
  return `…and ${plural(rest.length, 'more finding')} (${counts.join(', ')}), left out to stay within GitHub's size limit.`;
}

/** The findings, most severe first, as a table within `max` units of `measure`, and how many rows it shows. */
export function findingsTable(
  findings: readonly Finding[],
  ctx: MarkdownContext,
  max = Number.POSITIVE_INFINITY,
  measure: Measure = charLength,
): { text: string; shown: number } {
  const sorted = orderForAnnotation(findings);
  const rows = sorted.map((f) => `| ${ICON[f.severity]} | ${code(f.rule)} | ${location(f, ctx)} | ${escapeMarkdown(clip(f.message))} |`);
  const head = ['| | Rule | Location | Message |', '| --- | --- | --- | --- |'];
  return fitTable(head, rows, max, measure, (left) => leftOut(sorted.slice(sorted.length - left)));
}

/** Migrations listed per service row at most; a service of thousands still fits in one readable row. */
const PLAN_IDS_PER_ROW = 50;

function planTable(plan: readonly PlanOverview[], title: string, max: number, measure: Measure): string {
  if (plan.length === 0) return `### ${escapeMarkdown(title)}\n\nNothing to apply.`;
  const rows = plan.map((p) => {
    const shown = p.migrations.slice(0, PLAN_IDS_PER_ROW).map((m) => {
      const extra = [m.status, m.ms === undefined ? undefined : `${Math.round(m.ms)} ms`].filter(Boolean).join(', ');
      return `${code(m.id)}${m.name === undefined ? '' : ` ${escapeMarkdown(clip(m.name, 200))}`}${extra === '' ? '' : ` (${escapeMarkdown(clip(extra))})`}`;
    });
    if (p.migrations.length > PLAN_IDS_PER_ROW) shown.push(`…and ${p.migrations.length - PLAN_IDS_PER_ROW} more`);
    return `| ${escapeMarkdown(clip(p.service, 200))} | ${p.level ?? '–'} | ${shown.length === 0 ? 'up to date' : shown.join('<br>')} |`;
  });
  const head = [`### ${escapeMarkdown(title)}`, '', '| Service | Level | Migrations |', '| --- | ---: | --- |'];
  return boundedTable(head, rows, max, measure, (left) => `…and ${plural(left, 'more service')} in the plan.`);
}

function folded(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Findings this many or fewer are shown open; more fold into `<details>`. */
const OPEN_LIMIT = 20;

/** Shares of the budget for the parts before the findings; the findings get what is left. */
const SHARE = { counts: 0.1, plan: 0.2 } as const;

interface Layout {
  head: string[];
  max: number;
  measure: Measure;
  /** Said after the findings when some were left out (the comment's pointer); its room is kept. */
  tail?: string;
  withPlan: boolean;
  foldTitle: (n: number) => string;
}

/** Assembles head, counts, plan, extra sections and findings within `layout.max`. */
function compose(report: Report, ctx: MarkdownContext, layout: Layout): string {
  const { measure, max } = layout;
  const parts = [...layout.head];
  const used = (): number => measure(parts.join('\n')) + measure(layout.tail ?? '') + 4;
  const counts = countsTable(report, ctx.services, Math.max(0, (max - used()) * SHARE.counts), measure);
  if (counts !== '') parts.push(counts, '');
  if (layout.withPlan && ctx.plan !== undefined) {
    parts.push(planTable(ctx.plan, ctx.planTitle ?? 'Plan', Math.max(0, (max - used()) * SHARE.plan), measure), '');
  }
  for (const section of ctx.sections ?? []) {
    const room = Math.min(section.maxSize, Math.max(0, (max - used()) / 2));
    const text = section.render(room, measure);
    if (text !== '' && measure(text) <= room) parts.push(text, '');
  }
  const n = report.findings.length;
  if (n > 0) {
    const open = n <= OPEN_LIMIT;
    const wrapper = open ? 0 : measure(folded(layout.foldTitle(n), ''));
    const list = findingsTable(report.findings, ctx, max - used() - wrapper - measure('### Findings\n\n'), measure);
    parts.push('### Findings', '', open ? list.text : folded(layout.foldTitle(n), list.text), '');
    if (layout.tail !== undefined && list.shown < n) parts.push(layout.tail, '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

/** The job summary: counts per service, the plan, every finding that fits in `maxBytes` (folded when long). */
export function formatSummary(report: Report, ctx: MarkdownContext = {}, maxBytes = MAX_SUMMARY_BYTES): string {
  const head = ['## svc-migrate', '', ...header(report, ctx)];
  return compose(report, ctx, { head, max: maxBytes, measure: byteLength, withPlan: true, foldTitle: (n) => `All ${plural(n, 'finding')}` });
}

/**
 * The sticky PR comment (starts with COMMENT_MARKER), never longer than `maxChars`. The findings get most of the
 * room; when some are left out, the comment says where the full list is.
 */
export function formatComment(report: Report, ctx: MarkdownContext = {}, maxChars = MAX_COMMENT_CHARS): string {
  const pointer = ctx.runUrl === undefined ? 'the job summary of this run' : `the [job summary of this run](${ctx.runUrl})`;
  const tail = `The full list is in ${pointer}.`;
  const head = [COMMENT_MARKER, ...header(report, { ...ctx, unannotated: undefined })];
  const body = compose(report, ctx, { head, max: maxChars, measure: charLength, tail, withPlan: true, foldTitle: (n) => plural(n, 'finding') });
  if (body.length <= maxChars) return body;
  // Only a limit smaller than the header itself gets here: keep the marker and the pointer, cut the middle.
  const cut = `\n\n…cut: see ${pointer}.\n`;
  return `${body.slice(0, Math.max(0, maxChars - cut.length))}${cut}`.slice(0, maxChars);
}
