/** Prints a report in the format asked for and turns it into the exit code of spec section 2. */
import { failsAt, type FailOn, type Report } from '../core/types.js';
import { formatText } from '../report/text.js';
import { formatJson } from '../report/json.js';
import { formatGithub } from '../report/github.js';
import { formatSarif } from '../report/sarif.js';
import { sourceLines } from '../lint/validate.js';
import { RULE_CATALOG } from '../lint/catalog.js';
import type { Format, Io } from './types.js';

/** Writes the report to stdout in `format`. */
export async function printReport(report: Report, format: Format, root: string, io: Io, text: { impact?: boolean; quiet?: boolean } = {}): Promise<void> {
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
      io.out(formatText(report, { color: io.color, sources: await sourceLines(root, quietReport().findings), impact: text.impact, quiet: text.quiet }));
  }
}

/** 1 when a finding is at or above --fail-on, else 0. */
export function exitCodeFor(report: Report, failOn: FailOn): number {
  return report.findings.some((f) => failsAt(f.severity, failOn)) ? 1 : 0;
}
