/**
 * SQL literals for the few statements built as text rather than sent with bind parameters: a VALUES list of
 * variable length (tracking.ts's baseline and table lookups) and the schema filter of a catalog query (snapshot.ts).
 */

/**
 * A PostgreSQL string literal for `value`. Single quotes are doubled; a value holding a backslash is written
 * as an escape string (`E'...'`, backslashes doubled), which reads the same whether `standard_conforming_strings`
 * is on or off (a migration file may switch it off before our statements run). PostgreSQL text cannot hold NUL,
 * so a value with U+0000 is rejected: callers pass `withoutNul` text where the value is free-form (error messages).
 */
export function quoteLiteral(value: string): string {
  if (value.includes('\u0000')) throw new Error('a SQL literal cannot contain a NUL character (U+0000)');
  const quoted = value.replace(/'/g, "''");
  return value.includes('\\') ? `E'${quoted.replace(/\\/g, '\\\\')}'` : `'${quoted}'`;
}

/** Text with every NUL replaced by U+FFFD, so that it can be stored in a text column. */
export function withoutNul(text: string): string {
  return text.split('\u0000').join('\uFFFD');
}
