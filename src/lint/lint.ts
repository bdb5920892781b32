/**
 * SQL linting of a whole repository: every migration file of every service is read once, parsed once, and run
 * through the rules (`lintFile`). Also returns, per file, what the apply layer and the report need: tables
 * written, whether it can run in a transaction, whether it is empty or broken.
 */
import type { Progress } from '../core/progress.js';
import { readFileSync } from 'node:fs';
import { migrationBytes } from '../repo/read.js';
import { compareFindings } from '../core/types.js';
import { firstInvalidUtf8 } from '../core/utf8.js';
import type { Finding, Severity } from '../core/types.js';
import type { Migration, MigrationFile, Repo, Service } from '../repo/types.js';
import { ensureParser } from '../sql/parser.js';
import { rules as registry } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { checkedEnvironments, environmentSettings, environmentsOf } from '../repo/environments.js';
import { lintFile, prepareRules } from './lint-file.js';
import type { PreparedRules } from './lint-file.js';
import { LintPool, lintWorkerCount } from './pool.js';
import { contentHash, LintCache } from './cache.js';
import type { LintCacheOptions } from './cache.js';
import { resolveServiceModels } from './service-model.js';
import { foldSingleSchemaFindings } from './single-schema.js';
import { foldBlankDownFindings } from './empty-downs.js';
import type { FileModel } from './service-model.js';
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
  /** The file creates a schema or names a table in a schema other than public (the service uses schemas). */
  namesSchema: boolean;
}

export interface LintRepoOptions {
  /** Reads a file's bytes; tests pass their own. */
  readFile?: (abs: string) => Promise<Uint8Array>;
  /** Rules to run; the registry by default. */
  rules?: readonly Rule[];
  /** Worker threads (`--concurrency`); 0 or absent: in-process. */
  workers?: number;
  /** Reuse what earlier runs produced for unchanged files (see cache.ts); not with custom rules or reader. */
  cache?: LintCacheOptions;
  /** Workers started ahead (see `validate`); used when workers pay off, closed either way. */
  pool?: LintPool;
  /** Files linted of all, for a long validation (`Validating files: 120/4000`). */
  progress?: Progress;
}

export interface LintRepoResult {
  findings: Finding[];
  /** Keyed by the file's relative path. */
  files: Map<string, FileAnalysis>;
  /** Files whose result came from the cache (0 without one). */
  cacheHits: number;
}

/**
 * Lints every migration file (up and down) of every service of the repository for environment `env`.
 * Never throws for bad file content; an unreadable file becomes a finding.
 *
 * With `workers` (`--concurrency`), the files are split into batches handed to worker threads (`lint-worker.js`,
 * built beside the bundle) while the main thread checks the graph. Without, with custom rules or a custom reader,
 * or when the worker entry is not there (TypeScript sources under Jest or tsx) everything runs in-process; both
 * paths produce identical results.
 */
export async function lintRepo(repo: Repo, env: string, options: LintRepoOptions = {}): Promise<LintRepoResult> {
  // Nothing is awaited before the workers start (validate overlaps them with the graph checks).
  const custom = options.readFile !== undefined || options.rules !== undefined;
  const settings = {
    severities: severityOverrides(repo, env),
    allServiceSchemas: new Set(repo.services.map((s) => s.snake)),
    pgVersion: repo.config?.pg_version ?? 15,
  };
  const cache = options.cache && !custom ? LintCache.open(options.cache, settings) : undefined;
  const shared: LintShared = { ...settings, hashContent: cache !== undefined };
  const jobs = repoJobs(repo);
  // Cache keys are needed before the workers start only to tell them which hashes to expect; with an empty cache
  // (a first run) they are computed while the workers parse, off the critical path.
  const keys: string[] = [];
  const keyOf = (i: number): string => (keys[i] ??= cache!.key(jobs[i]!));
  let expectedHits = 0;
  if (cache?.hasEntries()) {
    jobs.forEach((job, i) => {
      job.expect = cache.expected(keyOf(i));
      if (job.expect !== undefined) expectedHits++;
    });
  }
  // Results the workers send are recorded as they arrive, while the main thread would otherwise wait.
  const stored: boolean[] = [];
  const task = options.progress?.start('Validating files:', { total: jobs.length });
  let finished = 0;
  const record = (i: number, outcome: LintJobOutcome): void => {
    if (!cache || !outcome.result || outcome.hash === undefined) return;
    cache.store(keyOf(i), outcome.hash, outcome.result);
    stored[i] = true;
  };

  const outcomes: (LintJobOutcome | undefined)[] = new Array<LintJobOutcome | undefined>(jobs.length);
  // Workers pay off for files to parse; a file the cache answers costs a read and a hash.
  const workerCount = custom ? 0 : lintWorkerCount(jobs.length - expectedHits, options.workers ?? 0);
  let pool = options.pool;
  if (pool && workerCount === 0) await pool.close();
  else if (!pool) pool = LintPool.start(workerCount);
  let pooled = false;
  let failure: string | undefined;
  if (pool && workerCount > 0) {
    try {
      const pooling = pool.run(jobs, shared, outcomes, (i, outcome) => {
        task?.advance(++finished);
        record(i, outcome);
      });
      if (cache) jobs.forEach((_, i) => keyOf(i));
      await pooling;
      pooled = true;
    } catch (e) {
      // A worker that could not start or died: lint whatever is missing in-process rather than fail the run.
      failure = e instanceof Error ? e.message : String(e);
    } finally {
      await pool.close();
    }
  }
  let context: LintContext | undefined;
  const inProcess = async (): Promise<LintContext> => {
    await ensureParser(); // loaded only when a file is parsed here, not for a run the cache answers
    return (context ??= lintContext(shared, options.rules ?? registry));
  };
  for (let i = 0; i < jobs.length; i++) {
    if (outcomes[i]) continue;
    const job = jobs[i]!;
    let file: JobRead;
    if (options.readFile) {
      try {
        file = { bytes: migrationBytes(await options.readFile(job.abs), { section: job.section, direction: job.facts.direction }) };
      } catch (e) {
        file = { error: e instanceof Error ? e.message : String(e) };
      }
    } else {
      file = job.read ?? readJob(job, shared);
      if (file.hash !== undefined && file.hash === job.expect) {
        outcomes[i] = { hash: file.hash };
        task?.advance(++finished);
        continue;
      }
    }
    outcomes[i] = { result: lintMigrationFile(job, file, await inProcess()), hash: file.hash };
    task?.advance(++finished);
  }
  task?.end();

  const results: LintJobResult[] = new Array<LintJobResult>(jobs.length);
  let hits = 0;
  for (let i = 0; i < jobs.length; i++) {
    const outcome = outcomes[i]!;
    let result = outcome.result;
    if (cache && outcome.hash !== undefined) {
      if (!result) {
        if ((result = cache.hit(keyOf(i), outcome.hash, jobs[i]!))) hits++;
      } else if (!stored[i]) {
        record(i, outcome);
      }
    }
    if (!result) {
      // The reader matched a hash whose entry then did not decode (a damaged cache file): lint it now, and store
      // the result so that the next run finds a sound entry.
      const again = runLintJob({ ...jobs[i]!, expect: undefined }, await inProcess());
      result = again.result!;
      record(i, again);
    }
    results[i] = result;
  }
  const cacheError = cache?.save();
  if (process.env.SVC_MIGRATE_DEBUG_LINT) {
    process.stderr.write(`svc-migrate lint: ${jobs.length} files, ${pooled ? pool!.size : 0} worker threads${failure ? ` (pool failed: ${failure})` : ''}` +
      `${cache ? `, ${hits} from the cache${cacheError ? ` (not saved: ${cacheError})` : ''}` : ''}\n`);
  }

  return { ...resolveFindings(repo, env, results), cacheHits: hits };
}

/** One job per migration file (up and down) of every service, in order: services by name, migrations by id. */
function repoJobs(repo: Repo): LintJob[] {
  const allEnvironments = checkedEnvironments(repo);
  const jobs: LintJob[] = [];
  for (const service of repo.services) {
    // Where a migration runs depends only on its service and folder: worked out once per folder.
    const byFolder = new Map<string, Placement>();
    for (const migration of service.migrations) {
      let placement = byFolder.get(migration.folder);
      if (!placement) byFolder.set(migration.folder, (placement = placementOf(service, migration, allEnvironments)));
      if (migration.up) jobs.push(lintJob(service, migration, migration.up, placement));
      if (migration.down) jobs.push(lintJob(service, migration, migration.down, placement));
    }
  }
  return jobs;
}

/** The repository's findings from every file's result, once the steps that look across files have run. */
function resolveFindings(repo: Repo, env: string, results: LintJobResult[]): Pick<LintRepoResult, 'findings' | 'files'> {
  // Findings that the service's earlier migrations make void go now, after the cache: a file's cached result never
  // depends on another file, and this step sees every file's current events.
  const byFile = new Map(results.map((r) => [r.analysis.file, r]));
  resolveServiceModels(repo, env, byFile);
  foldSingleSchemaFindings(repo, byFile);
  foldBlankDownFindings(repo, byFile);
  const findings: Finding[] = [];
  const files = new Map<string, FileAnalysis>();
  for (const r of results) {
    for (const x of r.findings) findings.push(x); // not push(...f): a huge file can hold more findings than call arguments fit
    // A dbmate or goose file is linted twice, up section then down: the analysis kept under its name is the up one's.
    if (!files.has(r.analysis.file)) files.set(r.analysis.file, r.analysis);
  }
  findings.sort(compareFindings);
  // In job order (services by name, then migrations by id, up before down): deterministic, and only looked up.
  return { findings, files };
}

/** One file to lint: where it is and the facts known before reading it. Plain data (it crosses to workers). */
export interface LintJob {
  abs: string;
  /** dbmate's or goose's file of both directions: the job lints its direction's section (src/repo/read.ts). */
  section?: MigrationFile['section'];
  facts: Omit<FileFactsInput, 'allServiceSchemas' | 'pgVersion'>;
  /** The content hash the cache holds a result for: when the bytes read hash to it, the file is not linted. */
  expect?: string;
  /** The file, already read (and hashed, when the run hashes) by the main thread (see pool.ts); read from `abs` when absent. */
  read?: JobRead;
}

/** What every job of a run shares. Plain data (it crosses to workers once). */
export interface LintShared {
  severities: Record<string, SeverityOverride>;
  allServiceSchemas: ReadonlySet<string>;
  pgVersion: number;
  /** Hash every file's bytes (for the cache). */
  hashContent?: boolean;
}

/** The findings and analysis of one file. */
export interface LintJobResult {
  findings: Finding[];
  analysis: FileAnalysis;
  /** What the file adds to its service's schema model and which findings the model may void; absent when neither. */
  model?: FileModel;
}

/**
 * What linting one job gave: the result, with the hash of the bytes it came from when hashing; or only the hash,
 * when it was the one the job expected (the cache holds the result).
 */
export interface LintJobOutcome {
  result?: LintJobResult;
  hash?: string;
}

/** Everything a run computes once and every file reuses. */
export interface LintContext extends LintShared {
  rules: readonly Rule[];
  prepared: PreparedRules;
}

/** Builds the per-run context: the shared facts plus the rule lists prepared once. */
export function lintContext(shared: LintShared, rules: readonly Rule[] = registry): LintContext {
  return { ...shared, rules, prepared: prepareRules(rules, shared.severities, shared.pgVersion) };
}

/** The environments a migration runs in, and which of them forbid destructive operations. */
interface Placement {
  environments: string[];
  destructiveForbiddenIn: string[];
}

function placementOf(service: Service, migration: Migration, allEnvironments: readonly string[]): Placement {
  const environments = environmentsOf(service, migration, allEnvironments);
  const destructiveForbiddenIn = environments.filter((e) => !environmentSettings(service, e).allow_destructive_operations);
  return { environments, destructiveForbiddenIn };
}

function lintJob(service: Service, migration: Migration, mf: MigrationFile, { environments, destructiveForbiddenIn }: Placement): LintJob {
  return {
    abs: mf.abs,
    ...(mf.section ? { section: mf.section } : {}),
    facts: {
      file: mf.file,
      service: service.name,
      serviceSchema: service.snake,
      migration: migration.id,
      direction: mf.direction,
      folder: migration.folder,
      environments,
      destructiveForbiddenIn,
      affectsTables: Array.isArray(migration.meta?.affects_tables) ? migration.meta.affects_tables : undefined,
    },
  };
}

/**
 * Reads (synchronously: the files are small and the loop is CPU-bound, so a thread-pool round trip per file
 * costs more than it saves), decodes, parses and lints one file. Used by the workers and by the in-process path.
 */
export function runLintJob(job: LintJob, context: LintContext): LintJobOutcome {
  const file = job.read ?? readJob(job, context);
  if (file.hash !== undefined && file.hash === job.expect) return { hash: file.hash };
  return { result: lintMigrationFile(job, file, context), hash: file.hash };
}

/** A file's bytes (with their hash when the run hashes), or why they could not be read. */
export interface JobRead {
  bytes?: Uint8Array;
  error?: string;
  hash?: string;
}

export function readJob(job: Pick<LintJob, 'abs' | 'section' | 'facts'>, shared: LintShared): JobRead {
  try {
    const bytes = migrationBytes(readFileSync(job.abs), { section: job.section, direction: job.facts.direction });
    return { bytes, hash: shared.hashContent ? contentHash(bytes) : undefined };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Decodes, parses and lints one file (synchronous work only: the read happened before). */
function lintMigrationFile(job: LintJob, { bytes, error: readError }: JobRead, shared: LintContext): LintJobResult {
  const { facts: known } = job;
  const base: FileAnalysis = {
    file: known.file, service: known.service, migration: known.migration, direction: known.direction,
    tablesWritten: [], nonTransactional: false, empty: false, syntaxError: true, namesSchema: false,
  };
  const at = { file: known.file, service: known.service, migration: known.migration, line: 1, column: 1 };
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
  const facts: FileFactsInput = {
    file: known.file,
    service: known.service,
    serviceSchema: known.serviceSchema,
    allServiceSchemas: shared.allServiceSchemas,
    migration: known.migration,
    direction: known.direction,
    folder: known.folder,
    environments: known.environments,
    destructiveForbiddenIn: known.destructiveForbiddenIn,
    pgVersion: shared.pgVersion,
    affectsTables: known.affectsTables,
  };
  const result = lintFile({ text, facts }, shared.rules, { severities: shared.severities, prepared: shared.prepared });
  const conditions = result.violations.flatMap((v, i) => (v.conditional ? [{ finding: i, ...v.conditional }] : []));
  return {
    findings: result.findings,
    ...(result.modelEvents.length > 0 || conditions.length > 0 ? { model: { events: result.modelEvents, conditions } } : {}),
    analysis: {
      ...base,
      tablesWritten: result.tablesWritten,
      nonTransactional: result.nonTransactional,
      empty: result.sql.empty && !result.sql.error,
      syntaxError: result.sql.error !== undefined,
      namesSchema: result.namesSchema,
    },
  };
}

function sev(shared: LintShared, id: string, fallback: Severity): SeverityOverride {
  return shared.severities[id] ?? fallback;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 text without a BOM, or what is wrong with the bytes and where: the line and column (in characters, lines
 * ending at \n, \r\n or a lone \r, as LineIndex counts) of the first invalid byte sequence or NUL byte. The
 * position is only worked out for a bad file, so good files pay for one indexOf and the decoder.
 */
export function decode(bytes: Uint8Array): string | { problem: string; line?: number; column?: number } {
  /** Line and column of byte `offset`, all bytes before it being valid UTF-8. */
  const at = (offset: number): { line: number; column: number } => {
    let line = 1;
    let lineStart = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // decode drops the BOM
    for (let i = lineStart; i < offset; i++) {
      const b = bytes[i];
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) { line++; lineStart = i + 1; }
    }
    let column = 1;
    for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
    return { line, column };
  };
  /**
   * Offset and length of the first byte sequence that is not UTF-8 (the rule TextDecoder applies, so the two agree
   * on which files are bad): a lead byte that starts no sequence alone, else the lead byte and the continuation
   * bytes that follow it (as PostgreSQL's message shows them), at most 4.
   */
  const firstInvalid = (): { offset: number; length: number } => {
    const offset = firstInvalidUtf8(bytes);
    if (offset < 0) return { offset: bytes.length, length: 0 };
    const lead = bytes[offset]!;
    if (!((lead >= 0xc2 && lead <= 0xdf) || (lead >= 0xe0 && lead <= 0xef) || (lead >= 0xf0 && lead <= 0xf4))) return { offset, length: 1 };
    let length = 1;
    while (length < 4 && offset + length < bytes.length && (bytes[offset + length]! & 0xc0) === 0x80) length++;
    return { offset, length };
  };
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalid();
    if (nul >= 0 && nul < bad.offset) return { problem: 'it holds a NUL byte', ...at(nul) };
    const shown = [...bytes.subarray(bad.offset, bad.offset + bad.length)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
    return { problem: `invalid UTF-8 byte sequence${shown ? ` ${shown}` : ''}`, ...at(bad.offset) };
  }
  if (nul >= 0) return { problem: 'it holds a NUL byte', ...at(nul) };
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Rule severities in force: the project's `rules`, then the environment's `environments.<env>.rules` on top.
 */
export function severityOverrides(repo: Repo, env: string): Record<string, SeverityOverride> {
  return { ...(repo.config?.rules ?? {}), ...(repo.config?.environments?.[env]?.rules ?? {}) };
}
