import { UsageError } from '../core/types.js';
import { assertParsableUrl, passwordOf, redactUrl, scrubSecrets } from './url.js';

describe('redactUrl', () => {
  it.each([
    ['postgres://u:secret@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgresql://u:p%40ss@h/db?sslmode=require', 'postgresql://u:***@h/db?sslmode=require'],
    ['postgres://u@h/db', 'postgres://u@h/db'],
    ['postgres://h/db?password=secret', 'postgres://h/db?password=***'],
    ['not a url u:secret@host', 'not a url u:secret@host'],
    ['weird://u:secret@ho st/db', 'weird://u:***@ho st/db'],
    // Raw characters a URL parser would stop at: the whole password is still hidden, up to the last @.
    ['postgres://u:p@ss@h/db', 'postgres://u:***@h/db'],
    ['postgres://u:p@s#s@h/db', 'postgres://u:***@h/db'],
    ['postgres://u:pa#ss@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgres://u:pa/ss?x@h/db', 'postgres://u:***@h/db'],
    ['postgres://u:pa%23ss@h/db', 'postgres://u:***@h/db'],
    ['postgres://h/db?sslmode=require&password=s3cr%40t&application_name=x', 'postgres://h/db?sslmode=require&password=***&application_name=x'],
    ['postgres://u:@h/db', 'postgres://u:***@h/db'],
  ])('%s -> %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('names the embedded database when there is no URL', () => {
    expect(redactUrl(undefined)).toMatch(/PGlite/);
  });
});

describe('passwordOf', () => {
  it.each([
    ['postgres://u:p@s#s@h/db', 'p@s#s'],
    ['postgres://u:pa%2Fss@h/db', 'pa/ss'],
    ['postgres://u:100%@h/db', '100%'],
    ['postgres://h/db?password=s3cr%40t', 's3cr@t'],
    ['postgres://u@h/db', undefined],
  ])('%s -> %s', (url, expected) => {
    expect(passwordOf(url)).toBe(expected);
  });
});

describe('assertParsableUrl', () => {
  it.each(['postgres://u:Qz/Wy@h/db', 'postgres://u:Qz#Wy@h/db', 'postgres://u:Qz?Wy@h/db', 'postgres://u:Qz@W#y@h/db', 'postgres://u:Qz%zzWy@h/db'])(
    '%s is a usage error that says to percent-encode, without the password',
    (url) => {
      let error: unknown;
      try {
        assertParsableUrl(url);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      const message = (error as Error).message;
      expect(message).toContain('must be percent-encoded');
      expect(message).toContain('postgres://u:***@h/db');
      expect(message).not.toMatch(/Qz|Wy/);
    },
  );

  it.each(['postgres://u:p%2Fss@h:5432/db?sslmode=require', 'postgres://u:p@ss@h/db', 'postgresql://h/db'])('%s is accepted', (url) => {
    expect(() => assertParsableUrl(url)).not.toThrow();
  });
});

describe('scrubSecrets', () => {
  it('removes the password in raw and encoded form, and the whole URL', () => {
    const url = 'postgres://u:p%40ss@h/db';
    expect(passwordOf(url)).toBe('p@ss');
    const text = `failed for ${url}: password "p@ss" and p%40ss rejected`;
    const out = scrubSecrets(text, url);
    expect(out).not.toContain('p@ss');
    expect(out).not.toContain('p%40ss');
    expect(out).toContain('postgres://u:***@h/db');
  });

  it('leaves text alone when there is no password', () => {
    expect(scrubSecrets('hello', 'postgres://u@h/db')).toBe('hello');
    expect(scrubSecrets('hello', undefined)).toBe('hello');
  });
});
