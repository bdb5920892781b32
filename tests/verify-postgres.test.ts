/**
 * verify against the real server: the example repository passes in every environment (the production one
 * exercises CREATE INDEX CONCURRENTLY outside a transaction), a down migration that forgets its index is caught
 * with a readable diff at the down file, and the temporary database is dropped afterwards.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { verifyRollbacks } from '../src/apply/verify.js';
import { loadRepo } from '../src/repo/load.js';
import { cli } from './helpers/cli.js';
import { ADMIN_URL, describeWithPostgres } from './helpers/pg.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

async function databaseExists(name: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await c.end();
  }
}

describeWithPostgres('verify on PostgreSQL', () => {
  test.each(['development', 'staging', 'production'])('fixtures/ pass in %s', async (env) => {
    const repo = await loadRepo({ root: FIXTURES });
    const result = await verifyRollbacks({ repo, env, databaseUrl: ADMIN_URL });
    expect(result.findings).toEqual([]);
    expect(result.outcomes.length).toBeGreaterThanOrEqual(7);
    expect(result.outcomes.every((o) => o.status === 'ok')).toBe(true);
    // Every checked migration changed the schema or its data; none is a no-op up.
    expect(result.outcomes.find((o) => o.service === 'user-service' && o.id === '000001')?.changes).toBeGreaterThan(0);
    const name = new URL(result.database).pathname.slice(1);
    expect(name).toMatch(/^svcm_verify_\d+_[0-9a-f]{12}$/);
    expect(await databaseExists(name)).toBe(false);
  });

  describe('a down migration that forgets to drop an index', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(path.join(tmpdir(), 'svcm-verify-'));
      cpSync(FIXTURES, root, { recursive: true });
      writeFileSync(
        path.join(root, 'services/user-service/migrations/production/000005_production_indexes.down.sql'),
        '-- forgot: DROP INDEX CONCURRENTLY user_service.idx_users_created_at;\nSELECT 1;\n',
      );
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    test('is a rollback-mismatch at the down file, with the diff', async () => {
      const repo = await loadRepo({ root });
      const result = await verifyRollbacks({ repo, env: 'production', databaseUrl: ADMIN_URL });
      expect(result.findings).toEqual([
        {
          rule: 'rollback-mismatch',
          severity: 'error',
          message: expect.stringContaining(
            '+ index user_service.idx_users_created_at: CREATE INDEX idx_users_created_at ON user_service.users USING btree (created_at)',
          ) as unknown as string,
          file: 'services/user-service/migrations/production/000005_production_indexes.down.sql',
          line: 1,
          column: 1,
          service: 'user-service',
          migration: '000005',
        },
      ]);
      const bad = result.outcomes.filter((o) => o.status !== 'ok');
      expect(bad.map((o) => [o.service, o.id, o.status])).toEqual([['user-service', '000005', 'mismatch']]);
      expect(bad[0]?.diff).toEqual([
        '+ index user_service.idx_users_created_at: CREATE INDEX idx_users_created_at ON user_service.users USING btree (created_at)',
      ]);
    });

    test('the CLI prints ok per migration and the diff, and exits 1', async () => {
      const run = await cli(['verify', '--root', root, '--env', 'production', '--database-url', ADMIN_URL]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('user-service 000001 create_users: ok\n');
      expect(run.stdout).toContain(
        'user-service 000005 production_indexes: schema after down differs from before up\n  + index user_service.idx_users_created_at: CREATE INDEX',
      );
      expect(run.stdout).toContain('1 of 8 migration(s) failed verification');
    });
  });

  test.each([
    {
      name: 'a down migration that fails',
      downs: { '000003_add_flag_lookup_function': 'DROP FUNCTION dynamic_service.no_such_function();\n' },
      outcomes: [['000001', 'ok'], ['000002', 'ok'], ['000003', 'down-failed']],
      messages: ['the down migration failed right after the up'],
    },
    {
      name: 'an up migration that cannot run again after its down',
      downs: { '000002_add_rollout_percentage': 'SELECT 1;\n' },
      // 000002's up fails the second time ("column already exists"): what follows is not checked.
      outcomes: [['000001', 'ok'], ['000002', 'mismatch'], ['000003', 'skipped']],
      messages: ['the schema after the down migration differs', 'the up migration failed when applied again after its down'],
    },
  ])('$name is reported', async ({ downs, outcomes, messages }) => {
    const root = mkdtempSync(path.join(tmpdir(), 'svcm-verify-'));
    try {
      cpSync(FIXTURES, root, { recursive: true });
      const dir = path.join(root, 'services/dynamic-service/migrations/common');
      for (const [base, text] of Object.entries(downs)) writeFileSync(path.join(dir, `${base}.down.sql`), text);
      const repo = await loadRepo({ root, services: ['dynamic-service'] });
      const result = await verifyRollbacks({ repo, env: 'development', databaseUrl: ADMIN_URL });
      expect(result.outcomes.map((o) => [o.id, o.status])).toEqual(outcomes);
      expect(result.findings.map((f) => f.rule)).toEqual(messages.map(() => 'rollback-mismatch'));
      messages.forEach((m, i) => expect(result.findings[i]?.message).toContain(m));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a killed verify leaves its database behind: the next verify removes it, not a live or a fresh one', async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    const hour = 3600;
    const nowS = Math.floor(Date.now() / 1000);
    const suffix = () => Math.random().toString(16).slice(2, 14).padEnd(12, '0');
    const stale = `svcm_verify_${nowS - 24 * hour}_${suffix()}`;
    const live = `svcm_verify_${nowS - 24 * hour}_${suffix()}`;
    const fresh = `svcm_verify_${nowS}_${suffix()}`;
    for (const name of [stale, live, fresh]) await admin.query(`CREATE DATABASE ${name}`);
    const inUse = new pg.Client({ connectionString: ADMIN_URL.replace(/\/postgres$/, `/${live}`) });
    await inUse.connect();
    try {
      const repo = await loadRepo({ root: FIXTURES });
      const result = await verifyRollbacks({ repo, env: 'development', databaseUrl: ADMIN_URL });
      expect(result.findings).toEqual([]);
      expect(await databaseExists(stale)).toBe(false);
      expect(await databaseExists(live)).toBe(true);
      expect(await databaseExists(fresh)).toBe(true);
    } finally {
      await inUse.end();
      for (const name of [stale, live, fresh]) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
