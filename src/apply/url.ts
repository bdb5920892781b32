/**
 * Keeping database passwords out of every message. A URL's password becomes `***`; text that may echo a URL
 * (driver errors, stderr of pg_dump) is scrubbed of the known password as well.
 */

/** The URL with any password replaced by `***`. Not a URL (or undefined) → returned unchanged / `embedded`. */
export function redactUrl(url: string | undefined): string {
  if (url === undefined) return 'embedded PGlite (in memory)';
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(password|sslpassword|pass)$/i.test(key)) u.searchParams.set(key, '***');
    }
    return u.toString();
  } catch {
    // Not parseable: hide anything that looks like user:password@.
    return url.replace(/\/\/([^:/@\s]*):[^@\s]*@/g, '//$1:***@');
  }
}

/** The password of a URL (decoded), or undefined. */
export function passwordOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const u = new URL(url);
    if (u.password !== '') return decodeURIComponent(u.password);
    const fromQuery = u.searchParams.get('password');
    return fromQuery ?? undefined;
  } catch {
    const m = /\/\/[^:/@\s]*:([^@\s]*)@/.exec(url);
    return m?.[1];
  }
}

/**
 * Removes every trace of the URL's password (raw and percent-encoded) and the URL itself from `text`.
 * Used on driver errors and child-process output, which may echo the connection string.
 */
export function scrubSecrets(text: string, url: string | undefined): string {
  if (url === undefined) return text;
  let out = text.split(url).join(redactUrl(url));
  const password = passwordOf(url);
  if (password !== undefined && password.length > 0) {
    for (const form of new Set([password, encodeURIComponent(password)])) out = out.split(form).join('***');
  }
  return out;
}
