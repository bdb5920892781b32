/**
 * Hostile names from the repository and the command line never reach SQL or a shell:
 * - service folders named like SQL or shell code are refused by discovery (`invalid-service-name`) and skipped:
 *   their migrations and hooks never run, no tracking table is made from their names;
 * - migration file names with metacharacters are `invalid-filename` findings, never migrations;
 * - an environment name from `--env` / `MIGRATION_ENV` must look like one (UsageError otherwise); through the
 *   API, where no such check stands in the way, it is stored verbatim through bind parameters.
 * Proof: a canary table survives, and no canary file appears.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src/apply/db/open.js';
import { runUp } from '../src/apply/run.js';
import { readApplied, readAttempts } from '../src/apply/tracking.js';
import { loadRepo } from '../src/repo/load.js';
import { canaryFile, canaryRows, plantCanaryTable, publicTables } from './helpers/canary.js';
import { cli } from './helpers/cli.js';
import { miniRepo, type MiniService } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const SQL_INJECTION = "x'; DROP TABLE canary; --";

/** A service whose migration and hook would each do damage, if they ever ran. */
function hostileService(name: string, canary: string): MiniService {
  return {
    name,
    environments: { development: { config: { skip_validation: true } } },
    migrations: [{ id: '000001', name: 'evil', up: 'DROP TABLE public.canary;\n', down: 'SELECT 1;\n' }],
    hooks: { 'pre_migrate.sh': `touch /tmp/${canary}-hook\n` },
  };
}

describeWithPostgres('injection through names', () => {
  it('hostile service folder names: refused by discovery, never used in SQL or a shell', async () => {
    const canary = canaryFile();
    const names = [
      SQL_INJECTION,
      `$(touch ${canary.name})`,
      `\`touch ${canary.name}\``,
      'with space',
      'semi;colon',
      'new\nline',
      'quo"te',
      "it's",
      'x_schema_migrations"; DROP TABLE canary; --',
    ];
    const repo = miniRepo([
      ...names.map((n) => hostileService(n, canary.name)),
      {
        name: 'ok-svc',
        environments: { development: { config: { skip_validation: true } } },
        migrations: [{ id: '000001', name: 'create_x', up: 'CREATE TABLE public.x (id int);\n' }],
      },
    ]);
    const loaded = await loadRepo({ root: repo.root });
    expect(loaded.services.map((s) => s.name)).toEqual(['ok-svc']);
    const refused = loaded.findings.filter((f) => f.rule === 'invalid-service-name');
    expect(refused.map((f) => f.service).sort()).toEqual([...names].sort());
    for (const f of refused) expect(f.severity).toBe('error');

    const v = await cli(['validate', '--root', repo.root, '--format', 'json']);
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout).findings.filter((f: { rule: string }) => f.rule === 'invalid-service-name')).toHaveLength(names.length);

    await withTempDatabase(async (url) => {
      await plantCanaryTable(url);
      const r = await cli(['up', '--root', repo.root, '--database-url', url]);
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^1\/u create_x /m);
      expect(await canaryRows(url)).toEqual([42]);
      expect(await publicTables(url)).toEqual(['canary', 'ok_svc_migration_performance', 'ok_svc_schema_migrations', 'x']);

      // Named on the command line: an unknown service, exit 2, nothing run.
      for (const n of names) {
        for (const cmd of [['up'], ['status'], ['force', '--version', '000001', '--clean'], ['rollback', '--steps', '1']]) {
          const bad = await cli([cmd[0]!, '--root', repo.root, '--database-url', url, '--service', n, ...cmd.slice(1)]);
          expect([bad.code, cmd[0]]).toEqual([2, cmd[0]]);
          expect(bad.stderr).toMatch(/Unknown service/);
          expect(bad.stdout + bad.stderr).not.toMatch(STACK);
        }
      }
      expect(await canaryRows(url)).toEqual([42]);
      expect(await publicTables(url)).toEqual(['canary', 'ok_svc_migration_performance', 'ok_svc_schema_migrations', 'x']);
    });
    expect(canary.created()).toEqual([]);
    expect(existsSync(`/tmp/${canary.name}-hook`)).toBe(false);
  });

  it('hostile migration file names: invalid-filename findings, never run; allowed punctuation stored verbatim', async () => {
    const canary = canaryFile();
    const repo = miniRepo([{
      name: 'ok-svc',
      environments: { development: { config: { skip_validation: true } } },
      migrations: [
        { id: '000001', name: 'create_x', up: 'CREATE TABLE public.x (id int);\n' },
        { id: '000002', name: 'v1.2-beta_x', up: 'ALTER TABLE public.x ADD COLUMN y int;\n', meta: { depends_on: ['000001'] } },
      ],
    }]);
    const dir = join(repo.root, 'services', 'ok-svc', 'migrations', 'common');
    const hostile = [
      `000003_${SQL_INJECTION}.up.sql`,
      `000004_$(touch ${canary.name}).up.sql`,
      `000005_\`touch ${canary.name}\`.up.sql`,
      '000006_a b.up.sql',
      '000007_semi;colon.up.sql',
      '000008_new\nline.up.sql',
      '000009_quo"te.up.sql',
    ];
    for (const f of hostile) writeFileSync(join(dir, f), 'DROP TABLE public.canary;\n');
    const loaded = await loadRepo({ root: repo.root });
    expect(loaded.services[0]!.migrations.map((m) => m.id)).toEqual(['000001', '000002']);
    const bad = loaded.findings.filter((f) => f.rule === 'invalid-filename');
    expect(bad).toHaveLength(hostile.length);

    await withTempDatabase(async (url) => {
      await plantCanaryTable(url);
      const r = await cli(['up', '--root', repo.root, '--database-url', url]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^2\/u v1\.2-beta_x /m);
      expect(await canaryRows(url)).toEqual([42]);
      const db = await openDatabase(url);
      try {
        expect((await readApplied(db, loaded.services[0]!)).map((row) => [row.version, row.name])).toEqual([
          ['000001', 'create_x'],
          ['000002', 'v1.2-beta_x'],
        ]);
      } finally {
        await db.close();
      }
    });
    expect(canary.created()).toEqual([]);
  });

  it('hostile environment names: a UsageError from --env and MIGRATION_ENV, before any connection', async () => {
    const repo = miniRepo([{ name: 'ok-svc', migrations: [{ id: '000001', name: 'create_x', up: 'CREATE TABLE public.x (id int);\n' }] }]);
    const canary = canaryFile();
    await withTempDatabase(async (url) => {
      await plantCanaryTable(url);
      for (const envName of [SQL_INJECTION, `$(touch ${canary.name})`, `\`touch ${canary.name}\``, 'prod uction', 'prod\nuction', '../etc']) {
        for (const cmd of ['up', 'status', 'plan', 'validate']) {
          // validate touches no database and takes no --database-url (spec section 2).
          const target = cmd === 'validate' ? [] : ['--database-url', url];
          const viaFlag = await cli([cmd, '--root', repo.root, ...target, '--env', envName]);
          expect([cmd, viaFlag.code]).toEqual([cmd, 2]);
          expect(viaFlag.stderr).toContain(`--env ${JSON.stringify(envName)} is not an environment name`);
          const viaVar = await cli([cmd, '--root', repo.root, ...target], { MIGRATION_ENV: envName });
          expect([cmd, viaVar.code]).toEqual([cmd, 2]);
          expect(viaVar.stderr).toContain(`MIGRATION_ENV ${JSON.stringify(envName)} is not an environment name`);
          expect(viaFlag.stderr + viaVar.stderr).not.toMatch(STACK);
        }
      }
      expect(await canaryRows(url)).toEqual([42]);
      expect(await publicTables(url)).toEqual(['canary']);
    });
    expect(canary.created()).toEqual([]);
  });

  it('through the API (no CLI check): the environment is a bind parameter, stored verbatim', async () => {
    const envName = `${SQL_INJECTION} $(touch x) \`id\` "q" \\ \n end`;
    const repo = miniRepo([{
      name: 'ok-svc',
      environments: { [envName]: { config: { skip_validation: true } } },
      migrations: [{ id: '000001', name: 'create_x', up: 'CREATE TABLE public.x (id int);\n', down: 'DROP TABLE public.x;\n' }],
    }]);
    await withTempDatabase(async (url) => {
      await plantCanaryTable(url);
      const db = await openDatabase(url);
      try {
        const r = await runUp({ repo, env: envName, db, out: () => undefined, noHooks: true });
        expect(r.failed).toBeUndefined();
        expect(r.applied.map((a) => a.id)).toEqual(['000001']);
        const service = repo.services[0]!;
        expect((await readApplied(db, service)).map((row) => row.environment)).toEqual([envName]);
        expect((await readAttempts(db, service)).map((a) => a.environment)).toEqual([envName]);
      } finally {
        await db.close();
      }
      expect(await canaryRows(url)).toEqual([42]);
    });
  });
});
