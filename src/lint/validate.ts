/**
 * `validate`: every static check in one pass — the files on disk, the JSON configs, the dependency graph and
 * the SQL rules — composed into one report. The CLI and the Action both call this.
 */
import type { Progress } from '../core/progress.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareFindings, countFindings, type Finding, type ServiceSummary, type ValidateReport } from '../core/types.js';
import { loadRepo } from '../repo/load.js';
import { appliesIn, resolveEnvironment, type EnvironmentSource } from '../repo/environments.js';
import type { Repo } from '../repo/types.js';
import { selectServices } from '../repo/select.js';
import { checkGraph } from '../graph/check.js';
import { lintRepo, type FileAnalysis } from './lint.js';
import { cacheFileExists, type LintCacheOptions } from './cache.js';
import { LintPool } from './pool.js';

export interface ValidateOptions {
  root: string;
  services?: string[];
  env?: string;
  /** How `env` was given, for the message when it is not a known environment (default `--env`). */
  envSource?: EnvironmentSource;
  /** Process environment for MIGRATION_ENV; defaults to process.env. */
  processEnv?: NodeJS.ProcessEnv;
  /** The lint cache to use (see lint/cache.ts); none by default. */
  cache?: LintCacheOptions;
  /** Files linted of all, shown while a long validation runs. */
  progress?: Progress;
  /** Worker threads for linting (`--concurrency`, see parseConcurrency); 0 or absent: in-process. */
  concurrency?: number;
}

export interface ValidateResult {
  report: ValidateReport;
  repo: Repo;
  env: string;
  /** Per SQL file: tables written, transactional or not; keyed by relative path. */
  files: Map<string, FileAnalysis>;
}

/** Runs all static checks. Throws UsageError only when the root or a --service cannot be used at all. */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  // Worker threads asked for with --concurrency start now, so that their start-up (about 0.1 s each) overlaps
  // reading the repository, unless a lint cache is there to answer (then usually no file needs parsing);
  // lintRepo then uses them, or closes them if they are not needed after all.
  const workers = options.concurrency ?? 0;
  const pool = workers > 0 && (!options.cache || !cacheFileExists(options.cache)) ? LintPool.start(workers) : undefined;
  let full: Repo;
  let repo: Repo;
  let env: string;
  try {
    full = await loadRepo({ root: options.root });
    repo = selectServices(full, options.services ?? []);
    env = resolveEnvironment(full, options.env, options.processEnv ?? process.env, options.envSource);
  } catch (e) {
    // Workers started for a run that cannot go on.
    await pool?.close();
    throw e;
  }
  // Linting starts first: its worker threads parse while the main thread checks the graph.
  const linting = lintRepo(repo, env, { cache: options.cache, pool, workers, progress: options.progress });
  linting.catch(() => undefined); // awaited below; this only keeps a failure of checkGraph from leaving it unhandled
  const graphFindings = checkGraph(full, env, { services: options.services });
  const lint = await linting;
  const findings = dedupe([...repo.findings, ...graphFindings, ...lint.findings]).sort(compareFindings);
  const services = repo.services.map((s) => summarizeService(repo, s.name, env, lint.files));
  const report: ValidateReport = {
    version: 1,
    environment: env,
    findings,
    summary: {
      ...countFindings(findings),
      services: repo.services.length,
      migrations: repo.services.reduce((n, s) => n + s.migrations.length, 0),
      files: services.reduce((n, s) => n + s.files, 0),
    },
    services,
  };
  return { report, repo, env, files: lint.files };

}

/** One problem is reported once, even when two checks reach it from different sides. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function summarizeService(repo: Repo, name: string, env: string, files: Map<string, FileAnalysis>): ServiceSummary {
  const service = repo.services.find((s) => s.name === name)!;
  const groups: Record<string, number> = {};
  let fileCount = 0;
  const tables: Record<string, string[]> = {};
  // service.migrations is in the service's id order already.
  const tableOrder: string[] = [];
  for (const m of service.migrations) {
    groups[m.folder] = (groups[m.folder] ?? 0) + 1;
    if (m.up) fileCount++;
    if (m.down) fileCount++;
    const analysis = m.up ? files.get(m.up.file) : undefined;
    if (analysis && analysis.tablesWritten.length > 0) {
      if (!tables[m.id]) tableOrder.push(m.id);
      tables[m.id] = [...analysis.tablesWritten];
    }
  }
  return {
    name: service.name,
    dir: service.dir,
    layout: service.layout,
    ...(service.format && service.format !== 'native' ? { format: service.format } : {}),
    dependencyFile: service.dependencies?.file,
    dependencyEntries: service.dependencies ? Object.keys(service.dependencies.value.migrations ?? {}).length : 0,
    environmentsFile: service.environments?.file,
    environments: service.environments ? Object.keys(service.environments.value.environments ?? {}) : [],
    groups,
    migrations: service.migrations.length,
    applicable: service.migrations.filter((m) => appliesIn(m, env)).length,
    files: fileCount,
    tables,
    tableOrder,
  };
}

/**
 * The source line of each finding, for the text report's excerpt. Read only for files that have findings,
 * after the checks ran, so validation itself never pays for it.
 */
export async function sourceLines(root: string, findings: readonly Finding[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const f of findings) {
    if (!f.file || f.line === undefined || out.has(f.file)) continue;
    try {
      const text = await readFile(path.join(root, f.file), 'utf8');
      // Split and BOM-stripped as LineIndex counts (\n, \r\n, lone \r; decode() drops the BOM), so line and caret agree.
      out.set(f.file, text.length > 20_000_000 ? [] : (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/));
    } catch {
      out.set(f.file, []);
    }
  }
  return out;
}

/**
 * `validate` of a repository already loaded and an environment already resolved (no worker pool, no cache): what
 * `up` runs when its caller did not hand it validate's findings, so that no way of calling it skips the checks.
 */
export async function validateLoaded(full: Repo, env: string, services: readonly string[]): Promise<{ findings: Finding[]; files: Map<string, FileAnalysis> }> {
  const repo = { ...full, services: full.services.filter((s) => services.includes(s.name)) };
  const lint = await lintRepo(repo, env, {});
  const graph = checkGraph(full, env, { services: [...services] });
  return { findings: dedupe([...full.findings, ...graph, ...lint.findings]).sort(compareFindings), files: lint.files };
}
