/**
 * The lint cache: what linting one file produced (its findings and analysis), kept between runs and reused when
 * nothing that could change it has changed. Most runs see a repository where few files changed since the last
 * one (a pull request adds one migration), and parsing plus the rules are nearly all of `validate`'s time.
 *
 * An entry is found by a key that covers everything linting a file depends on besides its bytes: the build of the
 * tool (rules change between builds, not only between versions), the run's settings (severities, PostgreSQL
 * version, the services' schemas) and the file's own facts (path, service, direction, environments, declared
 * affects_tables...). The entry then holds the SHA-1 of the bytes it was computed from; the thread that reads the
 * file compares it, so a file is read once and an edited file is always linted again.
 *
 * The cache is one JSON file, written to a temporary name and renamed so that two runs never leave half a file.
 * Anything wrong with it (unreadable, another format, another build) means an empty cache; failing to write it is
 * never an error of the run. Stale entries are dropped when the file grows well past what a run uses.
 *
 * A file's findings can depend on the service's earlier migrations (sql/schema-model.ts). The cached result does
 * not: it holds the findings before that dependency is resolved, with the file's own model events and the
 * conditions that may void some findings, and lint/service-model.ts resolves them on every run, after the cache.
 * So an entry stays right when an earlier file changes, and the key needs nothing about other files.
 *
 * An entry is plain JSON: the file's result as linting returned it, each finding the same object the report
 * prints. An encoding with string tables (format 4) made the file a third to a half of this size and was measured within
 * the noise of this one on cached runs (docs/benchmarks.md, fourth session), so the simple form was kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { LintJob, LintJobResult, LintShared } from './lint.js';

/** Where the cache lives and which build wrote it. */
export interface LintCacheOptions {
  /** Directory of the cache file (created when missing). */
  dir: string;
  /** Identifies the rules' code: the bundle's build id by default; tests pass their own. */
  buildId?: string;
}

declare const __SVC_MIGRATE_BUILD_ID__: string | undefined;

/**
 * The build id esbuild writes into the bundle (a hash of the sources and the lock file, see scripts/build.mjs).
 * Undefined when running from the TypeScript sources: there the rules can change under the same version, so
 * nothing is cached unless a caller names a build.
 */
export const BUILD_ID: string | undefined = typeof __SVC_MIGRATE_BUILD_ID__ === 'string' ? __SVC_MIGRATE_BUILD_ID__ : undefined;

/**
 * The cache directory of a repository when none is given: in the user's cache folder (`XDG_CACHE_HOME`, else
 * `~/.cache`), one folder per repository path. Not inside the repository: a pull request could otherwise commit
 * a crafted cache that answers "no findings" for its own migrations, and the check that runs on its checkout
 * would believe it.
 */
export function defaultCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userCacheDir(env), repoKey(root));
}

/** svc-migrate's folder in the user's cache folder (`XDG_CACHE_HOME`, else `~/.cache`). */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'svc-migrate');
}

/** A repository's key in the cache folders: its absolute path, hashed. */
export function repoKey(root: string): string {
  return createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 16);
}

const FILE = 'lint.json';

/** Whether a cache file is there (of any build): a hint that most files will not need parsing. */
export function cacheFileExists(options: LintCacheOptions): boolean {
  return existsSync(path.join(options.dir, FILE));
}

const FORMAT = 5;

/** Entries kept from earlier runs (other environments, files since changed) at most, as a multiple of this run's. */
const KEEP_FACTOR = 4;
const KEEP_MIN = 2_000;

/** One file's result, and the SHA-1 of the bytes it was computed from. */
interface Entry {
  hash: string;
  result: LintJobResult;
}

interface CacheFile {
  format: number;
  build: string;
  /** By key (see `LintCache.key`). */
  entries: Record<string, Entry>;
}

/** SHA-1 of a file's bytes, hex: what a cache entry was computed from. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

export class LintCache {
  /** Entries of this run. */
  private readonly used = new Map<string, Entry>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly build: string,
    private readonly runKey: string,
    private readonly previous: Map<string, Entry>,
  ) {}

  /** Opens the cache of `options.dir` for a run with these settings; undefined when there is no build id. */
  static open(options: LintCacheOptions, shared: LintShared): LintCache | undefined {
    const build = options.buildId ?? BUILD_ID;
    if (!build) return undefined;
    const file = path.join(options.dir, FILE);
    const runKey = createHash('sha1').update(JSON.stringify({
      build,
      severities: Object.entries(shared.severities).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      schemas: [...shared.allServiceSchemas].sort(),
      pgVersion: shared.pgVersion,
    })).digest('hex');
    return new LintCache(file, build, runKey, readEntries(file, build));
  }

  /** Whether an earlier run left anything to reuse. */
  hasEntries(): boolean {
    return this.previous.size > 0;
  }

  /**
   * The key of a job: this run's settings plus the file's facts, as they are (a string compare is cheaper than
   * hashing each one, and the facts must match exactly, not by a hash that a crafted path could collide with).
   */
  key(job: LintJob): string {
    return `${this.runKey}\n${JSON.stringify(job.facts)}`;
  }

  /** The content hash an earlier run linted this job's file at, if any. */
  expected(key: string): string | undefined {
    return this.previous.get(key)?.hash;
  }

  /** The cached result of `job` (key `key`) for bytes hashing to `hash` (the reader confirmed the match). */
  hit(key: string, hash: string, job: LintJob): LintJobResult | undefined {
    const entry = this.previous.get(key);
    if (!entry || entry.hash !== hash || !holdsTogether(entry.result, job)) return undefined;
    this.used.set(key, entry);
    return entry.result;
  }

  /** Records what linting `job` produced for bytes hashing to `hash`. */
  store(key: string, hash: string, result: LintJobResult): void {
    this.used.set(key, { hash, result });
    this.changed = true;
  }

  /**
   * Writes the cache when this run linted anything anew. Entries of this run come first; older ones are kept
   * (another environment's run, a branch switched back) up to a bound, so the file does not grow forever.
   * Returns why writing failed, for a debug line; a cache is never worth failing a run.
   */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const entries: Record<string, Entry> = {};
    for (const [k, v] of this.used) entries[k] = v;
    let room = Math.max(KEEP_FACTOR * this.used.size, KEEP_MIN) - this.used.size;
    for (const [k, v] of this.previous) {
      if (room <= 0) break;
      if (this.used.has(k)) continue;
      entries[k] = v;
      room--;
    }
    const body: CacheFile = { format: FORMAT, build: this.build, entries };
    const dir = path.dirname(this.file);
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      // The folder holds nothing to commit: ignore it without asking the user to edit their .gitignore.
      writeFileSync(path.join(dir, '.gitignore'), '# svc-migrate lint cache: safe to delete\n*\n');
      writeFileSync(temp, JSON.stringify(body));
      renameSync(temp, this.file);
      return undefined;
    } catch (e) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // The folder itself is unusable: there is no temporary file to remove.
      }
      return e instanceof Error ? e.message : String(e);
    }
  }
}

/**
 * The entries of a cache file written by this build in this format; empty for anything else. Only the outline
 * is checked here; an entry's result is checked when it is used (`holdsTogether`), so a run pays only for its hits.
 */
function readEntries(file: string, build: string): Map<string, Entry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return new Map();
  }
  const body = parsed as Partial<CacheFile> | null;
  const out = new Map<string, Entry>();
  if (!body || body.format !== FORMAT || body.build !== build || !body.entries || typeof body.entries !== 'object') return out;
  for (const [key, e] of Object.entries(body.entries)) {
    if (e && typeof e === 'object' && typeof e.hash === 'string' && e.result && typeof e.result === 'object') out.set(key, e);
  }
  return out;
}

const POSITIONS = ['line', 'column', 'endLine', 'endColumn'] as const;
const TEXTS = ['help', 'file', 'service', 'migration'] as const;
const FLAGS = ['nonTransactional', 'empty', 'syntaxError', 'namesSchema'] as const;

/**
 * Whether a result read from the file is one linting could have given for `job` (a damaged or hand-edited file
 * otherwise), so that the report code can trust its types.
 */
function holdsTogether(result: LintJobResult, job: LintJob): boolean {
  const { findings, analysis, model } = result;
  if (!Array.isArray(findings) || !analysis || typeof analysis !== 'object') return false;
  for (const f of findings as unknown[]) {
    if (!f || typeof f !== 'object') return false;
    const x = f as Record<string, unknown>;
    if (typeof x.rule !== 'string' || typeof x.severity !== 'string' || typeof x.message !== 'string') return false;
    if (POSITIONS.some((k) => x[k] !== undefined && typeof x[k] !== 'number')) return false;
    if (TEXTS.some((k) => x[k] !== undefined && typeof x[k] !== 'string')) return false;
  }
  const facts = job.facts;
  if (analysis.file !== facts.file || analysis.service !== facts.service || analysis.migration !== facts.migration || analysis.direction !== facts.direction) return false;
  if (!Array.isArray(analysis.tablesWritten) || !analysis.tablesWritten.every((t) => typeof t === 'string')) return false;
  if (FLAGS.some((k) => typeof analysis[k] !== 'boolean')) return false;
  return model === undefined || (typeof model === 'object' && model !== null && Array.isArray(model.events) && Array.isArray(model.conditions));
}
