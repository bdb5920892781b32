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
  /** A whole script (several statements, simple protocol), as a migration file is run. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /**
   * PGlite only: the whole data directory as a gzipped tarball (PGlite's `dumpDataDir`), loadable again with
   * PGlite's `loadDataDir`. Used for embedded backups.
   */
  dumpDataDir?(): Promise<Uint8Array>;
}
