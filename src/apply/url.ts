/**
 * Keeping database passwords out of every message. A URL's password becomes `***` however it is written — raw
 * (even holding `@`, `#`, `/`), percent-encoded, or as `?password=` — and text that may echo a URL (driver
 * errors, stderr of pg_dump) is scrubbed of the known password as well.
 *
 * The user information is read by hand, up to the LAST `@` after `scheme://`: a URL parser stops at the first
 * `#`, `/` or `?`, which a raw password may hold, and would then show the rest of it as the host.
 */
import { UsageError } from '../core/types.js';

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^:@]*)(?::(.*))?@(?=[^@]*$)/is;
const PASSWORD_PARAM = /([?&](?:password|sslpassword|pass)=)([^&#]*)/gi;

/** The URL with any password replaced by `***`. Not a URL → returned unchanged; undefined → `embedded`. */
export function redactUrl(url: string | undefined): string {
  if (url === undefined) return 'embedded PostgreSQL (PGlite, in memory)';
  return url
    .replace(USERINFO, (_m, scheme: string, user: string, password: string | undefined) => `${scheme}${user}${password === undefined ? '' : ':***'}@`)
    .replace(PASSWORD_PARAM, '$1***');
}

/** The password of a URL (percent-decoded when it decodes), or undefined. */
export function passwordOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const password = USERINFO.exec(url)?.[3] ?? [...url.matchAll(PASSWORD_PARAM)].at(-1)?.[2];
  if (password === undefined || password === '') return undefined;
  try {
    return decodeURIComponent(password);
  } catch {
    return password;
  }
}

/**
 * Refuses (exit 2) a server URL that URL parsers read differently from what it says — a user name or password
 * holding `/`, `?`, `#` (or `%` not followed by two hex digits) — instead of connecting somewhere unintended or
 * failing with an internal error.
 */
export function assertParsableUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const password = USERINFO.exec(url)?.[3];
  const decodes = password === undefined || safeDecode(password) !== undefined;
  if (parsed && parsed.hash === '' && decodes) return;
  throw new UsageError(
    `The database URL ${redactUrl(url)} cannot be read as a URL: a user name or password holding '/', '?', '#', '@' or '%' ` +
      `must be percent-encoded (/ → %2F, ? → %3F, # → %23, @ → %40, % → %25; encodeURIComponent() in JavaScript, ` +
      `urllib.parse.quote(s, safe='') in Python), or pass the password in PGPASSWORD instead.`,
  );
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
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
    for (const form of new Set([password, encodeURIComponent(password), USERINFO.exec(url)?.[3] ?? password])) out = out.split(form).join('***');
  }
  return out;
}
