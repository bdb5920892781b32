import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../../../tests/helpers/cli.js';
import { describeWithPostgres, withTempDatabase } from '../../../tests/helpers/pg.js';
import { openDatabase } from '../../apply/db/open.js';
import { runUp } from '../../apply/run.js';
import { loadRepo } from '../../repo/load.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

describe('svc-migrate plan', () => {
  test('text: one line per step, grouped by level', async () => {
    const run = await cli(['plan', '--root', FIXTURES, '--env', 'staging']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('level 0: dynamic-service, user-service\n');
    expect(run.stdout).toContain('  user-service 000004 staging_test_accounts (staging)\n');
    expect(run.stdout).toContain('level 1: notification-service\n');
    expect(run.stdout).not.toContain('dev_seed_data');
  });

  test('json prints the plan object with its preflight: production holds user-service back until --approve', async () => {
    const run = await cli(['plan', '--root', FIXTURES, '--env', 'production', '--format', 'json']);
    // Approval is given at deploy time: a plan made beforehand does not fail for it.
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as {
      environment: string;
      levels: string[][];
      steps: { id: string; service: string }[];
      refusals: { service: string; rule: string }[];
      heldBack: { service: string; reason: string }[];
    };
    expect(plan.environment).toBe('production');
    expect(plan.refusals.map((r) => [r.service, r.rule])).toEqual([['user-service', 'approval-required']]);
    expect(plan.heldBack).toEqual([
      { service: 'notification-service', reason: 'needs user-service 000001, and user-service is held back' },
      { service: 'user-service', reason: 'refused (approval-required)' },
    ]);
    expect(plan.levels).toEqual([['dynamic-service']]);
    expect(plan.steps.filter((s) => s.service === 'user-service')).toEqual([]);
    // The deploy matrix still lists the services that wait for approval: their jobs run `up --approve`.
    const matrix = await cli(['plan', '--root', FIXTURES, '--env', 'production', '--format', 'matrix']);
    expect(matrix.stdout).toBe(
      '{"include":[{"service":"dynamic-service","level":0},{"service":"user-service","level":0},{"service":"notification-service","level":1}]}\n',
    );
  });

  test('up --dry-run prints the very plan object of plan, text and json', async () => {
    for (const format of ['text', 'json']) {
      const plan = await cli(['plan', '--root', FIXTURES, '--env', 'production', '--format', format]);
      const dry = await cli(['up', '--dry-run', '--root', FIXTURES, '--env', 'production', '--format', format]);
      expect(dry.stdout).toBe(plan.stdout);
      expect(dry.code).toBe(1);
    }
  });

  test('matrix: one line of JSON for fromJSON, optionally one level', async () => {
    const all = await cli(['plan', '--root', FIXTURES, '--format', 'matrix']);
    expect(all.stdout).toBe(
      '{"include":[{"service":"dynamic-service","level":0},{"service":"user-service","level":0},{"service":"notification-service","level":1}]}\n',
    );
    const one = await cli(['plan', '--root', FIXTURES, '--format', 'matrix', '--level', '1']);
    expect(one.stdout).toBe('{"include":[{"service":"notification-service","level":1}]}\n');
  });

  test('a blocked step exits 1 and says why', async () => {
    const run = await cli(['plan', '--root', FIXTURES, '--service', 'notification-service']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('notification-service 000001: needs user-service 000001, which is not applied and user-service is not part of this run');
  });

  test('bad flags are usage errors', async () => {
    expect((await cli(['plan', '--root', FIXTURES, '--format', 'matrix', '--level', 'x'])).code).toBe(2);
    expect((await cli(['plan', '--root', FIXTURES, '--format', 'sarif'])).code).toBe(2);
  });
});

describeWithPostgres('svc-migrate plan --database-url', () => {
  test('reads the applied state: applied steps drop out, a satisfied prerequisite lowers the level', () =>
    withTempDatabase(async (url) => {
      const repo = await loadRepo({ root: FIXTURES });
      const db = await openDatabase(url);
      try {
        const r = await runUp({ repo, env: 'development', db, services: ['user-service'], target: '000001', noHooks: true, out: () => undefined });
        expect(r.applied.map((a) => a.id)).toEqual(['000001']);
      } finally {
        await db.close();
      }
      const run = await cli(['plan', '--root', FIXTURES, '--database-url', url, '--format', 'json']);
      const plan = JSON.parse(run.stdout) as { levels: string[][]; steps: { id: string; service: string }[] };
      expect(plan.steps.filter((s) => s.service === 'user-service').map((s) => s.id)).toEqual(['000002', '000003']);
      expect(plan.levels).toEqual([['dynamic-service', 'notification-service', 'user-service']]);
    }));
});
