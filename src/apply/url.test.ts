import { passwordOf, redactUrl, scrubSecrets } from './url.js';

describe('redactUrl', () => {
  it.each([
    ['postgres://u:secret@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgresql://u:p%40ss@h/db?sslmode=require', 'postgresql://u:***@h/db?sslmode=require'],
    ['postgres://u@h/db', 'postgres://u@h/db'],
    ['postgres://h/db?password=secret', 'postgres://h/db?password=***'],
    ['not a url u:secret@host', 'not a url u:secret@host'],
    ['weird://u:secret@ho st/db', 'weird://u:***@ho st/db'],
  ])('%s -> %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('names the embedded database when there is no URL', () => {
    expect(redactUrl(undefined)).toMatch(/PGlite/);
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
