/**
 * Backups (issue #19): under the user's cache folder by default, never inside the repository unless asked,
 * mode 600 in a folder of mode 700, for `backup` and for `up`'s backup_required alike.
 */
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultBackupDir } from '../src/apply/backup.js';
import { cli } from './helpers/cli.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';
import { miniRepo } from './helpers/mini-repo.js';

const mode = (p: string): number => statSync(p).mode & 0o777;

test('the default folder is in the cache, named after the repository, not inside it', () => {
  const dir = defaultBackupDir('/work/repos/my app', { XDG_CACHE_HOME: '/xdg' });
  expect(dir).toMatch(/^\/xdg\/svc-migrate\/backups\/my_app-[0-9a-f]{16}$/);
  expect(defaultBackupDir('/work/repos/other', { XDG_CACHE_HOME: '/xdg' })).not.toBe(defaultBackupDir('/work/repos/my app', { XDG_CACHE_HOME: '/xdg' }));
});

test('backup of an embedded database on disk: in the cache, mode 600, nothing in the repository', async () => {
  const root = mkdtempSync(join(tmpdir(), 'svcm-bk-repo-'));
  cpSync(resolve('fixtures'), root, { recursive: true });
  const cache = mkdtempSync(join(tmpdir(), 'svcm-bk-cache-'));
  const db = join(mkdtempSync(join(tmpdir(), 'svcm-bk-db-')), 'data');
  const before = readdirSync(root).sort();
  const r = await cli(['backup', '--root', root, '--database-url', `pglite://${db}`, '--format', 'json'], { XDG_CACHE_HOME: cache });
  expect(r.code).toBe(0);
  const file = JSON.parse(r.stdout).file as string;
  expect(file.startsWith(defaultBackupDir(root, { XDG_CACHE_HOME: cache }) + '/')).toBe(true);
  expect(mode(file)).toBe(0o600);
  expect(mode(join(file, '..'))).toBe(0o700);
  expect(readdirSync(root).sort()).toEqual(before);
}, 60_000);

describeWithPostgres('backup with pg_dump and up with backup_required', () => {
  test('pg_dump writes a mode-600 file; --backup-dir puts it where asked', () =>
    withTempDatabase(async (url) => {
      const dir = join(mkdtempSync(join(tmpdir(), 'svcm-bk-')), 'asked');
      const r = await cli(['backup', '--database-url', url, '--backup-dir', dir]);
      expect(r.code).toBe(0);
      const [file] = readdirSync(dir);
      expect(file).toMatch(/\.dump$/);
      expect(mode(join(dir, file!))).toBe(0o600);
    }), 60_000);

  test('up with backup_required and no --backup-dir: the backup goes to the cache', () =>
    withTempDatabase(async (url) => {
      const repo = miniRepo([{
        name: 'b-svc',
        environments: { development: { config: { skip_validation: true, backup_required: true } } },
        migrations: [{ id: '000001', name: 'create_x', up: 'CREATE TABLE public.x (id int);\n' }],
      }]);
      const cache = mkdtempSync(join(tmpdir(), 'svcm-bk-cache-'));
      const before = readdirSync(repo.root).sort();
      const r = await cli(['up', '--root', repo.root, '--database-url', url, '--no-hooks'], { XDG_CACHE_HOME: cache });
      expect(r.code).toBe(0);
      const dir = defaultBackupDir(repo.root, { XDG_CACHE_HOME: cache });
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(mode(join(dir, files[0]!))).toBe(0o600);
      expect(readdirSync(repo.root).sort()).toEqual(before);
    }), 60_000);
});
