/**
 * GitHub workflow-command annotations (`::error file=...,line=...::message`), one line per finding.
 * The Action and the CLI's `--format github` print the same text; only the Action caps it, because GitHub
 * shows at most 10 annotations of each severity per step and silently drops the rest.
 */
import type { Finding, Report, Severity } from '../core/types.js';
import { compareFindings, SEVERITY_RANK } from '../core/types.js';

/** The workflow command each severity becomes. */
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

export interface GithubFormatOptions {
  /** At most this many annotations per severity (GitHub displays 10 per step). Default: all. */
  limit?: number;
  /**
   * Slots of each level the caller keeps for its own messages in the same step (the verdict, a fork notice, a
   * comment failure): so many fewer findings of that level are annotated, and the caller's lines still show.
   */
  reserved?: Partial<Omitted>;
}

/** Escapes a workflow-command message: `%`, CR and LF would otherwise end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Findings in the order they should be annotated: errors, then warnings, then notices; within a severity the
 * stable report order. Annotations past the cap are the least important ones.
 */
export function orderForAnnotation(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b));
}

/** One finding as a workflow command line (no trailing newline). */
export function formatAnnotation(f: Finding): string {
  const props: string[] = [];
  if (f.file !== undefined) {
    props.push(`file=${escapeProperty(f.file)}`);
    if (f.line !== undefined && f.line >= 1) {
      props.push(`line=${f.line}`);
      // GitHub rejects columns on an annotation that spans several lines: send them only on a single line.
      const endLine = f.endLine !== undefined && f.endLine > f.line ? f.endLine : f.line;
      if (endLine === f.line && f.column !== undefined && f.column >= 1) {
        props.push(`col=${f.column}`, `endLine=${endLine}`);
        if (f.endColumn !== undefined && f.endColumn >= f.column) props.push(`endColumn=${f.endColumn}`);
      } else if (endLine !== f.line) {
        props.push(`endLine=${endLine}`);
      }
    }
  }
  props.push(`title=${escapeProperty(f.rule)}`);
  const message = f.help === undefined ? f.message : `${f.message}\n${f.help}`;
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`;
}

/** How many findings of each severity were left out by the cap. */
export interface Omitted {
  error: number;
  warning: number;
  info: number;
}

/** The annotations to print and what the cap left out. */
export function selectAnnotations(
  findings: readonly Finding[],
  limit = Number.POSITIVE_INFINITY,
  reserved: Partial<Omitted> = {},
): { shown: Finding[]; omitted: Omitted } {
  const seen: Omitted = { error: 0, warning: 0, info: 0 };
  const omitted: Omitted = { error: 0, warning: 0, info: 0 };
  const shown: Finding[] = [];
  for (const f of orderForAnnotation(findings)) {
    if (seen[f.severity] < limit - (reserved[f.severity] ?? 0)) {
      seen[f.severity]++;
      shown.push(f);
    } else {
      omitted[f.severity]++;
    }
  }
  return { shown, omitted };
}

/**
 * The report as workflow commands, most important first. With `limit`, at most that many per severity, followed
 * by one plain line saying how many were left out and where the full list is.
 */
export function formatGithub(report: Report, opts: GithubFormatOptions = {}): string {
  const { shown, omitted } = selectAnnotations(report.findings, opts.limit, opts.reserved);
  const lines = shown.map(formatAnnotation);
  const left = describeOmitted(omitted);
  if (left !== undefined) {
    lines.push(
      `svc-migrate: ${left} not annotated (GitHub shows ${opts.limit} per level in a step): the full list is in the ` +
        `job summary (and in the SARIF file, when sarif-file is set).`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** "12 findings (3 errors, 9 warnings)", or undefined when nothing was left out. */
export function describeOmitted(omitted: Omitted): string | undefined {
  const left = omitted.error + omitted.warning + omitted.info;
  if (left === 0) return undefined;
  const parts = (['error', 'warning', 'info'] as const)
    .filter((s) => omitted[s] > 0)
    .map((s) => `${omitted[s]} ${s}${omitted[s] === 1 ? '' : 's'}`);
  return `${left} finding${left === 1 ? '' : 's'} (${parts.join(', ')})`;
}
