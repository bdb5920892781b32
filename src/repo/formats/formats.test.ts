import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadRepo } from '../load.js';
import { readMigrationSql } from '../read.js';
import { deployedIds, parsePlan } from './sqitch.js';
import { orderService } from '../../graph/order.js';
import { checkGraph } from '../../graph/check.js';
import type { Repo } from '../types.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'svcm-formats-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
}

async function load(): Promise<Repo> {
  return loadRepo({ root });
}

const M = 'services/svc/migrations';

describe('formats of spec section 1a, read in place', () => {
  it('golang-migrate: optional titles, spaces, numeric order, no orphan finding without dependencies.json', async () => {
    write({
      [`${M}/10_later one.up.sql`]: 'CREATE TABLE svc.b (id int);',
      [`${M}/10_later one.down.sql`]: 'DROP TABLE svc.b;',
      [`${M}/9.up.sql`]: 'CREATE TABLE svc.a (id int);',
      [`${M}/9.down.sql`]: 'DROP TABLE svc.a;',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(s.format).toBe('golang-migrate');
    expect(repo.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(orderService(s, 'development').map((m) => [m.id, m.name])).toEqual([['9', ''], ['10', 'later one']]);
    expect(checkGraph(repo, 'development').map((f) => f.rule)).not.toContain('orphan-migration');
  });

  it('golang-migrate: colliding numeric prefixes with unique names make the name the id, in name order', async () => {
    write({
      [`${M}/0001_b_second.up.sql`]: 'SELECT 2;',
      [`${M}/0001_a_first.up.sql`]: 'SELECT 1;',
      [`${M}/0002_c_underscore_up.sql`]: 'SELECT 3;',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(repo.findings.filter((f) => f.rule === 'duplicate-version')).toEqual([]);
    expect(orderService(s, 'development').map((m) => m.id)).toEqual(['0001_a_first', '0001_b_second', '0002_c_underscore']);
  });

  it('golang-migrate with gobuffalo/pop dialects: PostgreSQL and all-database files are read, the others skipped', async () => {
    write({
      [`${M}/20190100000001000000_identities.postgres.up.sql`]: 'SELECT 1;',
      [`${M}/20190100000001000000_identities.postgres.down.sql`]: 'SELECT 1;',
      [`${M}/20190100000001000000_identities.mysql.up.sql`]: 'SELECT 1;',
      [`${M}/20190100000001000000_identities.cockroach.up.sql`]: 'SELECT 1;',
      [`${M}/20190100000002000000_x.all.up.sql`]: 'SELECT 1;',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(s.migrations.map((m) => [m.id, m.name, Boolean(m.down)])).toEqual([
      ['20190100000001000000', 'identities', true],
      ['20190100000002000000', 'x', false],
    ]);
    expect(repo.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('dbmate: one file, two directions, transaction:false, file-name order', async () => {
    write({
      [`${M}/20240102_b.sql`]: '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON svc.a (id);\n\n-- migrate:down\nDROP INDEX svc.i;\n',
      [`${M}/20240101_a.sql`]: '-- migrate:up\nCREATE TABLE svc.a (id int);\n-- migrate:down\nDROP TABLE svc.a;\n',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(s.format).toBe('dbmate');
    const [a, b] = orderService(s, 'development');
    expect([a!.id, b!.id]).toEqual(['20240101', '20240102']);
    expect(b!.up!.noTransaction).toBe(true);
    expect(b!.down!.noTransaction).toBeUndefined();
    const up = await readMigrationSql(a!.up!);
    const down = await readMigrationSql(a!.down!);
    expect(up).toContain('CREATE TABLE svc.a');
    expect(up).not.toContain('DROP');
    expect(down).toContain('DROP TABLE svc.a');
    expect(down).not.toContain('CREATE');
    // Positions stay those of the file: the DROP is on line 4 in both.
    expect(down.split('\n')[3]).toBe('DROP TABLE svc.a;');
  });

  it('goose: Up/Down, StatementBegin/End, NO TRANSACTION, no down section means no down file', async () => {
    write({
      [`${M}/00001_fn.sql`]:
        '-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION svc.f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n-- +goose StatementEnd\n-- +goose Down\nDROP FUNCTION svc.f();\n',
      [`${M}/00002_idx.sql`]: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON svc.t (id);\n',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(s.format).toBe('goose');
    const [fn, idx] = orderService(s, 'development');
    expect(fn!.down).toBeDefined();
    expect(idx!.up!.noTransaction).toBe(true);
    expect(idx!.down).toBeUndefined();
    expect(repo.findings.map((f) => f.rule)).toContain('missing-down');
  });

  it('Flyway: versions ordered part by part, undo files, repeatables last, no missing-down', async () => {
    write({
      [`${M}/V1_10__ten.sql`]: 'SELECT 10;',
      [`${M}/V1_9__nine.sql`]: 'SELECT 9;',
      [`${M}/U1_9__nine.sql`]: 'SELECT -9;',
      [`${M}/sub/V2__two.sql`]: 'SELECT 2;',
      [`${M}/R__views.sql`]: 'SELECT 0;',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(s.format).toBe('flyway');
    expect(orderService(s, 'development').map((m) => m.id)).toEqual(['1.9', '1.10', '2', 'R__views']);
    expect(s.migrations.find((m) => m.id === '1.9')!.down).toBeDefined();
    expect(repo.findings.map((f) => f.rule)).not.toContain('missing-down');
  });

  it('sqitch: plan order, [deps] as depends_on, project:change as a cross-service dependency, verify scripts', async () => {
    write({
      'services/core/migrations/sqitch.plan': '%syntax-version=1.0.0\n%project=corepj\n\nschema 2024-01-01T00:00:00Z A <a@x> # the schema\n',
      'services/core/migrations/deploy/schema.sql': 'CREATE SCHEMA core;',
      'services/core/migrations/revert/schema.sql': 'DROP SCHEMA core;',
      [`${M}/sqitch.plan`]:
        '%syntax-version=1.0.0\n%project=svc\n\nzeta 2024-01-01T00:00:00Z A <a@x>\nalpha [zeta corepj:schema] 2024-01-02T00:00:00Z A <a@x>\n@v1 2024-01-03T00:00:00Z A <a@x>\n',
      [`${M}/deploy/zeta.sql`]: 'CREATE TABLE svc.z (id int);',
      [`${M}/revert/zeta.sql`]: 'DROP TABLE svc.z;',
      [`${M}/verify/zeta.sql`]: 'SELECT id FROM svc.z WHERE false;',
      [`${M}/deploy/alpha.sql`]: 'CREATE TABLE svc.a (id int);',
      [`${M}/revert/alpha.sql`]: 'DROP TABLE svc.a;',
    });
    const repo = await load();
    const s = repo.services.find((x) => x.name === 'svc')!;
    expect(s.format).toBe('sqitch');
    expect(orderService(s, 'development').map((m) => m.id)).toEqual(['zeta', 'alpha']);
    const alpha = s.migrations.find((m) => m.id === 'alpha')!;
    expect(alpha.meta?.depends_on).toEqual(['zeta']);
    expect(alpha.meta?.cross_service_dependencies).toEqual({ core: ['schema'] });
    expect(s.migrations.find((m) => m.id === 'zeta')!.verify?.file).toBe(`${M}/verify/zeta.sql`);
    expect(checkGraph(repo, 'development').filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('sqitch: a reworked change is two migrations, the earlier one named by the tag after it', async () => {
    write({
      [`${M}/sqitch.plan`]:
        '%project=svc\n\nf 2024-01-01T00:00:00Z A <a@x>\n@v1 2024-01-02T00:00:00Z A <a@x>\ng [f] 2024-01-03T00:00:00Z A <a@x>\nf [f@v1] 2024-01-04T00:00:00Z A <a@x>\n',
      [`${M}/deploy/f@v1.sql`]: 'CREATE FUNCTION svc.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;',
      [`${M}/deploy/g.sql`]: 'SELECT 1;',
      [`${M}/deploy/f.sql`]: 'CREATE OR REPLACE FUNCTION svc.f() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(orderService(s, 'development').map((m) => [m.id, m.meta?.depends_on])).toEqual([
      ['f@v1', []],
      ['g', ['f@v1']],
      ['f', ['f@v1']],
    ]);
    expect(repo.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const plan = parsePlan(readFileSync(path.join(root, M, 'sqitch.plan'), 'utf8'));
    // sqitch.changes names f once per deployed version.
    expect(deployedIds(plan, ['f', 'g'])).toEqual(['f@v1', 'g']);
    expect(deployedIds(plan, ['f', 'g', 'f', 'gone'])).toEqual(['f@v1', 'g', 'f', 'gone']);
  });

  it('diesel: a folder per migration, versions without dashes, string order', async () => {
    write({
      [`${M}/2017-01-01-000000_create_users/up.sql`]: 'CREATE TABLE svc.users (id int);',
      [`${M}/2017-01-01-000000_create_users/down.sql`]: 'DROP TABLE svc.users;',
      [`${M}/20170101000001000000_Add email notifications/up.sql`]: 'SELECT 1;',
      [`${M}/20170101000001000000_Add email notifications/down.sql`]: 'SELECT 1;',
      [`${M}/20170102000000_later/up.sql`]: 'SELECT 1;',
      [`${M}/20170102000000_later/down.sql`]: 'SELECT 1;',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(s.format).toBe('diesel');
    // diesel sorts versions as strings: the 18-digit one between the two 14-digit ones.
    expect(orderService(s, 'development').map((m) => m.id)).toEqual(['20170101000000', '20170101000001000000', '20170102000000']);
    expect(repo.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('prisma: folder names as ids, name order, up only', async () => {
    write({
      [`${M}/20250625_short/migration.sql`]: 'SELECT 2;',
      [`${M}/20250624123456_long/migration.sql`]: 'SELECT 1;',
      [`${M}/migration_lock.toml`]: 'provider = "postgresql"\n',
    });
    const repo = await load();
    const s = repo.services[0]!;
    expect(s.format).toBe('prisma');
    expect(orderService(s, 'development').map((m) => m.id)).toEqual(['20250624123456_long', '20250625_short']);
    expect(repo.findings).toEqual([]);
  });

  it('a format in svc-migrate.json overrides the detection', async () => {
    write({
      'svc-migrate.json': JSON.stringify({ formats: { 'services/s*': 'goose' } }),
      [`${M}/1_a.sql`]: '-- +goose Up\nSELECT 1;\n',
    });
    const repo = await load();
    expect(repo.services[0]!.format).toBe('goose');
    expect(repo.findings.filter((f) => f.rule.startsWith('config'))).toEqual([]);
  });
});
