import { codeTokens } from '../sql/ast.js';
import { createRule } from './types.js';

/** NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in bytes. */
const MAX_BYTES = 63;

export default createRule({
  id: 'identifier-too-long',
  description:
    'An identifier longer than 63 bytes is silently truncated by PostgreSQL, so the object gets a different name than the migration says and two long names can collide.',
  severity: 'warning',
  direction: 'both',
  messages: {
    tooLong:
      'This identifier is {{bytes}} bytes long; PostgreSQL keeps only the first 63 and names the object "{{truncated}}": later migrations, tools and schema diffs that use the full name do not find it, and two names sharing the first 63 bytes collide.',
  },
  help: 'Shorten the name to 63 bytes or less (count bytes, not characters: é takes two).',
  check(ctx) {
    if (!mayHoldLongIdentifier(ctx.facts.sql.lines.slice(ctx.stmt.start, ctx.stmt.end))) return;
    for (const t of codeTokens(ctx.facts.sql, ctx.stmt)) {
      if (t.name !== 'IDENT') continue;
      const quoted = t.text.startsWith('"');
      const name = quoted ? t.text.slice(1, -1).replace(/""/g, '"') : t.text.toLowerCase();
      const bytes = Buffer.byteLength(name, 'utf8');
      if (bytes <= MAX_BYTES) continue;
      ctx.report({ messageId: 'tooLong', data: { bytes, truncated: truncate(name) }, start: t.start, end: t.end });
    }
  },
});

/**
 * Cheap pre-check that spares lexing most statements: a quoted identifier longer than 63 bytes, or a run of word
 * characters (what tokens.ts lexes as an unquoted identifier: letters, digits, '_', '$', anything non-ASCII)
 * longer than 63 bytes once lower-cased. A run of fewer than 16 UTF-16 units cannot be (a unit is at most 3
 * bytes, even lower-cased). Every identifier token lies inside such a run or quotes, so none is missed; a quote
 * in a comment or string only makes it lex when it need not.
 */
function mayHoldLongIdentifier(text: string): boolean {
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 34) {
      // '"': up to the closing quote (a doubled quote is part of the name; unclosed, up to the end).
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) !== 34 || text.charCodeAt(j + 1) === 34)) j += text.charCodeAt(j) === 34 ? 2 : 1;
      if (j - i - 1 >= 16 && Buffer.byteLength(text.slice(i + 1, j), 'utf8') > MAX_BYTES) return true;
      i = j;
      run = 0;
      continue;
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c >= 0x80) {
      run++;
      continue;
    }
    if (run >= 16 && Buffer.byteLength(text.slice(i - run, i).toLowerCase(), 'utf8') > MAX_BYTES) return true;
    run = 0;
  }
  return false;
}

/** The first 63 bytes of a name without splitting a character, as PostgreSQL truncates. */
function truncate(name: string): string {
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch, 'utf8') > MAX_BYTES) break;
    out += ch;
  }
  return out;
}
