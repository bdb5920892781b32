/**
 * `check --apply` on the embedded database (what the Action does without a service container) for histories that
 * create contrib extensions: PGlite must be opened with them, as `up` opens it. Real histories (crates.io,
 * kratos, harness) stopped at `CREATE EXTENSION` when check opened it bare.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCheck } from '../src/apply/check.js';
import { RULE_CATALOG } from '../src/lint/catalog.js';
import { formatGithub } from '../src/report/github.js';
import { formatSarif } from '../src/report/sarif.js';
import { miniRepo } from './helpers/mini-repo.js';

const SLOW = 180_000;
const repoRoot = path.resolve(import.meta.dirname, '..');
const corpus = ['/work/shared/corpus', path.resolve(repoRoot, '../shared/corpus')].find((c) => existsSync(path.join(c, 'harness-postgres')));

async function checkApply(root: string) {
  const lines: string[] = [];
  const result = await runCheck({ root, env: 'development', failOn: 'never', apply: true, verifyRollback: false, noHooks: true, processEnv: {}, out: (l) => lines.push(l) });
  return { ...result, lines };
}

test(
  'a crates.io/kratos-like history creating seven contrib extensions applies on the embedded database',
  async () => {
    const repo = miniRepo([
      {
        name: 'registry',
        migrations: [
          {
            id: '000001',
            name: 'extensions',
            up: ['CREATE SCHEMA IF NOT EXISTS registry;', ...['pg_trgm', 'ltree', 'pgcrypto', 'citext', '"uuid-ossp"', 'hstore', 'btree_gin'].map((e) => `CREATE EXTENSION IF NOT EXISTS ${e};`)].join('\n'),
          },
          {
            id: '000002',
            name: 'crates',
            up: `CREATE TABLE registry.crates (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  name citext NOT NULL UNIQUE,
  path ltree,
  attrs hstore,
  secret bytea DEFAULT gen_random_bytes(16),
  downloads integer NOT NULL DEFAULT 0
);
CREATE INDEX crates_name_trgm ON registry.crates USING gin (name gin_trgm_ops);
CREATE INDEX crates_downloads_gin ON registry.crates USING gin (downloads);
`,
          },
        ],
      },
    ]);
    writeFileSync(path.join(repo.root, 'svc-migrate.json'), JSON.stringify({ pg_version: 18 }));
    const { report, failed, lines } = await checkApply(repo.root);
    expect(report.applied?.failed).toBeUndefined();
    expect(report.applied?.refused).toBeUndefined();
    expect(failed).toBe(false);
    expect(report.applied?.migrations.map((m) => m.id)).toEqual(['000001', '000002']);
    expect(report.applied?.database).toMatch(/^embedded PostgreSQL \d+\.\d+ \(PGlite, in memory\)$/);
    expect(lines[0]).toMatch(/^database: embedded PostgreSQL .* discarded when this command ends/);
    // pg_version 18 is the embedded version: nothing to warn about.
    expect(report.applied?.warnings).toEqual([]);
  },
  SLOW,
);

/*
 * harness-postgres laid out by scripts/corpus-repo.mjs, minus what no tool could apply from the corpus as it
 * stands: its first file alters the `migrations` table of harness's own migration tool (absent here), and down
 * files without an up are history, not migrations. Validation errors of other rules are not this test's subject.
 */
(corpus ? test : test.skip)(
  'check --apply of harness-postgres (citext, pg_trgm, btree_gin) passes on the embedded database',
  async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'svcm-harness-'));
    try {
      const mod = (await import(pathToFileURL(path.join(repoRoot, 'scripts/corpus-repo.mjs')).href)) as {
        buildCorpusRepo(corpus: string, out: string): { out: string };
      };
      const only = mkdtempSync(path.join(tmp, 'corpus-'));
      const src = path.join(corpus!, 'harness-postgres');
      const projectDir = path.join(only, 'harness-postgres');
      cpSync(src, projectDir, { recursive: true });
      const { out } = mod.buildCorpusRepo(only, path.join(tmp, 'repo'));
      const migrations = path.join(out, 'services/harness-postgres/migrations');
      const files = readdirSync(path.join(migrations, 'common'));
      const deps = JSON.parse(readFileSync(path.join(migrations, 'dependencies.json'), 'utf8')) as { migrations: Record<string, { description: string }> };
      for (const id of Object.keys(deps.migrations)) {
        const hasUp = files.some((f) => f.startsWith(`${id}_`) && f.endsWith('.up.sql'));
        if (!hasUp || deps.migrations[id]!.description === 'harness-postgres/0000_alter_table_migrations') {
          for (const f of files.filter((x) => x.startsWith(`${id}_`))) rmSync(path.join(migrations, 'common', f));
          delete deps.migrations[id];
        }
      }
      writeFileSync(path.join(migrations, 'dependencies.json'), JSON.stringify(deps));
      writeFileSync(path.join(migrations, 'environments.json'), JSON.stringify({ environments: { development: { config: { skip_validation: true } } } }));

      const { report, failed, lines } = await checkApply(out);
      expect(report.applied?.failed).toBeUndefined();
      expect(failed).toBe(false);
      const applied = report.applied?.migrations ?? [];
      expect(applied).toHaveLength(Object.keys(deps.migrations).length);
      expect(applied.map((m) => m.name)).toEqual(expect.arrayContaining(['create_extension_citext', 'create_extension_trgm', 'create_extension_btree']));
      // pg_version is the default 15: the report says the embedded PostgreSQL is newer and how to test on 15.
      expect(report.applied?.warnings[0]).toMatch(/applied to embedded PostgreSQL 18\.\d+ .*but pg_version is 15: .*postgres:15 service container/);
      expect(lines).toContainEqual(expect.stringMatching(/^note: the migrations were applied to embedded PostgreSQL 18/));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
  SLOW,
);

test(
  'a failing migration in check --apply: a located migration-failed finding, counted, in GitHub annotations and SARIF',
  async () => {
    const repo = miniRepo([
      {
        name: 'f-svc',
        environments: { development: { config: { skip_validation: true } } },
        migrations: [
          {
            id: '000001',
            name: 'dupes',
            up: "CREATE SCHEMA f_svc;\nCREATE TABLE f_svc.jobs (status text);\nINSERT INTO f_svc.jobs VALUES ('pending'), ('pending');\nSELECT nope\n  FROM f_svc.jobs;\n",
          },
        ],
      },
    ]);
    const file = 'services/f-svc/migrations/common/000001_dupes.up.sql';
    const { report, failed } = await checkApply(repo.root);
    expect(failed).toBe(true);
    const finding = report.findings.find((f) => f.rule === 'migration-failed');
    expect(finding).toMatchObject({ severity: 'error', file, line: 4, column: 8, service: 'f-svc', migration: '000001' });
    expect(report.summary.errors).toBeGreaterThanOrEqual(1);
    expect(formatGithub(report)).toMatch(new RegExp(`^::error file=${file.replace(/[.]/g, '\\.')},line=4,(end)?[a-zA-Z=0-9,]*col(umn)?=8.*column "nope" does not exist`, 'm'));
    const sarif = JSON.parse(formatSarif(report, { rules: RULE_CATALOG })) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'migration-failed');
    expect(result?.locations[0]?.physicalLocation).toMatchObject({ artifactLocation: { uri: file }, region: { startLine: 4, startColumn: 8 } });
  },
  SLOW,
);
