/**
 * Recognises an error that means the connection to the server is gone (terminated backend, server shut down or
 * crashed, network reset), as opposed to an error the server reported for a statement. The difference matters
 * for what the user is told: a lost connection means PostgreSQL rolled back the open transaction itself, and
 * the next run cannot reuse this connection — the failure says so instead of passing the driver's words on alone.
 */

/** SQLSTATEs a backend sends just before it closes the connection: admin/crash/immediate shutdown, and class 08. */
const LOST_CODES = new Set(['57P01', '57P02', '57P03', '57P05']);

/** Messages of `pg` and of Node's sockets when the connection dies under a query. */
const LOST_MESSAGES = [
  /connection terminated/i,
  /client has encountered a connection error/i,
  /connection (?:was )?(?:closed|lost|reset)/i,
  /server closed the connection unexpectedly/i,
  /terminating connection/i,
  /\bECONNRESET\b/,
  /\bEPIPE\b/,
  /\bECONNREFUSED\b/,
];

/** True when `e` says the database connection is gone (see the file comment). */
export function isConnectionLost(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (LOST_CODES.has(code) || code.startsWith('08') || ['ECONNRESET', 'EPIPE', 'ECONNREFUSED'].includes(code))) {
    return true;
  }
  return LOST_MESSAGES.some((re) => re.test(e.message));
}
