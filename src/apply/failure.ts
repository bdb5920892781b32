/**
 * A failed migration as psql would report it: PostgreSQL's message located at the file's line and column, with
 * its DETAIL, HINT and CONTEXT. The server counts a 1-based position in characters of the text it was sent (the
 * whole script, the file, or one statement of it); the caller says where that text starts in the file.
 */
import type { Finding } from '../core/types.js';
import { LineIndex } from '../sql/line-index.js';

/** Where in the migration file a failure is, and what PostgreSQL said beyond its message. */
export interface FailureDetail {
  /** The migration file, relative to the root. */
  file?: string;
  line?: number;
  column?: number;
  detail?: string;
  hint?: string;
  /** PostgreSQL's CONTEXT (the `where` field: the PL/pgSQL line, the SQL function...). */
  context?: string;
}

/** The fields of a server error that `pg` and PGlite both expose. */
interface ServerErrorFields {
  position?: string;
  detail?: string;
  hint?: string;
  where?: string;
}

/** How the text the server counted positions in relates to the file. */
export interface SentText {
  /** Characters of the file before the text sent (a statement's start; 0 for the whole file). */
  sentStart?: number;
  /** Characters sent before the file (a script's `BEGIN;\n`). */
  shift?: number;
  /** The start of the one statement that was running: the location when the error has no position (a cancel). */
  statementStart?: number;
}

/**
 * The location and extra fields of `e`, from the server's 1-based character position. A position outside the
 * file (in the tracking statements of a script) gives no line.
 */
export function failureDetail(e: unknown, sql: string, file: string | undefined, options: SentText = {}): FailureDetail {
  const { sentStart = 0, shift = 0 } = options;
  const err = (typeof e === 'object' && e !== null ? e : {}) as ServerErrorFields;
  const out: FailureDetail = {};
  if (file !== undefined) out.file = file;
  const position = Number(err.position);
  if (Number.isInteger(position) && position > 0) {
    const inFile = sentStart + position - shift - 1;
    const chars = [...sql].length;
    if (inFile >= 0 && inFile <= chars) Object.assign(out, new LineIndex(sql).fromChar(inFile));
  }
  if (out.line === undefined && options.statementStart !== undefined) Object.assign(out, new LineIndex(sql).fromChar(options.statementStart));
  if (err.detail) out.detail = err.detail;
  if (err.hint) out.hint = err.hint;
  if (err.where) out.context = err.where;
  return out;
}

/** Characters (code points, as PostgreSQL counts them) in the first `byteOffset` bytes of the UTF-8 `bytes`. */
export function charsBefore(bytes: Uint8Array, byteOffset: number): number {
  let n = 0;
  for (let i = 0; i < byteOffset && i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}

/** `file:line:column` of a failure, or undefined when it has no file. */
export function failureWhere(d: FailureDetail): string | undefined {
  if (d.file === undefined) return undefined;
  return d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
}

/** DETAIL, HINT and CONTEXT as psql prints them, one `LABEL: text` line each (empty when none). */
export function failureExtras(d: FailureDetail): string[] {
  const lines: string[] = [];
  if (d.detail) lines.push(`DETAIL: ${d.detail}`);
  if (d.hint) lines.push(`HINT: ${d.hint}`);
  if (d.context) lines.push(`CONTEXT: ${d.context}`);
  return lines;
}

/** The `migration-failed` finding of a failure: at its line and column, DETAIL, HINT and CONTEXT in the message. */
export function failureFinding(service: string, id: string, message: string, d: FailureDetail | undefined): Finding {
  const extras = d ? failureExtras(d) : [];
  return {
    rule: 'migration-failed',
    severity: 'error',
    message: [message, ...extras].join('\n'),
    ...(d?.file !== undefined ? { file: d.file, line: d.line ?? 1, column: d.column ?? 1 } : {}),
    service,
    migration: id,
  };
}
