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
export async function printReport(report: Report, format: Format, root: string, io: Io, text: { impact?: boolean } = {}): Promise<void> {
  switch (format) {
    case 'json':
      io.out(formatJson(report));
      return;
    case 'github':
      io.out(formatGithub(report));
      return;
    case 'sarif':
      io.out(formatSarif(report, { rules: RULE_CATALOG }));
      return;
    default:
      io.out(formatText(report, { color: io.color, sources: await sourceLines(root, report.findings), impact: text.impact }));
  }
}

/** 1 when a finding is at or above --fail-on, else 0. */
export function exitCodeFor(report: Report, failOn: FailOn): number {
  return report.findings.some((f) => failsAt(f.severity, failOn)) ? 1 : 0;
}
