/**
 * The embedded database is said to be one (spec section 4): commands that open it name it, and the commands that
 * are meaningless on a database vanishing with the process refuse the in-memory default with exit 2.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { miniRepo } from './helpers/mini-repo.js';

const SLOW = 120_000;

const repo = miniRepo([{ name: 'a-svc', migrations: [{ id: '000001', name: 'init', up: 'CREATE SCHEMA IF NOT EXISTS a_svc;\nCREATE TABLE a_svc.t (id int);', down: 'DROP TABLE a_svc.t;' }] }]);
const root = ['--root', repo.root];

describe('on the in-memory default', () => {
  test.each([
    ['status', []],
    ['force', ['--service', 'a-svc', '--version', '000001', '--clean']],
    ['rollback', ['--service', 'a-svc', '--steps', '1']],
    ['backup', []],
    ['restore', ['--file', 'x.tar.gz']],
  ])('%s is a usage error pointing to pglite:///dir or --database-url', async (command, args) => {
    for (const env of [{}, { DATABASE_URL: 'pglite://memory' }]) {
      const r = await cli([command, ...root, ...args], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${command} needs a database that outlives this command`);
      expect(r.stderr).toContain('--database-url pglite:///abs/dir');
      expect(r.stdout).toBe('');
    }
  });

  test(
    'up says it runs on an embedded PostgreSQL in memory that is discarded',
    async () => {
      const r = await cli(['up', ...root]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^database: embedded PostgreSQL \d+\.\d+ \(PGlite, in memory\); it is discarded when this command ends/m);
      expect(r.stdout).toMatch(/1\/u init/);
    },
    SLOW,
  );
});

test(
  'on a pglite:// folder, up and status name the folder and status sees what up applied',
  async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'svcm-embedded-')), 'db');
    const url = `pglite://${dir}`;
    const up = await cli(['up', ...root, '--database-url', url]);
    expect(up.code).toBe(0);
    expect(up.stderr).toContain(`database: embedded PostgreSQL`);
    expect(up.stderr).toContain(`(PGlite, pglite://${dir})`);
    expect(up.stderr).not.toContain('discarded');
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    const st = await cli(['status', ...root, '--database-url', url]);
    expect(st.code).toBe(0);
    expect(st.stderr).toContain(`(PGlite, pglite://${dir})`);
    expect(st.stdout).toMatch(/000001/);
    // Nothing pending: the migration up applied is there (the totals line counts 0 pending).
    expect(st.stdout).toMatch(/1 applied, 0 pending/);
    expect(st.stdout).not.toMatch(/^\d+ +\S+ +pending/m);
  },
  SLOW,
);

test(
  'a failing migration is reported at file:line:column with DETAIL, in text and as a counted JSON finding',
  async () => {
    const bad = miniRepo([
      {
        name: 'f-svc',
        environments: { development: { config: { skip_validation: true } } },
        migrations: [
          {
            id: '000001',
            name: 'dupes',
            up: "CREATE SCHEMA f_svc;\nCREATE TABLE f_svc.jobs (status text);\nINSERT INTO f_svc.jobs VALUES ('pending'), ('pending');\nALTER TABLE f_svc.jobs ADD CONSTRAINT jobs_status UNIQUE (status);\n",
          },
        ],
      },
    ]);
    const file = 'services/f-svc/migrations/common/000001_dupes.up.sql';
    const text = await cli(['up', '--root', bad.root]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/error: f-svc 000001 failed: could not create unique index "jobs_status"/);
    expect(text.stderr).toContain(`  in ${file}`);
    expect(text.stderr).toContain('  DETAIL: Key (status)=(pending) is duplicated.');

    const json = await cli(['up', '--root', bad.root, '--format', 'json']);
    const report = JSON.parse(json.stdout) as { summary: { errors: number }; findings: { rule: string; file?: string }[]; failed: { file: string; detail: string } };
    expect(report.failed).toMatchObject({ file, detail: 'Key (status)=(pending) is duplicated.' });
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'migration-failed', file }));
    expect(report.summary.errors).toBe(1);

    // The position PostgreSQL gives becomes line 3, column 10 of the file.
    const typo = miniRepo([{ name: 'g-svc', environments: { development: { config: { skip_validation: true } } }, migrations: [{ id: '000001', name: 'typo', up: 'SELECT 1;\n-- é\n  SELECT nope FROM pg_class;\n' }] }]);
    const located = await cli(['up', '--root', typo.root]);
    expect(located.stderr).toContain('  in services/g-svc/migrations/common/000001_typo.up.sql:3:10');
  },
  SLOW,
);

test(
  'a failing down migration in rollback is a located migration-failed finding',
  async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'svcm-embedded-')), 'db');
    const r = miniRepo([
      { name: 'r-svc', migrations: [{ id: '000001', name: 'init', up: 'CREATE SCHEMA r_svc;\nCREATE TABLE r_svc.t (id int);', down: 'DROP TABLE r_svc.t;\n  SELECT * FROM r_svc.nope;' }] },
    ]);
    const url = `pglite://${dir}`;
    expect((await cli(['up', '--root', r.root, '--database-url', url])).code).toBe(0);
    const rb = await cli(['rollback', '--root', r.root, '--database-url', url, '--service', 'r-svc', '--steps', '1', '--format', 'json']);
    expect(rb.code).toBe(1);
    const report = JSON.parse(rb.stdout) as { findings: { rule: string; file?: string; line?: number; column?: number }[] };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'migration-failed', file: 'services/r-svc/migrations/common/000001_init.down.sql', line: 2, column: 17 }),
    );
  },
  SLOW,
);
