/** Prints a report in the format asked for and turns it into the exit code of spec section 2. */
import { failsAt, type FailOn, type Finding, type Report } from '../core/types.js';
import { formatRuleSummary, formatSummaryLine, formatText, paint, wrapText } from '../report/text.js';
import { formatJson } from '../report/json.js';
import { formatGithub } from '../report/github.js';
import { formatSarif, ruleDocUri } from '../report/sarif.js';
import { sourceLines } from '../lint/validate.js';
import { RULE_CATALOG } from '../lint/catalog.js';
import type { Plan } from '../apply/plan.js';
import type { Format, Io } from './types.js';

/** Writes the report to stdout in `format`. */
export async function printReport(
  report: Report,
  format: Format,
  root: string,
  io: Io,
  text: { impact?: boolean; summary?: boolean; quiet?: boolean } = {},
): Promise<void> {
  // --quiet shows errors only, for people and annotations; json and sarif keep every finding for tools to filter.
  const quietReport = (): Report => (text.quiet ? { ...report, findings: report.findings.filter((f) => f.severity === 'error') } : report);
  switch (format) {
    case 'json':
      io.out(formatJson(report));
      return;
    case 'github':
      io.out(formatGithub(quietReport()));
      return;
    case 'sarif':
      io.out(formatSarif(report, { rules: RULE_CATALOG }));
      return;
    default:
      io.out(
        formatText(report, {
          color: io.color,
          sources: await sourceLines(root, quietReport().findings),
          impact: text.impact,
          summary: text.summary,
          quiet: text.quiet,
          columns: io.columns,
          hyperlinks: io.hyperlinks,
          ruleUrl: ruleDocUri,
        }),
      );
  }
}

/** 1 when a finding is at or above --fail-on, else 0. */
export function exitCodeFor(report: Report, failOn: FailOn): number {
  return report.findings.some((f) => failsAt(f.severity, failOn)) ? 1 : 0;
}

/**
 * The plan as `--format json` prints it: each step's dependencies spelled as dependencies.json spells them
 * (`depends_on`, `cross_service_dependencies` as {service: [ids]}), like `deps --format json`.
 */
export function planPayload(plan: Plan): Record<string, unknown> {
  // The environment is the envelope's; whatever else the plan carries (the preflight's refusals) stays.
  const { environment: _environment, steps: _steps, levels: _levels, blocked: _blocked, ...more } = plan;
  const steps = plan.steps.map(({ dependsOn, crossService, ...step }) => {
    const cross: Record<string, string[]> = {};
    for (const ref of crossService) (cross[ref.service] ??= []).push(ref.id);
    const { level, ...rest } = step;
    return { ...rest, depends_on: dependsOn, cross_service_dependencies: cross, level };
  });
  return { ...more, levels: plan.levels, steps, blocked: plan.blocked };
}

/** What ends a text report: the findings by rule (errors only with --quiet), then the one-line verdict. */
export function printVerdict(report: Report, io: Io, quiet = false): void {
  const shown = quiet ? report.findings.filter((f) => f.severity === 'error') : report.findings;
  const lines = [...formatRuleSummary(shown, io.color), ...wrapText(formatSummaryLine(report, io.color), io.columns, '', '  ')];
  io.out(lines.join('\n') + '\n');
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/**
 * One finding on one line for stderr, where a command's findings go when stdout carries its own lines (`deps`,
 * `status`, `up`): `file:line:col: severity rule: message`, the severity coloured when stderr takes colours.
 */
export function findingLine(f: Finding, io: Pick<Io, 'errColor'>): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}: ` : '';
  return `${where}${paint(io.errColor === true, SEVERITY_COLOR[f.severity], f.severity)} ${f.rule}: ${f.message}\n`;
}

/** `error:` / `warning:` before a message on stderr, coloured when stderr takes colours. */
export function errorLabel(io: Pick<Io, 'errColor'>, severity: 'error' | 'warning'): string {
  return paint(io.errColor === true, SEVERITY_COLOR[severity], `${severity}:`);
}
