/**
 * Types shared by every layer: findings, severities, the report, the errors that map to exit codes.
 * Reporters (src/report) know only this file.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Numeric order of severities, for sorting and for `--fail-on`. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** `--fail-on` threshold: the lowest severity that makes the run exit 1. */
export type FailOn = 'error' | 'warning' | 'never';

/** One problem found, located as precisely as the source allows. Positions are 1-based characters. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** What to write instead; shown under the message in text output, not part of the JSON contract. */
  help?: string;
  /** Relative to --root, with '/'. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  service?: string;
  migration?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  services: number;
  migrations: number;
  files: number;
}

/** The JSON report (spec section 3). Commands may add fields after `summary`; the listed ones never change. */
export interface Report {
  version: 1;
  environment: string;
  findings: Finding[];
  summary: Summary;
  [extra: string]: unknown;
}

/**
 * The tool could not do its job: bad flags, unreadable root, unreachable database. Exit code 2.
 * The message is shown to the user as is, so it says what went wrong and what to do.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[]): Pick<Summary, 'errors' | 'warnings' | 'infos'> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** True when a finding of this severity makes the run fail under `failOn`. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/**
 * Orders text by UTF-16 code units, as the folder listing does: the same order on every machine whatever its
 * locale, and no ICU collator to load (creating one costs a noticeable share of a cached `validate`, see
 * docs/benchmarks.md).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order for output: file, line, column, rule. Findings without a file come first. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.service ?? '', b.service ?? '') ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** What `validate` found about one service's files, for the text report's per-service header. */
export interface ServiceSummary {
  name: string;
  /** Relative migrations folder. */
  dir: string;
  layout: 'folders' | 'flat';
  /** Relative path of dependencies.json when present. */
  dependencyFile?: string;
  /** Number of entries in dependencies.json. */
  dependencyEntries: number;
  environmentsFile?: string;
  environments: string[];
  /** Migration groups (folders) and how many migrations each holds. */
  groups: Record<string, number>;
  migrations: number;
  /** Migrations that apply in the environment in force. */
  applicable: number;
  files: number;
  /** Tables each migration writes (impact analysis), by migration id. */
  tables: Record<string, string[]>;
}

/** The result of `validate`, as the JSON report carries it. */
export interface ValidateReport extends Report {
  services: ServiceSummary[];
}
