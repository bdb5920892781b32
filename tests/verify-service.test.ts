/**
 * `verify --service X` on the embedded database: only X and what X needs run, so a broken service elsewhere
 * cannot fail X; skipped migrations are counted as skipped; the text keeps the first cause of a failure, located;
 * progress is printed while it works.
 */
import { verifyRollbacks, verifySummary } from '../src/apply/verify.js';
import { loadRepo } from '../src/repo/load.js';
import { cli } from './helpers/cli.js';
import { miniRepo } from './helpers/mini-repo.js';

const SLOW = 120_000;

const repo = miniRepo([
  {
    name: 'a-svc',
    migrations: [
      { id: '000001', name: 'orders', up: 'CREATE SCHEMA a_svc;\nCREATE TABLE a_svc.orders (id int, user_id int);', down: 'DROP TABLE a_svc.orders;\nDROP SCHEMA a_svc;', meta: { depends_on: [], cross_service_dependencies: { 'b-svc': ['000001'] } } },
    ],
  },
  {
    name: 'b-svc',
    migrations: [
      { id: '000001', name: 'users', up: 'CREATE SCHEMA b_svc;\nCREATE TABLE b_svc.users (id int);', down: 'DROP TABLE b_svc.users;\nDROP SCHEMA b_svc;' },
      { id: '000002', name: 'broken', up: 'ALTER TABLE b_svc.nope ADD COLUMN x int;', down: 'SELECT 1;', meta: { depends_on: ['000001'] } },
    ],
  },
  {
    name: 'c-svc',
    migrations: [
      { id: '000001', name: 'broken', up: 'CREATE SCHEMA c_svc;\n-- café\nSELECT * FROM c_svc.missing;', down: 'DROP SCHEMA c_svc;' },
      { id: '000002', name: 'second', up: 'CREATE TABLE c_svc.t (id int);', down: 'DROP TABLE c_svc.t;', meta: { depends_on: ['000001'] } },
      { id: '000003', name: 'third', up: 'CREATE TABLE c_svc.u (id int);', down: 'DROP TABLE c_svc.u;', meta: { depends_on: ['000002'] } },
    ],
  },
]);

test(
  'verify --service a-svc runs a-svc and b-svc 000001 only, and passes though b-svc 000002 and c-svc are broken',
  async () => {
    const loaded = await loadRepo({ root: repo.root });
    const lines: string[] = [];
    const result = await verifyRollbacks({ repo: loaded, env: 'development', services: ['a-svc'], out: (l) => lines.push(l) });
    expect(result.outcomes.map((o) => [o.service, o.id, o.status])).toEqual([['a-svc', '000001', 'ok']]);
    expect(result.findings).toEqual([]);
    expect(lines[0]).toMatch(/^verify on embedded PostgreSQL \d+\.\d+ \(PGlite, in memory\)$/);
    expect(lines).toContain('[1/1] a-svc 000001 orders ...');
    expect(lines.some((l) => l.includes('b-svc 000002') || l.includes('c-svc'))).toBe(false);
  },
  SLOW,
);

test(
  'the CLI: skipped counted as skipped, the first cause kept and located, progress on stderr',
  async () => {
    const r = await cli(['verify', '--root', repo.root, '--service', 'c-svc']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('c-svc 000001 broken: up failed: relation "c_svc.missing" does not exist\n  in services/c-svc/migrations/common/000001_broken.up.sql:3:15\n');
    expect(r.stdout).toContain('c-svc 000002 second: skipped (not run: c-svc 000001 broken failed before it)');
    expect(r.stdout).toContain('1 of 3 migration(s) failed verification; 0 verified, 2 skipped\n');
    expect(r.stderr).toContain('[1/3] c-svc 000001 broken ...');

    const json = await cli(['verify', '--root', repo.root, '--service', 'c-svc', '--format', 'json']);
    const report = JSON.parse(json.stdout) as { summary: { errors: number }; findings: { rule: string; line?: number; column?: number }[] };
    expect(report.summary.errors).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'migration-failed', line: 3, column: 15 })]);
    expect(json.stderr).toContain('[1/3] c-svc 000001 broken ...');
  },
  SLOW,
);

test('verifySummary keeps failures, skips and missing downs apart', () => {
  const o = (status: 'ok' | 'mismatch' | 'skipped' | 'no-down') => ({ service: 's', id: '1', name: 'n', changes: 0, status });
  expect(verifySummary([o('ok'), o('ok')])).toBe('2 migration(s) verified');
  expect(verifySummary([o('ok'), o('mismatch'), o('skipped'), o('no-down')])).toBe('1 of 4 migration(s) failed verification; 1 verified, 1 skipped, 1 without a down file');
  expect(verifySummary([o('ok'), o('skipped')])).toBe('0 of 2 migration(s) failed verification; 1 verified, 1 skipped');
});
