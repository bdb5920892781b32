/**
 * The embedded PostgreSQL (PGlite, WebAssembly). In memory when `dir` is undefined, else on disk.
 *
 * Two things make it usable from the bundled CLI and Action (`dist/cli.js`, CommonJS, with `pglite.wasm`,
 * `pglite.data`, `initdb.wasm` and the contrib `<ext>.tar.gz` copied beside it):
 * - contrib extensions resolve their tarball as `../<name>.tar.gz` relative to their own module, which points
 *   outside `dist/` once bundled, so the extension objects are built here with a `bundlePath` beside the bundle;
 * - a cold `initdb` costs seconds, so a pre-initialised data directory (`pglite-initdb.tar.gz`, made at build time
 *   by scripts/build-pglite-snapshot.mjs) is loaded when it is found. See docs/applying.md for the numbers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Extension } from '@electric-sql/pglite';
import { UsageError } from '../../core/types.js';
import type { Database, QueryResult, ServedDatabase } from './types.js';

/** Extensions shipped as `@electric-sql/pglite/contrib/<module>`, by their SQL name. */
export const PGLITE_EXTENSIONS: readonly string[] = [
  'amcheck', 'auto_explain', 'bloom', 'btree_gin', 'btree_gist', 'citext', 'cube', 'dict_int', 'dict_xsyn',
  'earthdistance', 'file_fdw', 'fuzzystrmatch', 'hstore', 'intarray', 'isn', 'lo', 'ltree', 'pageinspect',
  'pg_buffercache', 'pg_freespacemap', 'pg_stat_statements', 'pg_surgery', 'pg_trgm', 'pg_visibility',
  'pg_walinspect', 'pgcrypto', 'seg', 'tablefunc', 'tcn', 'tsm_system_rows', 'tsm_system_time', 'unaccent',
  'uuid-ossp',
];

/** Extensions another one needs (CREATE EXTENSION earthdistance CASCADE installs cube). */
const REQUIRES: Record<string, string[]> = { earthdistance: ['cube'] };

/** Names of `CREATE EXTENSION` statements in SQL text that PGlite can load (lower case, deduplicated). */
export function extensionsIn(sql: string): string[] {
  const found = new Set<string>();
  const re = /\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?("([^"]+)"|[a-z_][a-z0-9_-]*)/gi;
  for (const m of sql.matchAll(re)) {
    const name = (m[2] ?? m[1] ?? '').toLowerCase();
    if (!PGLITE_EXTENSIONS.includes(name)) continue;
    found.add(name);
    for (const dep of REQUIRES[name] ?? []) found.add(dep);
  }
  return [...found].sort();
}

/**
 * The folder of the running bundle when it ships PGlite's assets beside it (dist/), else undefined
 * (running from sources, where the package's own paths work).
 */
export function bundleDir(): string | undefined {
  const candidates: string[] = [];
  // `__filename` exists only in the CommonJS bundle; `typeof` keeps the ESM sources from throwing.
  if (typeof __filename === 'string') candidates.push(dirname(__filename));
  if (process.argv[1]) candidates.push(dirname(process.argv[1]));
  return candidates.find((d) => existsSync(join(d, 'pglite.wasm')));
}

/** Folder holding the package's `<ext>.tar.gz` files when running from sources. */
function packageDistDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@electric-sql/pglite'));
}

/** Extension objects for PGlite whose tarballs are found both from sources and from the bundle. */
export function extensionObjects(names: readonly string[]): Record<string, Extension> {
  const base = pathToFileURL((bundleDir() ?? packageDistDir()) + '/');
  const out: Record<string, Extension> = {};
  for (const name of names) {
    if (!PGLITE_EXTENSIONS.includes(name)) continue;
    const bundlePath = new URL(`./${name}.tar.gz`, base);
    out[name.replace(/-/g, '_')] = { name, setup: async () => ({ bundlePath }) };
  }
  return out;
}

/**
 * The pre-initialised data directory tarball: SVC_MIGRATE_PGLITE_SNAPSHOT, else the one beside the bundle, else
 * (running from sources) the checkout's own `dist/pglite-initdb.tar.gz` when a build made one.
 */
export function snapshotFile(): string | undefined {
  const fromEnv = process.env.SVC_MIGRATE_PGLITE_SNAPSHOT;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const dir = bundleDir();
  let file: string;
  if (dir) file = join(dir, 'pglite-initdb.tar.gz');
  else {
    try {
      // node_modules/@electric-sql/pglite/dist -> the project root
      file = join(packageDistDir(), '..', '..', '..', '..', 'dist', 'pglite-initdb.tar.gz');
    } catch {
      return undefined;
    }
  }
  return existsSync(file) ? file : undefined;
}

/** True when `dir` holds no PostgreSQL cluster yet (a snapshot may then be loaded into it). */
function isFreshDir(dir: string | undefined): boolean {
  if (dir === undefined) return true;
  if (!existsSync(dir)) return true;
  return readdirSync(dir).length === 0;
}

/** Starts PGlite. `extensions` are SQL names from `extensionsIn`; unknown names are ignored. */
export async function openPglite(dir: string | undefined, extensions: readonly string[] = []): Promise<Database> {
  const where = dir === undefined ? 'in memory' : `pglite://${dir}`;
  const snapshot = isFreshDir(dir) ? snapshotFile() : undefined;
  const create = (withSnapshot: boolean) =>
    PGlite.create({
      dataDir: dir,
      extensions: extensionObjects(extensions),
      ...(withSnapshot && snapshot ? { loadDataDir: new Blob([readFileSync(snapshot)]) } : {}),
      // bigint and numeric as strings, like the pg driver here: no precision lost.
      parsers: { 20: (v: string) => v, 1700: (v: string) => v },
    });
  let pg: PGlite;
  try {
    try {
      pg = await create(true);
    } catch (e) {
      // A snapshot from another PGlite build (or a damaged file) must not stop the tool: initdb instead.
      if (!snapshot || (dir !== undefined && !isFreshDir(dir))) throw e;
      pg = await create(false);
    }
  } catch (e) {
    throw new UsageError(`Cannot start the embedded PostgreSQL (PGlite, ${where}): ${e instanceof Error ? e.message : String(e)}`);
  }
  const version = (await pg.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '';
  return {
    kind: 'pglite',
    label: `embedded PostgreSQL ${version} (PGlite, ${where})`,
    serverMajor: Number.parseInt(version, 10),
    async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      const r = await pg.query<T>(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows };
    },
    async exec(sql: string): Promise<QueryResult<Record<string, unknown>>[]> {
      return (await pg.exec(sql)).map((r) => ({ rows: r.rows as Record<string, unknown>[], rowCount: r.affectedRows }));
    },
    async close(): Promise<void> {
      if (!pg.closed) await pg.close();
    },
    async dumpDataDir(): Promise<Uint8Array> {
      const blob = await pg.dumpDataDir('gzip');
      return new Uint8Array(await blob.arrayBuffer());
    },
    serve: () => servePglite(pg),
  };
}

/**
 * Serves PGlite over the PostgreSQL protocol on a free loopback port (`@electric-sql/pglite-socket`). PGlite has a
 * single session: clients share it, and their queries are queued one at a time. More than one connection is
 * accepted because a hook's next `psql` often connects before the server has seen the previous one close (with
 * the library's default of one, that second connection was closed under load); hooks that run clients in
 * parallel share one session, which docs/applying.md says.
 */
async function servePglite(pg: PGlite): Promise<ServedDatabase> {
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const server = new PGLiteSocketServer({ db: pg, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  // getServerConn() is `host:port` once listening on a port; PGlite accepts any user and database name.
  const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return { url, stop: () => server.stop() };
}

/** Unpacks a `dumpDataDir` tarball into the empty directory `dir` by starting PGlite on it once. */
export async function restorePglite(dir: string, tarball: Uint8Array): Promise<void> {
  const pg = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([tarball]) });
  await pg.query('SELECT 1');
  await pg.close();
}
