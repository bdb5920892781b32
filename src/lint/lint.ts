/**
 * SQL linting of a whole repository: every migration file of every service is read once, parsed once, and run
 * through the rules (`lintFile`). Also returns, per file, what the apply layer and the report need: tables
 * written, whether it can run in a transaction, whether it is empty or broken.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { compareFindings } from '../core/types.js';
import type { Finding, Severity } from '../core/types.js';
import type { Migration, MigrationFile, Repo, Service } from '../repo/types.js';
import { ensureParser } from '../sql/parser.js';
import { rules as registry } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { environmentSettings, environmentsOf, knownEnvironments } from '../repo/environments.js';
import { lintFile } from './lint-file.js';
import type { FileFactsInput, SeverityOverride } from './lint-file.js';

export { lintFile, ENGINE_RULES } from './lint-file.js';
export type { FileLint, FileFactsInput, LintFileOptions, LintedViolation } from './lint-file.js';

/** What the rest of the tool needs to know about one migration file after linting. */
export interface FileAnalysis {
  /** Relative to root, with '/'. */
  file: string;
  service: string;
  migration: string;
  direction: 'up' | 'down';
  /** Lower-cased tables the file writes; `schema.table`, or bare `table` when the SQL did not qualify it. */
  tablesWritten: string[];
  /** A statement cannot run inside a transaction (CREATE INDEX CONCURRENTLY, VACUUM, ...). */
  nonTransactional: boolean;
  /** No statement at all (empty or comments only). */
  empty: boolean;
  /** The file did not parse (or was not UTF-8 text). */
  syntaxError: boolean;
}

export interface LintRepoOptions {
  /** Reads a file's bytes; tests pass their own. */
  readFile?: (abs: string) => Promise<Uint8Array>;
  /** Rules to run; the registry by default. */
  rules?: readonly Rule[];
  /** How many files are read at once. */
  concurrency?: number;
}

export interface LintRepoResult {
  findings: Finding[];
  /** Keyed by the file's relative path. */
  files: Map<string, FileAnalysis>;
}

/**
 * Lints every migration file (up and down) of every service of the repository for environment `env`.
 * Never throws for bad file content; an unreadable file becomes a finding.
 */
export async function lintRepo(repo: Repo, env: string, options: LintRepoOptions = {}): Promise<LintRepoResult> {
  await ensureParser();
  const read = options.readFile ?? ((abs: string) => fsReadFile(abs));
  const rules = options.rules ?? registry;
  const severities = severityOverrides(repo, env);
  const allServiceSchemas = new Set(repo.services.map((s) => s.snake));
  const allEnvironments = knownEnvironments(repo);
  const findings: Finding[] = [];
  const files = new Map<string, FileAnalysis>();

  const jobs: { service: Service; migration: Migration; mf: MigrationFile }[] = [];
  for (const service of repo.services) {
    for (const migration of service.migrations) {
      if (migration.up) jobs.push({ service, migration, mf: migration.up });
      if (migration.down) jobs.push({ service, migration, mf: migration.down });
    }
  }

  const concurrency = Math.max(1, options.concurrency ?? 32);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      let bytes: Uint8Array | undefined;
      let readError: string | undefined;
      try {
        bytes = await read(job.mf.abs);
      } catch (e) {
        readError = e instanceof Error ? e.message : String(e);
      }
      const { findings: f, analysis } = lintMigrationFile(job, bytes, readError, { rules, severities, allServiceSchemas, allEnvironments, pgVersion: repo.config?.pg_version ?? 15 });
      for (const x of f) findings.push(x); // not push(...f): a huge file can hold more findings than call arguments fit
      files.set(job.mf.file, analysis);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  findings.sort(compareFindings);
  return { findings, files: new Map([...files].sort(([a], [b]) => a.localeCompare(b))) };
}

interface Shared {
  rules: readonly Rule[];
  severities: Record<string, SeverityOverride>;
  allServiceSchemas: ReadonlySet<string>;
  allEnvironments: readonly string[];
  pgVersion: number;
}

/** Decodes, parses and lints one file (synchronous work only: the read happened before). */
function lintMigrationFile(
  job: { service: Service; migration: Migration; mf: MigrationFile },
  bytes: Uint8Array | undefined,
  readError: string | undefined,
  shared: Shared,
): { findings: Finding[]; analysis: FileAnalysis } {
  const { service, migration, mf } = job;
  const base: FileAnalysis = {
    file: mf.file, service: service.name, migration: migration.id, direction: mf.direction,
    tablesWritten: [], nonTransactional: false, empty: false, syntaxError: true,
  };
  const at = { file: mf.file, service: service.name, migration: migration.id, line: 1, column: 1 };
  if (bytes === undefined) {
    const severity = sev(shared, 'sql-encoding', 'error');
    return { analysis: base, findings: severity === 'off' ? [] : [{ rule: 'sql-encoding', severity, ...at,
      message: `The migration file could not be read (${readError ?? 'unknown error'}), so it was not checked and cannot be applied.`,
      help: 'Check the file permissions and that it is a regular file.' }] };
  }
  const text = decode(bytes);
  if (typeof text !== 'string') {
    const problem = text.problem;
    const pos = text.line !== undefined ? { line: text.line, column: text.column ?? 1 } : {};
    const severity = sev(shared, 'sql-encoding', 'error');
    const findings: Finding[] = severity === 'off' ? [] : [{ rule: 'sql-encoding', severity, ...at, ...pos,
      message: `The migration file is not UTF-8 text (${problem}): PostgreSQL would reject it or store corrupted text.`,
      help: 'Save the file as UTF-8 without NUL bytes.' }];
    return { analysis: base, findings };
  }
  const environments = environmentsOf(service, migration, shared.allEnvironments);
  const facts: FileFactsInput = {
    file: mf.file,
    service: service.name,
    serviceSchema: service.snake,
    allServiceSchemas: shared.allServiceSchemas,
    migration: migration.id,
    direction: mf.direction,
    folder: migration.folder,
    environments,
    destructiveAllowed: environments.every((e) => environmentSettings(service, e).allow_destructive_operations),
    pgVersion: shared.pgVersion,
    affectsTables: Array.isArray(migration.meta?.affects_tables) ? migration.meta.affects_tables : undefined,
  };
  const result = lintFile({ text, facts }, shared.rules, { severities: shared.severities });
  return {
    findings: result.findings,
    analysis: {
      ...base,
      tablesWritten: result.tablesWritten,
      nonTransactional: result.nonTransactional,
      empty: result.sql.empty && !result.sql.error,
      syntaxError: result.sql.error !== undefined,
    },
  };
}

function sev(shared: Shared, id: string, fallback: Severity): SeverityOverride {
  return shared.severities[id] ?? fallback;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text without a BOM, or what is wrong with the bytes (and where, for a NUL byte). */
export function decode(bytes: Uint8Array): string | { problem: string; line?: number; column?: number } {
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { problem: 'invalid UTF-8 byte sequence' };
  }
  if (nul >= 0) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < nul; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
    const column = [...Buffer.from(bytes.subarray(lineStart, nul)).toString('utf8')].length + 1;
    return { problem: 'it holds a NUL byte', line, column };
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Rule severities in force: the project's `rules`, then the environment's `environments.<env>.rules` on top.
 */
export function severityOverrides(repo: Repo, env: string): Record<string, SeverityOverride> {
  return { ...(repo.config?.rules ?? {}), ...(repo.config?.environments?.[env]?.rules ?? {}) };
}
