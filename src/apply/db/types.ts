/**
 * The one database interface the apply layer talks to. Two implementations: a real server through `pg`
 * (src/apply/db/postgres.ts) and the embedded PGlite (src/apply/db/pglite.ts); `openDatabase(url)` picks one.
 */
export interface QueryResult<T> {
  rows: T[];
  /** Rows affected by the last statement, where the driver tells. */
  rowCount?: number;
}

export interface Database {
  kind: 'postgres' | 'pglite';
  /** The URL with any password replaced by `***`, for messages. */
  label: string;
  /** One statement with bind parameters ($1...). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /**
   * A whole script (several statements, simple protocol), as a migration file is run; resolves to each
   * statement's result rows, in order. On failure the error may carry `completedCommands` (see `ScriptError`).
   */
  exec(sql: string): Promise<QueryResult<Record<string, unknown>>[]>;
  close(): Promise<void>;
  /**
   * PGlite only: the whole data directory as a gzipped tarball (PGlite's `dumpDataDir`), loadable again with
   * PGlite's `loadDataDir`. Used for embedded backups.
   */
  dumpDataDir?(): Promise<Uint8Array>;
  /**
   * Asks the server to cancel the statement this connection is running (PostgreSQL's cancel request, from a
   * second connection), as psql does on Ctrl-C. PGlite has none: it runs in this process, one statement at a time.
   */
  cancel?(): Promise<void>;
  /** PGlite only: the PostgreSQL major version it embeds (18), for messages comparing it with `pg_version`. */
  serverMajor?: number;
  /**
   * PGlite only: serves the database over the PostgreSQL protocol on loopback so that child processes (hooks,
   * `psql`) can connect. Returns the `postgres://` URL and how to stop serving.
   */
  serve?(): Promise<ServedDatabase>;
}

/** A database reachable by other processes for a while (see `Database.serve`). */
export interface ServedDatabase {
  url: string;
  stop(): Promise<void>;
}


/**
 * What `exec` may attach to the error it throws: the command tags (`BEGIN`, `INSERT 0 1`, `COMMIT`...) of the
 * script's statements that completed before it failed, in order. Where the connection dropped during a script
 * ending in COMMIT, this tells whether the server had committed. Absent when the driver cannot tell.
 */
export interface ScriptError extends Error {
  completedCommands?: string[];
}
