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

/** The first 63 bytes of a name without splitting a character, as PostgreSQL truncates. */
function truncate(name: string): string {
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch, 'utf8') > MAX_BYTES) break;
    out += ch;
  }
  return out;
}
