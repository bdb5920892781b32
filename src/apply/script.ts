/**
 * The one-round-trip script of a transactional migration: `BEGIN`, the file, the tracking row, the attempt
 * row, `COMMIT`, sent as one simple-protocol query so that a migration costs one round trip to the server.
 * Pure text building; run.ts sends it.
 *
 * Why the file cannot break out of its place: the script is only built for a file that parsed cleanly (every
 * string, quoted identifier, dollar quote and block comment is closed), and the file is followed by a newline
 * (ending a trailing `-- comment`) and a `;` (ending a last statement written without one; an empty statement is
 * nothing to PostgreSQL). Values are literals (`quoteLiteral`): the simple protocol has no bind parameters.
 */
import type { Direction } from '../repo/types.js';
import { quoteLiteral } from './literal.js';

/** The column of the script's result that carries the migration's measured time (see `measuredMs`). */
export const MEASURED_COLUMN = 'svc_migrate_measured_ms';

/** The time the script recorded, from its results (the last row holding MEASURED_COLUMN), or undefined. */
export function measuredMs(results: readonly { rows: readonly Record<string, unknown>[] }[]): number | undefined {
  for (let i = results.length - 1; i >= 0; i--) {
    const v = results[i]!.rows[0]?.[MEASURED_COLUMN];
    if (v !== undefined && v !== null && Number.isFinite(Number(v))) return Number(v);
  }
  return undefined;
}

/** Marks, among the completed statements, that everything before COMMIT ran (see `scriptOutcome`). */
export const RECORDED_SAVEPOINT = 'svc_migrate_recorded';

export interface ScriptInput {
  /** Quoted tracking tables (`trackingTables`). */
  tables: { migrations: string; performance: string };
  direction: Direction;
  version: string;
  name: string;
  environment: string;
  /** Stored on up. */
  checksum: string;
  /** The file's text. */
  sql: string;
}

export interface MigrationScript {
  text: string;
  /** Characters before the file's first one: server error positions are shifted by this (see failure.ts). */
  offset: number;
}

/**
 * Milliseconds since the script's transaction started, measured by the server: `now()` is the start of the
 * transaction (the start of the query message), `clock_timestamp()` the current time.
 */
const ELAPSED_MS = `(1000 * extract(epoch FROM pg_catalog.clock_timestamp() - pg_catalog.now()))::double precision`;

/** The script applying (up) or reverting (down) one migration together with its tracking statements. */
export function migrationScript(input: ScriptInput): MigrationScript {
  const { tables: t } = input;
  const version = quoteLiteral(input.version);
  const env = quoteLiteral(input.environment);
  const record =
    input.direction === 'up'
      ? `INSERT INTO ${t.migrations} (version, name, environment, checksum, applied_at, execution_time_ms, dirty)
VALUES (${version}, ${quoteLiteral(input.name)}, ${env}, ${quoteLiteral(input.checksum)}, pg_catalog.now(), ${ELAPSED_MS}, false)
ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, environment = EXCLUDED.environment,
  checksum = EXCLUDED.checksum, applied_at = EXCLUDED.applied_at,
  execution_time_ms = EXCLUDED.execution_time_ms, dirty = EXCLUDED.dirty`
      : `DELETE FROM ${t.migrations} WHERE version = ${version}`;
  // One measurement for the tracking row, the attempt row and the printed line: the attempt copies the tracking
  // row's value (a second clock_timestamp() would be later) and returns it to the client (MEASURED_COLUMN).
  const ms = input.direction === 'up' ? `(SELECT execution_time_ms FROM ${t.migrations} WHERE version = ${version})` : ELAPSED_MS;
  const attempt = `INSERT INTO ${t.performance} (migration_id, direction, execution_time_ms, executed_at, environment, success, error)
VALUES (${version}, ${quoteLiteral(input.direction)}, ${ms}, pg_catalog.now(), ${env}, true, NULL)
RETURNING execution_time_ms AS ${MEASURED_COLUMN}`;
  const prefix = 'BEGIN;\n';
  return {
    text: `${prefix}${input.sql}\n;\n${record};\n${attempt};\nSAVEPOINT ${RECORDED_SAVEPOINT};\nCOMMIT;`,
    offset: prefix.length,
  };
}

/**
 * Where a failed script stopped, from the command tags of its completed statements (`ScriptError`):
 * - `committed`: COMMIT completed: the migration is applied even though the round trip failed afterwards;
 * - `committing`: everything before COMMIT completed, so the server may have committed: nobody knows;
 * - `before-commit`: it stopped before COMMIT: PostgreSQL rolls the transaction back, nothing remains.
 * Unknown tags (a driver that cannot tell) count as `committing`: the careful answer.
 * The file itself never completes `SAVEPOINT` or `COMMIT`: a file with transaction control is not run this way.
 */
export function scriptOutcome(completed: readonly string[] | undefined): 'committed' | 'committing' | 'before-commit' {
  if (completed === undefined) return 'committing';
  if (completed.includes('COMMIT')) return 'committed';
  return completed.includes('SAVEPOINT') ? 'committing' : 'before-commit';
}
