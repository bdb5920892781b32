/**
 * A real PostgreSQL server through `pg`: one Client, one connection, so that session state (advisory locks,
 * transactions) belongs to this run. numeric and bigint stay strings (no precision loss); timestamptz is a Date.
 */
import pg from 'pg';
import { UsageError } from '../../core/types.js';
import { redactUrl, scrubSecrets } from '../url.js';
import type { Database, QueryResult, ScriptError } from './types.js';

/** Connects to `url`. An unreachable server or a refused login throws `UsageError` with the redacted URL. */
export async function openPostgres(url: string): Promise<Database> {
  const label = redactUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'svc-migrate' });
  // An idle connection the server drops must not crash the process; the next query reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw new UsageError(`Cannot connect to ${label}: ${scrubSecrets(errorText(e), url)}`);
  }
  // A migration goes to the server as one script ending in COMMIT (src/apply/script.ts). A client that dies
  // mid-script (SIGKILL, a cancelled CI job) is otherwise noticed only when the server next writes to it, after
  // the COMMIT; with this check (PostgreSQL 14+) the server polls the socket during long statements and rolls
  // the transaction back, as it did when each statement was its own round trip. Older servers lack the
  // setting: there a killed run may still commit the whole migration, tracking row included (never a part).
  try {
    await client.query(
      `SELECT pg_catalog.set_config('client_connection_check_interval', '1000', false)
        WHERE pg_catalog.current_setting('server_version_num')::int >= 140000`,
    );
  } catch {
    // Not worth failing the run over (a pooler that rejects it): the script stays all-or-nothing either way.
  }
  const scrub = (e: unknown): Error => {
    const err = e instanceof Error ? e : new Error(String(e));
    err.message = scrubSecrets(err.message, url);
    return err;
  };
  return {
    kind: 'postgres',
    label,
    async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      try {
        const r = await client.query(sql, params);
        return { rows: r.rows as T[], rowCount: r.rowCount ?? undefined };
      } catch (e) {
        throw scrub(e);
      }
    },
    async exec(sql: string): Promise<QueryResult<Record<string, unknown>>[]> {
      // The statements that completed, for a failure's `completedCommands`: the connection's own message events,
      // since pg reports nothing of a multi-statement query that failed.
      const completed: string[] = [];
      const onComplete = (msg: { text?: string }) => completed.push(String(msg.text ?? ''));
      client.connection.on('commandComplete', onComplete);
      try {
        // No parameters: pg uses the simple protocol, which runs a whole multi-statement script (an array of results).
        const r = (await client.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
        return (Array.isArray(r) ? r : [r]).map((x) => ({ rows: x.rows as Record<string, unknown>[], rowCount: x.rowCount ?? undefined }));
      } catch (e) {
        const err: ScriptError = scrub(e);
        err.completedCommands = completed;
        throw err;
      } finally {
        client.connection.off('commandComplete', onComplete);
      }
    },
    async close(): Promise<void> {
      await client.end().catch(() => undefined);
    },
    async cancel(): Promise<void> {
      // The backend's pid came with the connection (BackendKeyData); pg keeps it, untyped.
      const pid = (client as unknown as { processID?: number }).processID;
      if (typeof pid !== 'number') return;
      const other = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, application_name: 'svc-migrate cancel' });
      other.on('error', () => undefined);
      try {
        await other.connect();
        await other.query('SELECT pg_catalog.pg_cancel_backend($1)', [pid]);
      } catch {
        // Unreachable now: the migration then ends on its own; the run still stops before the next one.
      } finally {
        await other.end().catch(() => undefined);
      }
    },
  };
}

/** The message of a connection error, with the code when pg gives one (ECONNREFUSED, 28P01...). */
function errorText(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length > 0) return errorText(e.errors[0]);
  if (e instanceof Error) {
    const code = (e as { code?: string }).code;
    const msg = e.message || code || e.name;
    return code && !msg.includes(code) ? `${msg} (${code})` : msg;
  }
  return String(e);
}
