/**
 * `check` (what the Action runs) end to end on the real server: validate, apply to a throwaway target, verify
 * rollbacks on another throwaway database — one report, one exit code.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCheck, type CheckReport } from '../src/apply/check.js';
import { cli } from './helpers/cli.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

describeWithPostgres('check --apply --verify-rollback', () => {
  test('fixtures/: applied, verified, no errors', () =>
    withTempDatabase(async (url) => {
      const lines: string[] = [];
      const { report, failed } = await runCheck({
        root: FIXTURES,
        env: 'development',
        failOn: 'error',
        apply: true,
        verifyRollback: true,
        databaseUrl: url,
        noHooks: true,
        processEnv: {},
        out: (l) => lines.push(l),
      });
      expect(failed).toBe(false);
      expect(report.summary.errors).toBe(0);
      expect(report.plan.steps.map((s) => `${s.service} ${s.id}`)).toEqual(
        report.applied?.migrations.map((m) => `${m.service} ${m.id}`),
      );
      expect(report.applied?.migrations).toHaveLength(8);
      const verify = report.verify as Exclude<CheckReport['verify'], { skipped: string } | undefined>;
      expect(verify.outcomes.map((o) => o.status)).toEqual(Array(8).fill('ok'));
      expect(lines).toContain('user-service 000002 add_user_profiles: ok');
    }));

  test('a broken down migration fails the check with a rollback-mismatch finding', () =>
    withTempDatabase(async (url) => {
      const root = mkdtempSync(path.join(tmpdir(), 'svcm-check-'));
      try {
        cpSync(FIXTURES, root, { recursive: true });
        writeFileSync(
          path.join(root, 'services/user-service/migrations/common/000002_add_user_profiles.down.sql'),
          'ALTER TABLE user_service.user_profiles DROP COLUMN bio;\n',
        );
        const run = await cli(['check', '--root', root, '--verify-rollback', '--database-url', url, '--format', 'json']);
        expect(run.code).toBe(1);
        const report = JSON.parse(run.stdout) as CheckReport;
        const mismatch = report.findings.filter((f) => f.rule === 'rollback-mismatch');
        expect(mismatch[0]).toMatchObject({
          severity: 'error',
          file: 'services/user-service/migrations/common/000002_add_user_profiles.down.sql',
          line: 1,
          service: 'user-service',
          migration: '000002',
        });
        expect(mismatch[0]?.message).toContain('+ table user_service.user_profiles');
        expect(report.summary.errors).toBeGreaterThanOrEqual(1);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }));
});
