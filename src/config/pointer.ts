/** JSON pointers (RFC 6901) and the paths people read in messages. */

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string): string {
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a JSON pointer into its unescaped tokens ('' -> []). */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Renders a JSON pointer as the path people read in messages: `/migrations/000002/depends_on/0` ->
 * `$.migrations.000002.depends_on[0]`. Given the parsed value, tokens that index an array print as `[n]`;
 * keys that are not plain words are quoted: `$["a b"]`.
 */
export function pointerToPath(pointer: string, root?: unknown): string {
  let out = '$';
  let node: unknown = root;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      out += `[${token}]`;
      node = node[Number(token)];
      continue;
    }
    out += /^[A-Za-z0-9_$-]+$/.test(token) ? `.${token}` : `[${JSON.stringify(token)}]`;
    node =
      node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, token)
        ? (node as Record<string, unknown>)[token]
        : undefined;
  }
  return out;
}
