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
 * Reading it is on the path of every cached run, so it is compact: every string (messages, help, paths, table
 * names) is stored once in a table and referred to by number, and a finding is an array of numbers. A third of
 * the size of the objects themselves, and JSON.parse time falls with the size.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../core/types.js';
import type { LintJob, LintJobResult, LintShared } from './lint.js';
import type { FileModel } from './service-model.js';

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

const FORMAT = 4;

/** Entries kept from earlier runs (other environments, files since changed) at most, as a multiple of this run's. */
const KEEP_FACTOR = 4;
const KEEP_MIN = 2_000;

/**
 * A finding as stored: [shape, ...values]. The shape (an index into `shapes`) lists the finding's keys in their
 * order, so that a cached finding has its keys in the same order as a fresh one; a value is the number itself for
 * positions, else an index into `strings`, or JOB for a file/service/migration equal to the job's own (the
 * entry's key holds those already).
 */
type StoredFinding = number[];

/**
 * One file's result: [run, facts, SHA-1 of its bytes, findings, tables written (string indices), flags, model (the
 * string index of its JSON, or NO_MODEL)].
 */
type StoredEntry = [run: number, facts: string, hash: string, findings: StoredFinding[], tablesWritten: number[], flags: number, model: number];
const NO_MODEL = -1;

interface CacheFile {
  format: number;
  build: string;
  /** Run keys (build and settings), referred to by entries. */
  runs: string[];
  strings: string[];
  shapes: string[][];
  entries: StoredEntry[];
}

const JOB = -1;
const NON_TRANSACTIONAL = 1;
const EMPTY = 2;
const SYNTAX_ERROR = 4;
const NAMES_SCHEMA = 8;
const JOB_FIELDS: ReadonlySet<string> = new Set(['file', 'service', 'migration']);
const NUMERIC_FIELDS: ReadonlySet<string> = new Set(['line', 'column', 'endLine', 'endColumn']);

/** SHA-1 of a file's bytes, hex: what a cache entry was computed from. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The strings and shapes an encoded entry refers to. */
interface Tables {
  strings: readonly string[];
  shapes: readonly (readonly string[])[];
}

/** An entry as read or as stored in this run, with the tables its numbers refer to. */
interface Entry {
  hash: string;
  findings: StoredFinding[];
  tablesWritten: number[];
  flags: number;
  model: number;
  tables: Tables;
}

/** Builds the string and shape tables of the file being written, and encodes entries against them. */
class Encoder implements Tables {
  readonly strings: string[] = [];
  readonly shapes: string[][] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly shapeIndex = new Map<string, number>();

  string(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.stringIndex.set(s, i);
    }
    return i;
  }

  shape(keys: string[]): number {
    const name = keys.join(',');
    let i = this.shapeIndex.get(name);
    if (i === undefined) {
      i = this.shapes.push(keys) - 1;
      this.shapeIndex.set(name, i);
    }
    return i;
  }

  /** A fresh result of `job`. */
  encode(hash: string, result: LintJobResult, job: LintJob): Entry {
    const facts = job.facts as unknown as Record<string, unknown>;
    const findings = result.findings.map((f) => {
      const record = f as unknown as Record<string, string | number | undefined>;
      const keys = Object.keys(f).filter((k) => record[k] !== undefined);
      const out: StoredFinding = [this.shape(keys)];
      for (const k of keys) {
        const v = record[k]!;
        out.push(typeof v === 'number' ? v : JOB_FIELDS.has(k) && v === facts[k] ? JOB : this.string(v));
      }
      return out;
    });
    const a = result.analysis;
    const flags = (a.nonTransactional ? NON_TRANSACTIONAL : 0) | (a.empty ? EMPTY : 0) | (a.syntaxError ? SYNTAX_ERROR : 0) | (a.namesSchema ? NAMES_SCHEMA : 0);
    const model = result.model ? this.string(JSON.stringify(result.model)) : NO_MODEL;
    return { hash, findings, tablesWritten: a.tablesWritten.map((t) => this.string(t)), flags, model, tables: this };
  }

  /** An entry read from the file, its numbers moved to this file's tables. */
  reencode(entry: Entry): Entry {
    if (entry.tables === this) return entry;
    const { strings, shapes } = entry.tables;
    const findings = entry.findings.map((stored) => {
      const keys = shapes[stored[0]!]!;
      const out: StoredFinding = [this.shape([...keys])];
      keys.forEach((k, i) => {
        const v = stored[i + 1]!;
        out.push(NUMERIC_FIELDS.has(k) || v === JOB ? v : this.string(strings[v]!));
      });
      return out;
    });
    const model = entry.model === NO_MODEL ? NO_MODEL : this.string(strings[entry.model]!);
    return { ...entry, findings, tablesWritten: entry.tablesWritten.map((t) => this.string(strings[t]!)), model, tables: this };
  }
}

export class LintCache {
  /** Entries of this run, encoded against `encoder`'s tables. */
  private readonly used = new Map<string, Entry>();
  private readonly encoder = new Encoder();
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
    if (!entry || entry.hash !== hash) return undefined;
    const result = decode(entry, job);
    if (result) this.used.set(key, entry);
    return result;
  }

  /** Records what linting `job` produced for bytes hashing to `hash`. */
  store(key: string, hash: string, result: LintJobResult, job: LintJob): void {
    this.used.set(key, this.encoder.encode(hash, result, job));
    this.changed = true;
  }

  /**
   * Writes the cache when this run linted anything anew. Entries of this run come first; older ones are kept
   * (another environment's run, a branch switched back) up to a bound, so the file does not grow forever.
   * Returns why writing failed, for a debug line; a cache is never worth failing a run.
   */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const runs: string[] = [];
    const runIndex = new Map<string, number>();
    const entries: StoredEntry[] = [];
    const add = (key: string, entry: Entry): void => {
      const cut = key.indexOf('\n');
      const run = key.slice(0, cut);
      let r = runIndex.get(run);
      if (r === undefined) runIndex.set(run, (r = runs.push(run) - 1));
      const e = this.encoder.reencode(entry);
      entries.push([r, key.slice(cut + 1), e.hash, e.findings, e.tablesWritten, e.flags, e.model]);
    };
    for (const [k, v] of this.used) add(k, v);
    let room = Math.max(KEEP_FACTOR * this.used.size, KEEP_MIN) - this.used.size;
    for (const [k, v] of this.previous) {
      if (room <= 0) break;
      if (this.used.has(k)) continue;
      add(k, v);
      room--;
    }
    const body: CacheFile = { format: FORMAT, build: this.build, runs, strings: this.encoder.strings, shapes: this.encoder.shapes, entries };
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
 * is checked here; an entry's numbers are checked when it is used (`decode`), so a run pays only for its hits.
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
  if (!body || body.format !== FORMAT || body.build !== build) return out;
  const { runs, strings, shapes, entries } = body;
  if (!Array.isArray(runs) || !Array.isArray(strings) || !Array.isArray(shapes) || !Array.isArray(entries)) return out;
  if (!strings.every((x) => typeof x === 'string') || !shapes.every((x) => Array.isArray(x) && x.every((k) => typeof k === 'string'))) return out;
  const tables: Tables = { strings, shapes };
  for (const e of entries) {
    if (!Array.isArray(e) || e.length !== 7) continue;
    const [run, facts, hash, findings, tablesWritten, flags, model] = e;
    const runKey = typeof run === 'number' ? runs[run] : undefined;
    if (typeof runKey !== 'string' || typeof facts !== 'string' || typeof hash !== 'string' || !Array.isArray(findings) ||
      !Array.isArray(tablesWritten) || typeof flags !== 'number' || typeof model !== 'number') continue;
    out.set(`${runKey}\n${facts}`, { hash, findings, tablesWritten, flags, model, tables });
  }
  return out;
}

/** How a stored value is read back, per key of a shape. */
const TEXT = 0;
const POSITION = 1;
const JOB_TEXT = 2;
const kindsOf = new WeakMap<Tables, Uint8Array[]>();

/** The kind of each key of each shape of `tables`, worked out once per file rather than per finding. */
function shapeKinds(tables: Tables): Uint8Array[] {
  let kinds = kindsOf.get(tables);
  if (!kinds) {
    kinds = tables.shapes.map((keys) => Uint8Array.from(keys, (k) => (NUMERIC_FIELDS.has(k) ? POSITION : JOB_FIELDS.has(k) ? JOB_TEXT : TEXT)));
    kindsOf.set(tables, kinds);
  }
  return kinds;
}

/** The result an entry holds for `job`; undefined when the entry does not hold together (a damaged file). */
function decode(entry: Entry, job: LintJob): LintJobResult | undefined {
  const { strings, shapes } = entry.tables;
  const kinds = shapeKinds(entry.tables);
  const facts = job.facts as unknown as Record<string, unknown>;
  const findings: Finding[] = [];
  for (const stored of entry.findings) {
    if (!Array.isArray(stored)) return undefined;
    const shape = stored[0]!;
    const keys = shapes[shape];
    const kind = kinds[shape];
    if (!keys || !kind || stored.length !== keys.length + 1) return undefined;
    const f: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const v = stored[i + 1];
      const value = kind[i] === POSITION ? v : kind[i] === JOB_TEXT && v === JOB ? facts[keys[i]!] : strings[v as number];
      if (value === undefined || (kind[i] === POSITION && typeof value !== 'number')) return undefined;
      f[keys[i]!] = value;
    }
    if (typeof f.rule !== 'string' || typeof f.severity !== 'string' || typeof f.message !== 'string') return undefined;
    findings.push(f as unknown as Finding);
  }
  const tablesWritten: string[] = [];
  for (const t of entry.tablesWritten) {
    const name = strings[t];
    if (typeof name !== 'string') return undefined;
    tablesWritten.push(name);
  }
  let model: FileModel | undefined;
  if (entry.model !== NO_MODEL) {
    try {
      model = JSON.parse(strings[entry.model] ?? '') as FileModel;
    } catch {
      return undefined;
    }
    if (!model || !Array.isArray(model.events) || !Array.isArray(model.conditions)) return undefined;
  }
  const { file, service, migration, direction } = job.facts;
  const flags = entry.flags;
  return {
    ...(model ? { model } : {}),
    findings,
    analysis: {
      file, service, migration, direction, tablesWritten,
      nonTransactional: (flags & NON_TRANSACTIONAL) !== 0, empty: (flags & EMPTY) !== 0, syntaxError: (flags & SYNTAX_ERROR) !== 0,
      namesSchema: (flags & NAMES_SCHEMA) !== 0,
    },
  };
}
