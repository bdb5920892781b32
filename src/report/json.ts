/**
 * The JSON report of spec section 3: one object, findings with exactly the contract's fields (plus `help`),
 * in a fixed key order so diffs of saved reports stay small.
 */
import { countFindings, type Finding, type Report, type Summary } from '../core/types.js';

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

/** What a command counted, for the envelope's summary (the severities are counted from the findings). */
export type Totals = Pick<Summary, 'services' | 'migrations' | 'files'>;

/**
 * The one JSON envelope of every command's `--format json`: `version`, `environment`, `findings`, `summary` as
 * spec section 3 has them, then the command's own payload. Keys the envelope owns are not taken from the payload,
 * so that no command can print two spellings of them.
 */
export function jsonReport(environment: string, payload: Record<string, unknown>, totals: Totals, findings: readonly Finding[] = []): string {
  const extra = Object.fromEntries(Object.entries(payload).filter(([k]) => !ENVELOPE_KEYS.has(k)));
  return formatJson({ version: 1, environment, findings: [...findings], summary: { ...countFindings(findings), ...totals }, ...extra });
}

const ENVELOPE_KEYS = new Set(['version', 'environment', 'findings', 'summary']);
