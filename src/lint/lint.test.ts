import type { Migration, ProjectConfig, Repo, Service } from '../repo/types.js';
import { lintRepo as lintRepoWith } from './lint.js';
import type { LintRepoOptions } from './lint.js';
import { rules as registry } from '../rules/index.js';

// The spec's rules only, so these tests do not move when more rules join the registry.
const SPEC_RULES = new Set([
  'unqualified-table', 'foreign-schema', 'drop-cascade', 'delete-without-where', 'update-without-where', 'destructive-operation',
  'index-not-concurrent', 'not-null-without-default', 'column-type-change', 'foreign-key-not-valid', 'affects-tables-mismatch',
]);
const specRules = registry.filter((r) => SPEC_RULES.has(r.id));
const lintRepo = (repo: Repo, env: string, options: LintRepoOptions) => lintRepoWith(repo, env, { rules: specRules, ...options });

const config: ProjectConfig = { pg_version: 15, max_dependency_depth: 4, slow_threshold_ms: 30000, rules: {}, environments: {}, services: ['services/*'] };

/** A repo held in memory: path -> file bytes. */
function memoryRepo(
  files: Record<string, string | Uint8Array>,
  opts: { environments?: Service['environments']; config?: Partial<ProjectConfig>; meta?: Record<string, Migration['meta']> } = {},
): { repo: Repo; readFile: (abs: string) => Promise<Uint8Array> } {
  const byService = new Map<string, Migration[]>();
  for (const rel of Object.keys(files)) {
    const m = /^services\/([^/]+)\/migrations\/([^/]+)\/(\d+)_(.+)\.(up|down)\.sql$/.exec(rel);
    if (!m) throw new Error(`bad test path ${rel}`);
    const [, service, folder, id, name, direction] = m as unknown as [string, string, string, string, string, 'up' | 'down'];
    const list = byService.get(service) ?? [];
    let mig = list.find((x) => x.id === id && x.folder === folder);
    if (!mig) {
      mig = { service, id, name, folder, meta: opts.meta?.[id] };
      list.push(mig);
    }
    mig[direction] = { file: rel, abs: `/mem/${rel}`, folder, id, name, direction };
    byService.set(service, list);
  }
  const services: Service[] = [...byService].map(([name, migrations]) => ({
    name, snake: name.replace(/-/g, '_'), dir: `services/${name}/migrations`, abs: `/mem/services/${name}/migrations`,
    layout: 'folders', migrations, environments: opts.environments,
  }));
  const repo: Repo = { root: '/mem', config: { ...config, ...opts.config }, services, findings: [] };
  const readFile = async (abs: string) => {
    const v = files[abs.replace(/^\/mem\//, '')];
    if (v === undefined) throw new Error(`ENOENT: ${abs}`);
    return typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
  };
  return { repo, readFile };
}

const P = 'services/user-service/migrations/common';

describe('lintRepo', () => {
  it('lints up and down files and returns per-file analysis', async () => {
    const { repo, readFile } = memoryRepo({
      [`${P}/000001_init.up.sql`]: 'CREATE TABLE user_service.users (id bigint);\nCREATE INDEX ON user_service.users (id);',
      [`${P}/000001_init.down.sql`]: 'DROP TABLE user_service.users CASCADE;',
      [`${P}/000002_idx.up.sql`]: 'CREATE INDEX CONCURRENTLY i ON user_service.users (id);',
      [`${P}/000002_idx.down.sql`]: '\n',
    });
    const r = await lintRepo(repo, 'development', { readFile });
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      `${P}/000001_init.down.sql:1:31 drop-cascade`,
      `${P}/000002_idx.down.sql:1:1 empty-migration`,
    ]);
    expect(r.files.get(`${P}/000001_init.up.sql`)).toEqual({
      file: `${P}/000001_init.up.sql`, service: 'user-service', migration: '000001', direction: 'up',
      tablesWritten: ['user_service.users'], nonTransactional: false, empty: false, syntaxError: false, namesSchema: true,
    });
    expect(r.files.get(`${P}/000002_idx.up.sql`)?.nonTransactional).toBe(true);
    expect(r.files.get(`${P}/000002_idx.down.sql`)).toMatchObject({ empty: true, syntaxError: false });
  });

  it('turns bad bytes into findings, not crashes', async () => {
    const { repo, readFile } = memoryRepo({
      [`${P}/000001_latin1.up.sql`]: Uint8Array.from([0x53, 0x45, 0x4c, 0x45, 0x43, 0x54, 0x20, 0x27, 0xe9, 0x27, 0x3b]),
      [`${P}/000002_nul.up.sql`]: Buffer.concat([Buffer.from('SELECT 1;\nSELECT é'), Buffer.from([0]), Buffer.from(';')]),
      [`${P}/000003_bad.up.sql`]: 'SELECT 1;\nCREATE TABLE user_service.t (é int,);',
    });
    const r = await lintRepo(repo, 'development', { readFile });
    expect(r.findings.map((f) => `${f.migration} ${f.rule} ${f.severity} ${f.line}:${f.column}`)).toEqual([
      '000001 sql-encoding error 1:9',
      '000002 sql-encoding error 2:9',
      '000003 sql-syntax error 2:36',
    ]);
    expect(r.files.get(`${P}/000001_latin1.up.sql`)?.syntaxError).toBe(true);
  });

  it('reports an unreadable file', async () => {
    const { repo } = memoryRepo({ [`${P}/000001_a.up.sql`]: 'SELECT 1;' });
    const r = await lintRepo(repo, 'development', { readFile: async () => { throw new Error('EACCES: permission denied'); } });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'sql-encoding', line: 1, message: expect.stringContaining('EACCES') });
  });

  it('makes destructive operations errors where an environment the migration runs in forbids them', async () => {
    const environments: Service['environments'] = {
      file: 'services/user-service/migrations/environments.json', positions: new Map(),
      value: { environments: { production: { config: { allow_destructive_operations: false } }, development: {} } },
    };
    const { repo, readFile } = memoryRepo({
      [`${P}/000001_drop.up.sql`]: 'DROP TABLE user_service.old;',
      ['services/user-service/migrations/development/000002_drop.up.sql']: 'DROP TABLE user_service.dev_only;',
    }, { environments });
    const r = await lintRepo(repo, 'development', { readFile });
    expect(r.findings.map((f) => f.rule)).toEqual(['destructive-operation', 'destructive-operation']);
    const bySeverity = Object.fromEntries(r.findings.map((f) => [f.migration, f.severity]));
    expect(bySeverity).toEqual({ '000001': 'error', '000002': 'warning' });
  });

  it('applies project and environment rule severities', async () => {
    const { repo, readFile } = memoryRepo({ [`${P}/000001_a.up.sql`]: 'DELETE FROM user_service.a;\nDROP TABLE user_service.b CASCADE;' }, {
      config: { rules: { 'drop-cascade': 'error', 'destructive-operation': 'off' }, environments: { production: { rules: { 'delete-without-where': 'off' } } } },
    });
    const dev = await lintRepo(repo, 'development', { readFile });
    expect(dev.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['delete-without-where:error', 'drop-cascade:error']);
    const prod = await lintRepo(repo, 'production', { readFile });
    expect(prod.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['drop-cascade:error']);
  });

  it('checks affects_tables against the SQL', async () => {
    const { repo, readFile } = memoryRepo(
      { [`${P}/000001_a.up.sql`]: 'CREATE TABLE user_service.a (id int);\nINSERT INTO user_service.b VALUES (1);' },
      { meta: { '000001': { affects_tables: ['user_service.a'] } } },
    );
    const r = await lintRepo(repo, 'development', { readFile });
    expect(r.findings.map((f) => `${f.rule}@${f.line}:${f.column}`)).toEqual(['affects-tables-mismatch@2:13']);
  });

  it('handles a 10 MB file in one piece', async () => {
    const row = "INSERT INTO user_service.big (id, note) VALUES (1, 'ünïcödé text to fill the file');\n";
    const text = row.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(row))) + 'DELETE FROM user_service.big;\n';
    const { repo, readFile } = memoryRepo({ [`${P}/000001_big.up.sql`]: text });
    const started = Date.now();
    const r = await lintRepo(repo, 'development', { readFile });
    const lines = text.split('\n').length - 1;
    expect(r.findings.filter((f) => f.rule === 'delete-without-where').map((f) => f.line)).toEqual([lines]);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

describe('lintRepo: unqualified-table in single-schema applications', () => {
  const unqualified = async (files: Record<string, string>) => {
    const { repo, readFile } = memoryRepo(files);
    const r = await lintRepo(repo, 'development', { readFile });
    return r.findings.filter((f) => f.rule === 'unqualified-table').map((f) => `${(f.file ?? '').split('/').pop()}@${f.line}:${f.column} ${f.message.slice(0, 60)}`);
  };

  it('folds a file\'s findings into one, with the count, when the service never names a schema', async () => {
    expect(await unqualified({
      'services/forum/migrations/common/000001_init.up.sql': 'CREATE TABLE posts (id int);\nCREATE TABLE public.users (id int);\nINSERT INTO posts SELECT id FROM users;\n',
      'services/forum/migrations/common/000001_init.down.sql': 'DROP TABLE posts;\n',
    })).toEqual([
      '000001_init.down.sql@1:12 A table is not schema-qualified in this file (posts). This s',
      '000001_init.up.sql@1:14 3 table names are not schema-qualified in this file (posts, ',
    ]);
  });

  it('keeps one finding per statement when any file of the service creates or names a schema', async () => {
    const files = {
      'services/forum/migrations/common/000001_init.up.sql': 'CREATE TABLE posts (id int);\nINSERT INTO posts VALUES (1);\n',
      'services/forum/migrations/common/000002_more.up.sql': 'CREATE TABLE forum.tags (id int);\n',
      // Another service's choice does not matter.
      'services/chat/migrations/common/000001_init.up.sql': 'CREATE TABLE rooms (id int);\nCREATE TABLE rooms2 (id int);\n',
    };
    expect(await unqualified(files)).toEqual([
      '000001_init.up.sql@1:14 2 table names are not schema-qualified in this file (rooms, ',
      '000001_init.up.sql@1:14 posts is not schema-qualified, so PostgreSQL looks it up thr',
      '000001_init.up.sql@2:13 posts is not schema-qualified, so PostgreSQL looks it up thr',
    ]);
    expect(await unqualified({ 'services/forum/migrations/common/000001_init.up.sql': 'CREATE SCHEMA forum;\nCREATE TABLE posts (id int);\n' }))
      .toEqual(['000001_init.up.sql@2:14 posts is not schema-qualified, so PostgreSQL looks it up thr']);
  });
});

describe('lintRepo: empty down files', () => {
  const empties = async (files: Record<string, string>) => {
    const { repo, readFile } = memoryRepo(files);
    const r = await lintRepo(repo, 'development', { readFile });
    return r.findings.filter((f) => f.rule === 'empty-migration').map((f) => `${(f.file ?? '').split('/').pop()} ${f.message.slice(0, 70)}`);
  };
  const D = 'services/auth/migrations/common';

  it('does not report a comment-only down file (it says why it does nothing)', async () => {
    expect(await empties({ [`${D}/000001_fix.up.sql`]: 'UPDATE auth.t SET a = 1 WHERE a = 0;', [`${D}/000001_fix.down.sql`]: '-- irreversible: the data fix cannot be undone\n' })).toEqual([]);
  });

  it('reports a blank down file, and folds a service\'s blank down files into one with the count', async () => {
    expect(await empties({ [`${D}/000001_fix.up.sql`]: 'UPDATE auth.t SET a = 1 WHERE a = 0;', [`${D}/000001_fix.down.sql`]: '' }))
      .toEqual(['000001_fix.down.sql This down file is blank: rolling the migration back reports success an']);
    const files: Record<string, string> = {};
    for (const id of ['000001', '000002', '000003', '000004', '000005', '000006']) {
      files[`${D}/${id}_m.up.sql`] = `CREATE TABLE auth.t${id} (id bigint PRIMARY KEY);`;
      files[`${D}/${id}_m.down.sql`] = id === '000003' ? `DROP TABLE auth.t${id};` : ' \n';
    }
    // An up file with no statement is still reported on its own.
    files[`${D}/000007_m.up.sql`] = '-- TODO\n';
    files[`${D}/000007_m.down.sql`] = '';
    expect(await empties(files)).toEqual([
      '000001_m.down.sql 6 down files of this service are blank (this one, 000002_m.down.sql, 0',
      '000007_m.up.sql This migration holds no SQL statement: applying it records a version t',
    ]);
  });
});
