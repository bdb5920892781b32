/** Turning a JSON pointer into a finding's position, with the finding itself built in one place. */
import type { Finding, Severity } from '../core/types.js';
import type { LoadedJson } from '../repo/types.js';

/** One RFC 6901 reference token: `~` -> `~0`, `/` -> `~1`. */
export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a pointer from raw tokens: `pointer('migrations', '000002', 'depends_on', 0)`. */
export function pointer(...tokens: Array<string | number>): string {
  return tokens.map((t) => '/' + escapePointer(String(t))).join('');
}

/**
 * Where a pointer sits in a loaded JSON file. When the exact pointer has no recorded position (a schema-broken
 * entry, a loader that records fewer positions), the nearest ancestor that has one is used, then line 1.
 */
export function locate(json: Pick<LoadedJson<unknown>, 'positions'> | undefined, ptr: string): {
  line: number;
  column: number;
} {
  let p = ptr;
  for (;;) {
    const pos = json?.positions?.get(p);
    if (pos) return { line: pos.line, column: pos.column };
    if (p === '') return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** What every graph finding carries besides its rule and message. */
export interface Where {
  file: string;
  line?: number;
  column?: number;
  service: string;
  migration?: string;
  help?: string;
}

/** A finding with its position defaulted to the file's first line. */
export function makeFinding(rule: string, severity: Severity, message: string, where: Where): Finding {
  const f: Finding = {
    rule,
    severity,
    message,
    file: where.file,
    line: where.line ?? 1,
    column: where.column ?? 1,
    service: where.service,
  };
  if (where.migration !== undefined) f.migration = where.migration;
  if (where.help !== undefined) f.help = where.help;
  return f;
}

/** A finding located at a pointer in a JSON file. */
export function jsonFinding(
  rule: string,
  severity: Severity,
  message: string,
  json: LoadedJson<unknown>,
  ptr: string,
  where: Omit<Where, 'file' | 'line' | 'column'>,
): Finding {
  return makeFinding(rule, severity, message, { ...where, file: json.file, ...locate(json, ptr) });
}
