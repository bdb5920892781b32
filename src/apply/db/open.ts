/**
 * Picks the database implementation for a URL: a real server through `pg`, or the embedded PGlite
 * (in memory when no URL is given, on disk for `pglite:///abs/dir` or `pglite://./relative/dir`).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../core/types.js';
import { assertParsableUrl, redactUrl } from '../url.js';
import type { Repo } from '../../repo/types.js';
import type { Database } from './types.js';
import { readMigrationSql } from '../../repo/read.js';

export interface OpenOptions {
  /**
   * The repository (or repositories: both sides of a schema diff) whose migrations, up and down files, name the
   * contrib extensions PGlite must load at start (`citext`, `pg_trgm`...). Read only when PGlite is opened: a
   * real server does not need the scan.
   */
  repo?: Repo | readonly Repo[];
  /** Resolves relative `pglite://./dir` paths. Default process.cwd(). */
  cwd?: string;
}

/** True when the URL means the embedded database in memory (no URL, `pglite://`, `pglite://memory`). */
export function isInMemory(url: string | undefined): boolean {
  return url === undefined || url === '' || url === 'pglite://' || url === 'pglite://memory';
}

/**
 * Refuses (exit 2) a command that is meaningless on a database that vanishes when the process ends: `status`,
 * `force`, `rollback`, `baseline`, `backup`, `restore`, `drift` on the in-memory default. One check, so every such
 * command says the same thing.
 */
export function refuseInMemory(command: string, url: string | undefined): asserts url is string {
  if (!isInMemory(url)) return;
  throw new UsageError(
    `${command} needs a database that outlives this command, but none was given (no --database-url, no DATABASE_URL), ` +
      'so it would run on an empty in-memory PostgreSQL that vanishes when the command ends. ' +
      'Pass --database-url postgres://user@host:5432/db, or --database-url pglite:///abs/dir for an embedded database kept on disk.',
  );
}

/** The on-disk directory of a `pglite://` URL; undefined for any other URL. */
export function pgliteDir(url: string, cwd = process.cwd()): string | undefined {
  if (!url.startsWith('pglite:')) return undefined;
  if (url.startsWith('pglite:///')) return fileURLToPath('file:///' + url.slice('pglite:///'.length));
  const rest = url.slice('pglite://'.length);
  if (rest === '' || rest === 'memory') return undefined;
  return resolve(cwd, rest);
}

/** One line naming the embedded database a command uses, and what becomes of its data. */
export function describeEmbedded(db: Database, url: string | undefined): string {
  return isInMemory(url)
    ? `database: ${db.label}; it is discarded when this command ends (keep one with --database-url pglite:///dir, or use postgres://...)`
    : `database: ${db.label}`;
}

/**
 * Runs `load` (the import of the `pg` driver) with a `navigator` global where Node has none (Node 20). At load
 * time pg asks whether it runs on Cloudflare Workers: without `navigator` it builds a `Response`, which makes
 * Node load its whole fetch implementation (undici), about 45 ms of every run against a server. The stand-in
 * is removed again right after.
 */
async function withNavigator<T>(load: () => Promise<T>): Promise<T> {
  const g = globalThis as { navigator?: unknown };
  if (typeof g.navigator === 'object') return load();
  Object.defineProperty(g, 'navigator', { value: { userAgent: 'Node.js' }, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    delete g.navigator;
  }
}

/**
 * Opens the database a command works on. Connection problems throw `UsageError` (exit 2) naming the redacted
 * URL and the cause. The caller must `close()` it.
 */
export async function openDatabase(url: string | undefined, options: OpenOptions = {}): Promise<Database> {
  const extensions = () => extensionsForRepos(options.repo === undefined ? [] : Array.isArray(options.repo) ? options.repo : [options.repo as Repo]);
  if (url === undefined || isInMemory(url)) {
    const { openPglite } = await import('./pglite.js');
    return openPglite(undefined, await extensions());
  }
  if (url.startsWith('pglite:')) {
    const { openPglite } = await import('./pglite.js');
    return openPglite(pgliteDir(url, options.cwd), await extensions());
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    assertParsableUrl(url);
    const { openPostgres } = await withNavigator(() => import('./postgres.js'));
    return openPostgres(url);
  }
  throw new UsageError(
    `Unsupported database URL ${redactUrl(url)}: use postgres://user@host:port/db, pglite:///abs/dir, or none for an in-memory database.`,
  );
}

/**
 * The contrib extensions that the repositories' migrations create (`CREATE EXTENSION ...`), for PGlite, which
 * must be given them when it starts. Unreadable files are skipped (validate reports them).
 */
async function extensionsForRepos(repos: readonly Repo[]): Promise<string[]> {
  if (repos.length === 0) return [];
  const { extensionsIn } = await import('./pglite.js');
  const found = new Set<string>();
  for (const repo of repos) {
    for (const s of repo.services) {
      for (const m of s.migrations) {
        for (const f of [m.up, m.down]) {
          if (!f) continue;
          const text = await readMigrationSql(f).catch(() => '');
          if (!/create\s+extension/i.test(text)) continue;
          for (const name of extensionsIn(text)) found.add(name);
        }
      }
    }
  }
  return [...found].sort();
}
