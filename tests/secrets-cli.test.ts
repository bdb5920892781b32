/**
 * A database password never shows, however the URL writes it; a URL that parsers misread is a usage error that
 * says to percent-encode (before, a `/` in the password was an internal error and `@` or `#` leaked its tail).
 */
import { cli } from './helpers/cli.js';
import { miniRepo } from './helpers/mini-repo.js';

const repo = miniRepo([{ name: 'a-svc', migrations: [{ id: '000001', name: 'init', up: 'SELECT 1;' }] }]);

test.each([
  ['a raw /', 'postgres://u:Qz/Wy@127.0.0.1:1/db', /must be percent-encoded/],
  ['a raw #', 'postgres://u:Qz#Wy@127.0.0.1:1/db', /must be percent-encoded/],
  ['a raw @ and #', 'postgres://u:Qz@W#y@127.0.0.1:1/db', /must be percent-encoded/],
  ['a raw @ (parsable: the server is just unreachable)', 'postgres://u:Qz@Wy@127.0.0.1:1/db', /Cannot connect to postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db/],
  ['?password=', 'postgres://u@127.0.0.1:1/db?password=QzWy', /Cannot connect to postgres:\/\/u@127\.0\.0\.1:1\/db\?password=\*\*\*/],
])('%s: exit 2, the password nowhere', async (_name, url, message) => {
  for (const command of ['up', 'status']) {
    const r = await cli([command, '--root', repo.root, '--database-url', url]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout + r.stderr).not.toMatch(/Qz|Wy/);
  }
});
