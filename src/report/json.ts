/**
 * The JSON report of spec section 3: one object, findings with exactly the contract's fields (plus `help`),
 * in a fixed key order so diffs of saved reports stay small.
 */
import type { Finding, Report } from '../core/types.js';

const FINDING_KEYS: (keyof Finding)[] = ['rule', 'severity', 'message', 'help', 'file', 'line', 'column', 'endLine', 'endColumn', 'service', 'migration'];

/** Renders a report as pretty JSON with a trailing newline. */
export function formatJson(report: Report): string {
  const { version, environment, findings, summary, ...extra } = report;
  const ordered = {
    version,
    environment,
    findings: findings.map((f) => {
      const o: Record<string, unknown> = {};
      for (const k of FINDING_KEYS) if (f[k] !== undefined) o[k] = f[k];
      return o;
    }),
    summary,
    ...extra,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
