import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleDir, extensionObjects, extensionsIn, snapshotFile } from './pglite.js';
import { pgliteDir } from './open.js';

describe('extensionsIn', () => {
  it.each([
    ['CREATE EXTENSION citext;', ['citext']],
    ['create extension if not exists "uuid-ossp";\nCREATE EXTENSION pg_trgm WITH SCHEMA public;', ['pg_trgm', 'uuid-ossp']],
    ['CREATE EXTENSION earthdistance CASCADE;', ['cube', 'earthdistance']],
    ['CREATE EXTENSION postgis;', []], // not shipped with PGlite: the migration fails with PostgreSQL's own error
    ['SELECT 1;', []],
  ])('%s', (sql, expected) => {
    expect(extensionsIn(sql)).toEqual(expected);
  });
});

describe('extension tarballs', () => {
  it('from sources: the package files', async () => {
    const ext = extensionObjects(['citext', 'uuid-ossp', 'nope']);
    expect(Object.keys(ext)).toEqual(['citext', 'uuid_ossp']);
    const { bundlePath } = (await ext.citext!.setup({} as never, {})) as { bundlePath: URL };
    expect(bundlePath.href).toMatch(/@electric-sql\/pglite\/dist\/citext\.tar\.gz$/);
  });

  it('bundled: beside the running bundle (a pglite.wasm next to the entry)', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'svcm-dist-'));
    writeFileSync(join(dist, 'pglite.wasm'), '');
    writeFileSync(join(dist, 'pglite-initdb.tar.gz'), '');
    const saved = process.argv[1];
    process.argv[1] = join(dist, 'cli.js');
    try {
      expect(bundleDir()).toBe(dist);
      const { bundlePath } = (await extensionObjects(['pgcrypto']).pgcrypto!.setup({} as never, {})) as { bundlePath: URL };
      expect(bundlePath.href).toBe(pathToFileURL(join(dist, 'pgcrypto.tar.gz')).href);
      expect(snapshotFile()).toBe(join(dist, 'pglite-initdb.tar.gz'));
    } finally {
      process.argv[1] = saved!;
    }
  });
});

describe('pgliteDir', () => {
  it.each([
    ['pglite:///abs/dir', '/abs/dir'],
    ['pglite://./rel/dir', '/work/x/rel/dir'],
    ['pglite://rel', '/work/x/rel'],
    ['pglite://', undefined],
    ['postgres://h/db', undefined],
  ])('%s', (url, expected) => {
    expect(pgliteDir(url, '/work/x')).toBe(expected);
  });
});

describe('openDatabase', () => {
  it('refuses an unknown scheme with the password redacted', async () => {
    const { openDatabase } = await import('./open.js');
    await expect(openDatabase('mysql://u:hunter2@h/db')).rejects.toThrow(/Unsupported database URL mysql:\/\/u:\*\*\*@h\/db/);
  });

  it('an unreachable server is a UsageError (exit 2) naming the redacted URL and the cause', async () => {
    const { openDatabase } = await import('./open.js');
    const { UsageError } = await import('../../core/types.js');
    const error = await openDatabase('postgres://u:hunter2@127.0.0.1:1/db').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^Cannot connect to postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db: .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('hunter2');
  });
});
