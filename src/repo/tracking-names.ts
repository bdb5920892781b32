/**
 * The names of a service's tracking tables (spec section 4), unquoted: known here, below both the repository
 * loader (which refuses a service whose names PostgreSQL would truncate) and the apply layer (which creates them).
 */

/** PostgreSQL's identifier limit (NAMEDATALEN - 1), in bytes: longer names are silently truncated. */
export const MAX_IDENTIFIER_BYTES = 63;

/** `<snake>_schema_migrations` and `<snake>_migration_performance`. */
export function trackingTableNames(snake: string): { migrations: string; performance: string } {
  return { migrations: `${snake}_schema_migrations`, performance: `${snake}_migration_performance` };
}

/** The tracking table names of `snake` that PostgreSQL would truncate (two services could then share one table). */
export function overlongTrackingNames(snake: string): string[] {
  return Object.values(trackingTableNames(snake)).filter((n) => Buffer.byteLength(n, 'utf8') > MAX_IDENTIFIER_BYTES);
}

/** The longest service name (in bytes, as its snake_case form) whose tracking table names fit: 41. */
export const MAX_SERVICE_NAME_BYTES = MAX_IDENTIFIER_BYTES - Math.max(...Object.values(trackingTableNames('')).map((n) => Buffer.byteLength(n, 'utf8')));
