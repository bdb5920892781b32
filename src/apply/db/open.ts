/**
 * Picks the database implementation for a URL: a real server through `pg`, or the embedded PGlite
 * (in memory when no URL is given, on disk for `pglite:///abs/dir` or `pglite://./relative/dir`).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../core/types.js';
import { redactUrl } from '../url.js';
import type { Repo } from '../../repo/types.js';
import type { Database } from './types.js';
import { readMigrationSql } from '../../repo/read.js';

export interface OpenOptions {
  /**
   * Extensions to make loadable in PGlite (`citext`, `pgcrypto`...); ignored for a real server. A function is
   * called only when PGlite is opened: finding them reads every migration file (`extensionsForRepo`), which a
   * real server does not need.
   */
  extensions?: string[] | (() => Promise<string[]>);
  /** Resolves relative `pglite://./dir` paths. Default process.cwd(). */
  cwd?: string;
}

/** The on-disk directory of a `pglite://` URL; undefined for any other URL. */
export function pgliteDir(url: string, cwd = process.cwd()): string | undefined {
  if (!url.startsWith('pglite:')) return undefined;
  if (url.startsWith('pglite:///')) return fileURLToPath('file:///' + url.slice('pglite:///'.length));
  const rest = url.slice('pglite://'.length);
  if (rest === '' || rest === 'memory') return undefined;
  return resolve(cwd, rest);
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
  const extensions = async () => (typeof options.extensions === 'function' ? options.extensions() : options.extensions);
  if (url === undefined || url === '' || url === 'pglite://' || url === 'pglite://memory') {
    const { openPglite } = await import('./pglite.js');
    return openPglite(undefined, await extensions());
  }
  if (url.startsWith('pglite:')) {
    const { openPglite } = await import('./pglite.js');
    return openPglite(pgliteDir(url, options.cwd), await extensions());
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { openPostgres } = await withNavigator(() => import('./postgres.js'));
    return openPostgres(url);
  }
  throw new UsageError(
    `Unsupported database URL ${redactUrl(url)}: use postgres://user@host:port/db, pglite:///abs/dir, or none for an in-memory database.`,
  );
}

/**
 * The contrib extensions that the repository's migrations create (`CREATE EXTENSION ...`), for PGlite, which
 * must be given them when it starts. Unreadable files are skipped (validate reports them).
 */
export async function extensionsForRepo(repo: Repo): Promise<string[]> {
  const { extensionsIn } = await import('./pglite.js');
  const found = new Set<string>();
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
  return [...found].sort();
}
