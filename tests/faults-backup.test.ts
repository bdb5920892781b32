/**
 * The disk fills up while `backup_required` takes its backup: `up` stops before applying anything, says the
 * backup failed and why (no space left), leaves no partial file that looks like a backup, and exits 1.
 * Two ways to run out of space: a 64 KiB tmpfs as the backup folder (needs root and mount; skipped loudly where
 * that is not allowed) and, everywhere, the dump path as a symlink to /dev/full (every write fails with ENOSPC).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/apply/db/open.js';
import { runUp } from '../src/apply/run.js';
import { readApplied } from '../src/apply/tracking.js';
import { cli } from './helpers/cli.js';
import { miniRepo, type MiniMigration } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const env = { development: { config: { skip_validation: true, backup_required: true } } };
const m1: MiniMigration = { id: '000001', name: 'create_b', up: 'CREATE TABLE b_applied (id int);\n' };

/** A 64 KiB tmpfs, or undefined when mounting is not allowed here. */
function tinyTmpfs(): { dir: string; umount(): void } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'svcm-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmdirSync(dir);
    return undefined;
  }
  return {
    dir,
    umount() {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      rmdirSync(dir);
    },
  };
}

/** Fills the database with ~3 MB of incompressible text, so that its dump cannot fit in 64 KiB. */
async function fill(url: string): Promise<void> {
  const db = await openDatabase(url);
  try {
    await db.exec(`CREATE TABLE filler AS SELECT g AS id, md5(random()::text) || md5(random()::text) AS v FROM generate_series(1, 50000) g`);
  } finally {
    await db.close();
  }
}

async function assertNothingApplied(url: string, repo: ReturnType<typeof miniRepo>): Promise<void> {
  const db = await openDatabase(url);
  try {
    expect((await db.query<{ t: string | null }>(`SELECT to_regclass('b_applied')::text AS t`)).rows[0]!.t).toBeNull();
    expect(await readApplied(db, repo.services[0]!)).toEqual([]);
  } finally {
    await db.close();
  }
}

const mount = tinyTmpfs();
if (!mount) console.warn('\n*** faults-backup: cannot mount a tmpfs here (not root?); the tmpfs case is SKIPPED, /dev/full still runs. ***\n');
else mount.umount();
const itTmpfs = mount ? it : it.skip;

describeWithPostgres('backup_required and a full disk', () => {
  itTmpfs('a 64 KiB tmpfs: up exits 1 before applying, says no space, keeps no partial file; backup exits 1 too', async () => {
    const repo = miniRepo([{ name: 'b-svc', environments: env, migrations: [m1] }]);
    const full = tinyTmpfs()!;
    try {
      await withTempDatabase(async (url) => {
        await fill(url);
        const r = await cli(['up', '--root', repo.root, '--database-url', url, '--backup-dir', full.dir]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/up refused: backup_required is set for development and the backup failed, so nothing was applied: pg_dump failed/);
        expect(r.stderr).toMatch(/No space left on device/);
        expect(r.stderr).toContain(`the backup folder ${full.dir} has no space left`);
        expect(r.stdout + r.stderr).not.toMatch(STACK);
        expect(r.stdout).not.toMatch(/\/u /);
        expect(readdirSync(full.dir)).toEqual([]);
        await assertNothingApplied(url, repo);

        // status: nothing applied, the migration pending.
        const st = await cli(['status', '--root', repo.root, '--database-url', url]);
        expect(st.code).toBe(0);
        expect(st.stdout.replace(/^#.*\n/gm, '').trim()).toBe('000001 0 pending - b-svc create_b');

        const b = await cli(['backup', '--database-url', url, '--backup-dir', full.dir]);
        expect(b.code).toBe(1);
        expect(b.stderr).toMatch(/backup failed: .*No space left on device/s);
        expect(readdirSync(full.dir)).toEqual([]);

        // With room, the same up takes its backup and applies.
        const room = mkdtempSync(join(tmpdir(), 'svcm-bk-'));
        const ok = await cli(['up', '--root', repo.root, '--database-url', url, '--backup-dir', room]);
        expect(ok.code).toBe(0);
        expect(ok.stdout).toMatch(/^backup .*\.dump \(\d+ bytes\)$/m);
        expect(ok.stdout).toMatch(/^1\/u create_b /m);
      });
    } finally {
      full.umount();
    }
  });

  it('the dump path is /dev/full: up refuses, nothing applied, the symlink is not left as a backup', async () => {
    const repo = miniRepo([{ name: 'b-svc', environments: env, migrations: [m1] }]);
    await withTempDatabase(async (url, dbName) => {
      const dir = mkdtempSync(join(tmpdir(), 'svcm-bk-'));
      const now = new Date('2026-01-02T03:04:05.678Z');
      // The dump is written under its .partial name until it is checked.
      symlinkSync('/dev/full', join(dir, `${dbName}-2026-01-02T03-04-05-678Z.dump.partial`));
      const db = await openDatabase(url);
      const lines: string[] = [];
      try {
        const r = await runUp({ repo, env: 'development', db, out: (l) => lines.push(l), databaseUrl: url, backupDir: dir, now });
        // pg_dump fails at the fsync of /dev/full before it notices the lost writes: whatever the words, the run
        // stops, names pg_dump's error, and keeps nothing.
        expect(r.refused).toMatch(/backup failed, so nothing was applied: pg_dump failed for postgres:\/\/.* \(exit 1\): pg_dump: error: /s);
        expect(r.refused).toMatch(/\(no backup file was kept\)$/);
        expect(r.backup).toBeUndefined();
        expect(r.applied).toEqual([]);
        expect(lines).toEqual([]);
      } finally {
        await db.close();
      }
      expect(readdirSync(dir)).toEqual([]);
      await assertNothingApplied(url, repo);
    });
  });

  it('the embedded database (PGlite) backing up into /dev/full: ENOSPC said plainly, nothing applied, nothing kept', async () => {
    const repo = miniRepo([{ name: 'b-svc', environments: env, migrations: [m1] }]);
    const dir = mkdtempSync(join(tmpdir(), 'svcm-bk-'));
    const now = new Date('2026-01-02T03:04:05.678Z');
    symlinkSync('/dev/full', join(dir, 'pglite-2026-01-02T03-04-05-678Z.tar.gz.partial'));
    const db = await openDatabase(undefined);
    try {
      const r = await runUp({ repo, env: 'development', db, out: () => undefined, backupDir: dir, now });
      expect(r.refused).toMatch(/backup failed, so nothing was applied: .*ENOSPC/);
      expect(r.refused).toContain(`the backup folder ${dir} has no space left: free space there or pass --backup-dir`);
      expect(r.applied).toEqual([]);
      expect((await db.query<{ t: string | null }>(`SELECT to_regclass('b_applied')::text AS t`)).rows[0]!.t).toBeNull();
      expect(await readApplied(db, repo.services[0]!)).toEqual([]);
    } finally {
      await db.close();
    }
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);
});
