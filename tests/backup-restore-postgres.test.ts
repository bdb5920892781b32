/**
 * Issue #12: `restore` of a damaged dump changes nothing (one transaction; a file that is no dump never reaches
 * the target) and says so; a backup exists only when complete, non-empty and readable, else `backup` fails and
 * `backup_required` stops `up` (a fake pg_dump on PATH that "succeeds" with an empty or unreadable file).
 */
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/apply/db/open.js';
import type { Database } from '../src/apply/db/types.js';
import { runUp } from '../src/apply/run.js';
import { readApplied } from '../src/apply/tracking.js';
import { cli, stderrProblems } from './helpers/cli.js';
import { miniRepo } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const rows = async (db: Database) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM big')).rows[0]?.n;

/** A directory holding a fake `pg_dump` that exits 0 after writing `content` to its -f file. */
function fakePgDump(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'svcm-fake-'));
  const script = join(dir, 'pg_dump');
  writeFileSync(script, `#!/bin/sh\nwhile [ "$#" -gt 0 ]; do if [ "$1" = "-f" ]; then shift; printf '%s' '${content}' > "$1"; fi; shift; done\nexit 0\n`);
  chmodSync(script, 0o755);
  return dir;
}

async function withPath<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = `${dir}:${saved ?? ''}`;
  try {
    return await fn();
  } finally {
    process.env.PATH = saved;
  }
}

describeWithPostgres('restore and backup', () => {
  it('a damaged dump: restore fails, the 100,000 rows stay, and it says the target was not changed', () =>
    withTempDatabase(async (url) => {
      const db = await openDatabase(url);
      try {
        await db.exec('CREATE TABLE big AS SELECT g AS id, md5(g::text) AS v FROM generate_series(1, 100000) g');
        const dir = mkdtempSync(join(tmpdir(), 'svcm-bk-'));
        const b = await cli(['backup', '--database-url', url, '--backup-dir', dir]);
        expect(b.code).toBe(0);
        const [name] = readdirSync(dir);
        expect(name).toMatch(/\.dump$/);
        const good = join(dir, name!);

        // Cut in half: the table of contents is readable, the data breaks off half-way.
        const truncated = join(dir, 'truncated.dump');
        copyFileSync(good, truncated);
        truncateSync(truncated, Math.floor(statSync(good).size / 2));
        const broken = await cli(['restore', '--root', 'fixtures', '--file', truncated, '--database-url', url]);
        expect(broken.code).toBe(1);
        expect(broken.stderr).toMatch(/^restore failed: pg_restore failed for .*pg_restore ran in one transaction, which was rolled back: the target database was not changed\.$/ms);
        expect(await rows(db)).toBe(100000);

        // Not a dump at all: refused before the target is touched.
        const garbage = join(dir, 'garbage.dump');
        writeFileSync(garbage, 'not a dump');
        const refused = await cli(['restore', '--root', 'fixtures', '--file', garbage, '--database-url', url]);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/is not a readable pg_dump archive .*the target database was not changed\./s);
        expect(await rows(db)).toBe(100000);

        // The good dump restores, in one transaction.
        await db.exec('DELETE FROM big WHERE id > 10');
        const ok = await cli(['restore', '--root', 'fixtures', '--file', good, '--database-url', url]);
        expect(stderrProblems(ok.stderr)).toEqual([]);
        expect(ok.code).toBe(0);
        expect(ok.stdout).toMatch(/^restored .* \(in one transaction\): the target database now holds the backup$/m);
        expect(await rows(db)).toBe(100000);
      } finally {
        await db.close();
      }
    }));

  it.each([
    ['an empty file', '', /pg_dump reported success but wrote an empty file/],
    ['a file that is no dump', 'garbage', /the dump pg_dump wrote is not readable \(pg_restore --list\)/],
  ])('pg_dump "succeeds" with %s: backup exits 1 and keeps nothing; backup_required stops up', (_what, content, message) =>
    withTempDatabase(async (url) => {
      const fake = fakePgDump(content);
      const dir = mkdtempSync(join(tmpdir(), 'svcm-bk-'));
      const repo = miniRepo([
        {
          name: 'b-svc',
          environments: { development: { config: { skip_validation: true, backup_required: true } } },
          migrations: [{ id: '000001', name: 'create_b', up: 'CREATE TABLE b_applied (id int);\n' }],
        },
      ]);
      await withPath(fake, async () => {
        const b = await cli(['backup', '--database-url', url, '--backup-dir', dir]);
        expect(b.code).toBe(1);
        expect(b.stderr).toMatch(message);
        expect(b.stderr).toMatch(/no backup file was kept/);
        expect(readdirSync(dir)).toEqual([]);

        const db = await openDatabase(url);
        try {
          const r = await runUp({ repo, env: 'development', db, out: () => undefined, databaseUrl: url, backupDir: dir });
          expect(r.refused).toMatch(/backup_required is set for development and the backup failed, so nothing was applied/);
          expect(r.refused).toMatch(message);
          expect(r.applied).toEqual([]);
          expect(await readApplied(db, repo.services[0]!)).toEqual([]);
          expect((await db.query<{ t: string | null }>(`SELECT to_regclass('b_applied')::text AS t`)).rows[0]!.t).toBeNull();
        } finally {
          await db.close();
        }
        expect(readdirSync(dir)).toEqual([]);
      });
    }),
  );
});
