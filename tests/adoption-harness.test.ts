/**
 * Issue #16's acceptance on a real history: harness's golang-migrate folder, copied as it is into one service.
 * validate finds no layout error; deps --write leaves no orphan-migration, missing-dependency or
 * affects-tables-mismatch; up on the real server gives the schema that harness's own order gives with psql.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cli } from './helpers/cli.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

const CORPUS = path.resolve('../shared/corpus/harness-postgres');
const LAYOUT_RULES = ['invalid-filename', 'duplicate-version', 'unknown-folder', 'unreadable-path', 'invalid-service-name', 'config-schema', 'config-invalid-json'];

interface Report {
  findings: { rule: string; severity: string; file?: string }[];
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'svcm-harness-'));
  mkdirSync(path.join(root, 'services/harness'), { recursive: true });
  cpSync(CORPUS, path.join(root, 'services/harness/migrations'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function validate(): Promise<Report> {
  const r = await cli(['validate', '--root', root, '--format', 'json', '--no-cache']);
  return JSON.parse(r.stdout) as Report;
}

/** harness's own tool keeps its versions in `migrations`; its first file adds a primary key to that table. */
const HARNESS_TABLE = 'CREATE TABLE public.migrations (version text NOT NULL);';

function dump(url: string): string {
  return execFileSync('pg_dump', ['--schema-only', '--no-owner', '--no-privileges', '-T', 'public.harness_schema_migrations', '-T', 'public.harness_migration_performance*', url], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\n')
    // pg_dump 15.x writes a random \restrict key on its first and last lines.
    .filter((l) => !/^\\(un)?restrict /.test(l))
    .join('\n');
}

async function exec(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

describe('harness-postgres laid out as it is', () => {
  it('reads as one golang-migrate service with no layout error', async () => {
    const report = await validate();
    expect(report.findings.filter((f) => LAYOUT_RULES.includes(f.rule))).toEqual([]);
  });

  it('deps --write leaves no orphan-migration, missing-dependency or affects-tables-mismatch', async () => {
    const r = await cli(['deps', '--root', root, '--write']);
    expect(r.stderr).toContain('added 209 entries');
    const report = await validate();
    const rules = report.findings.map((f) => f.rule);
    expect(rules.filter((x) => ['orphan-migration', 'missing-dependency', 'affects-tables-mismatch', 'missing-migration-file', 'dependency-cycle'].includes(x))).toEqual([]);
    // A second run adds nothing: existing entries are kept as written.
    const again = await cli(['deps', '--root', root, '--write']);
    expect(again.stderr).not.toContain('added');
  });
});

describeWithPostgres('harness-postgres on the real server', () => {
  it('up gives the same schema as psql applying the up files in name order', async () => {
    // harness applies its files in file-name order, one transaction each.
    const ups = readdirSync(CORPUS).filter((f) => /[._]up\.sql$/.test(f)).sort();
    expect(ups).toHaveLength(209);
    await withTempDatabase(async (expectedUrl) => {
      await exec(expectedUrl, HARNESS_TABLE);
      for (const f of ups) execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-d', expectedUrl, '-f', path.join(CORPUS, f)], { stdio: 'pipe' });
      const expected = dump(expectedUrl);
      await withTempDatabase(async (url) => {
        await exec(url, HARNESS_TABLE);
        // harness's SQL breaks rules svc-migrate makes errors by default (an UPDATE without WHERE...): the
        // environment skips validation so that the history applies as harness applies it.
        writeFileSync(
          path.join(root, 'services/harness/migrations/environments.json'),
          JSON.stringify({ environments: { development: { config: { skip_validation: true } } } }),
        );
        try {
          const up = await cli(['up', '--root', root, '--database-url', url]);
          // stderr carries only progress (the migration being applied), never a problem.
          expect(up.stderr.split('\n').filter((l) => l && !/^(Applying|database): /.test(l))).toEqual([]);
          expect(up.code).toBe(0);
          expect(up.stdout.trim().split('\n')).toHaveLength(209);
        } finally {
          rmSync(path.join(root, 'services/harness/migrations/environments.json'));
        }
        expect(dump(url)).toBe(expected);
      });
    });
  }, 300_000);
});
