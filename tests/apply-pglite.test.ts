/**
 * The core of `up` on the embedded database (PGlite). Kept to few starts (each costs seconds): one in-memory
 * instance shared by the tests, an on-disk one opened twice from a pre-initialised snapshot, and a restore.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreDatabase } from '../src/apply/backup.js';
import { openDatabase } from '../src/apply/db/open.js';
import { openPglite } from '../src/apply/db/pglite.js';
import type { Database } from '../src/apply/db/types.js';
import { runUp, type UpOptions } from '../src/apply/run.js';
import { readStatus } from '../src/apply/status.js';
import { forceVersion, readApplied, readAttempts } from '../src/apply/tracking.js';
import { loadRepo } from '../src/repo/load.js';
import type { Repo } from '../src/repo/types.js';
import { miniRepo } from './helpers/mini-repo.js';

const SLOW = 180_000;

let db: Database;
let snapshot: string;
let backupFile: string | undefined;

beforeAll(async () => {
  db = await openPglite(undefined, ['citext', 'pgcrypto']);
  // A fresh cluster, dumped before anything runs: the on-disk test starts from it like the bundle does.
  snapshot = join(mkdtempSync(join(tmpdir(), 'svcm-snap-')), 'pglite-initdb.tar.gz');
  writeFileSync(snapshot, await db.dumpDataDir!());
}, SLOW);
afterAll(async () => {
  await db?.close();
});

async function up(repo: Repo, extra: Partial<UpOptions> = {}) {
  const lines: string[] = [];
  const r = await runUp({ repo, env: 'development', db, out: (l) => lines.push(l), ...extra });
  return { ...r, lines };
}

describe('up on PGlite (in memory)', () => {
  it('applies the fixtures, then nothing on a second run', async () => {
    const repo = await loadRepo({ root: join(process.cwd(), 'fixtures') });
    const first = await up(repo, { noHooks: true });
    expect(first.failed).toBeUndefined();
    expect(first.applied.length).toBeGreaterThanOrEqual(7);
    expect(first.lines).toContain(first.lines.find((l) => /^1\/u create_users \(\d+\.\d{6}ms\)$/.test(l)));
    expect((await up(repo, { noHooks: true })).lines).toEqual(['no change']);
  });

  it('loads contrib extensions that migrations create', async () => {
    const repo = miniRepo([{ name: 'ext-svc', migrations: [{ id: '000001', name: 'ext', up: 'CREATE EXTENSION IF NOT EXISTS citext;\nCREATE EXTENSION IF NOT EXISTS pgcrypto;\nCREATE SCHEMA ext_svc;\nCREATE TABLE ext_svc.u (email citext PRIMARY KEY, token text DEFAULT encode(gen_random_bytes(8), \'hex\'));\nINSERT INTO ext_svc.u (email) VALUES (\'A@B.C\');\n' }] }]);
    const r = await up(repo);
    expect(r.failed).toBeUndefined();
    const found = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ext_svc.u WHERE email = 'a@b.c'`);
    expect(found.rows[0]!.n).toBe(1);
  });

  it('a failing migration leaves nothing and is logged; a non-transactional one is left dirty until force', async () => {
    const repo = miniRepo([{ name: 'f-svc', migrations: [
      { id: '000001', name: 'half', up: 'CREATE SCHEMA f_svc;\nCREATE TABLE f_svc.t (id int);\nSELECT 1/0;\n' },
    ] }]);
    const r = await up(repo);
    expect(r.failed?.error).toMatch(/division by zero/);
    expect((await db.query<{ t: string | null }>(`SELECT to_regclass('f_svc.t')::text AS t`)).rows[0]!.t).toBeNull();
    expect((await readAttempts(db, repo.services[0]!)).map((a) => a.success)).toEqual([false]);

    const nt = miniRepo([{ name: 'g-svc', migrations: [
      { id: '000001', name: 'idx', up: 'CREATE SCHEMA g_svc;\nCREATE TABLE g_svc.t (id int);\nCREATE INDEX CONCURRENTLY t_i ON g_svc.t (id);\nSELECT 1/0;\n' },
    ] }]);
    expect((await up(nt)).failed?.id).toBe('000001');
    expect((await readApplied(db, nt.services[0]!))[0]?.dirty).toBe(true);
    expect((await up(nt)).refused).toContain('svc-migrate force --service g-svc --version 000001 --clean');
    const status = await readStatus(nt, 'development', db);
    expect(status.services[0]!.migrations[0]!.state).toBe('dirty');
    expect(await forceVersion(db, nt.services[0]!, '000001', { environment: 'development' })).toBe('cleaned');
    expect((await up(nt)).lines).toEqual(['no change']);
  });

  it('backup_required on the embedded database writes a PGlite data-directory tarball', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svcm-bk-'));
    const repo = miniRepo([{ name: 'b-svc', environments: { development: { config: { backup_required: true } } }, migrations: [{ id: '000001', name: 'b', up: 'CREATE SCHEMA b_svc;\n' }] }]);
    const r = await up(repo, { backupDir: dir });
    expect(r.refused).toBeUndefined();
    expect(r.backup).toMatch(/pglite-.*\.tar\.gz$/);
    expect(readdirSync(dir)).toHaveLength(1);
    backupFile = r.backup;
  });
});

describe('up on PGlite (on disk, from a snapshot)', () => {
  it('keeps what it applied across runs', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'svcm-pgl-')), 'data');
    const repo = miniRepo([{ name: 'd-svc', migrations: [{ id: '000001', name: 'd', up: 'CREATE SCHEMA d_svc;\nCREATE TABLE d_svc.t (id int);\n' }] }]);
    process.env.SVC_MIGRATE_PGLITE_SNAPSHOT = snapshot;
    try {
      const first = await openDatabase(`pglite://${dir}`);
      const lines: string[] = [];
      await runUp({ repo, env: 'development', db: first, out: (l) => lines.push(l) });
      await first.close();
      expect(lines[0]).toMatch(/^1\/u d /);
      const second = await openDatabase(`pglite://${dir}`);
      try {
        expect((await readApplied(second, repo.services[0]!)).map((r) => r.version)).toEqual(['000001']);
      } finally {
        await second.close();
      }
    } finally {
      delete process.env.SVC_MIGRATE_PGLITE_SNAPSHOT;
    }
  }, SLOW);

  it('restores an embedded backup into an empty directory, and refuses a used one', async () => {
    expect(backupFile).toBeDefined();
    const dir = join(mkdtempSync(join(tmpdir(), 'svcm-restore-')), 'data');
    await restoreDatabase({ file: backupFile!, url: `pglite://${dir}` });
    await expect(restoreDatabase({ file: backupFile!, url: `pglite://${dir}` })).rejects.toThrow(/not empty/);
    await expect(restoreDatabase({ file: backupFile!, url: undefined })).rejects.toThrow(/in-memory/);
    const restored = await openDatabase(`pglite://${dir}`);
    try {
      // The backup was taken before b-svc's migration ran, after the fixtures and the extension test.
      expect((await restored.query<{ t: string | null }>(`SELECT to_regclass('ext_svc.u')::text AS t`)).rows[0]!.t).toBe('ext_svc.u');
      expect((await restored.query<{ n: string | null }>(`SELECT to_regnamespace('b_svc')::text AS n`)).rows[0]!.n).toBeNull();
    } finally {
      await restored.close();
    }
  }, SLOW);
});
