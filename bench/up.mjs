/**
 * `up` against dbmate: the harness project's up migrations (real DDL: ~200 files of tables, indexes, extensions)
 * applied to a fresh database on the real PostgreSQL server, by both tools, from the same SQL. Database creation
 * and dropping stay outside the timed run; each run checks afterwards that every migration was recorded.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { assertRan, interleave, runOnce, summarize } from './measure.mjs';
import { findCorpus } from '../scripts/corpus-repo.mjs';

/** Needs the harness tool's own `migrations` table (corpus README), so neither tool can apply it. */
const SKIPPED_FILE = '0000_alter_table_migrations.up.sql';
const SERVICE = 'harness';

/** The harness up files sorted by name, each with its down file's text, numbered 000001... in that order. */
function harnessMigrations(corpus) {
  const dir = path.join(corpus, 'harness-postgres');
  const names = readdirSync(dir).sort();
  const out = [];
  for (const file of names) {
    const m = /^(.*?)[._]up\.sql$/.exec(file);
    if (!m || file === SKIPPED_FILE) continue;
    const downName = names.find((n) => n === `${m[1]}.down.sql` || n === `${m[1]}_down.sql`);
    const id = String(out.length + 1).padStart(6, '0');
    const name = m[1].replace(/^\d+_?/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'migration';
    out.push({
      id,
      name,
      up: readFileSync(path.join(dir, file), 'utf8'),
      down: downName ? readFileSync(path.join(dir, downName), 'utf8') : '',
    });
  }
  return out;
}

/**
 * One service, every migration in common/, ordered by id (no depends_on edges, as the source tool orders them).
 * skip_validation: harness's SQL is not written for svc-migrate's rules (unqualified tables...), and dbmate
 * checks nothing, so both sides only apply.
 */
function writeSvcRepo(dir, migrations) {
  rmSync(dir, { recursive: true, force: true });
  const common = path.join(dir, 'services', SERVICE, 'migrations', 'common');
  mkdirSync(common, { recursive: true });
  const deps = {};
  for (const m of migrations) {
    writeFileSync(path.join(common, `${m.id}_${m.name}.up.sql`), m.up);
    writeFileSync(path.join(common, `${m.id}_${m.name}.down.sql`), m.down);
    deps[m.id] = { description: m.name.replace(/_/g, ' '), depends_on: [] };
  }
  const migrationsDir = path.dirname(common);
  writeFileSync(path.join(migrationsDir, 'dependencies.json'), JSON.stringify({ migrations: deps }, null, 2) + '\n');
  writeFileSync(
    path.join(migrationsDir, 'environments.json'),
    JSON.stringify(
      { environments: { development: { config: { skip_validation: true } } }, current_environment: 'development' },
      null,
      2,
    ) + '\n',
  );
}

/** dbmate's format: one `NNNNNN_name.sql` per migration with `-- migrate:up` and `-- migrate:down` sections. */
function writeDbmateDir(dir, migrations) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const m of migrations) {
    writeFileSync(path.join(dir, `${m.id}_${m.name}.sql`), `-- migrate:up\n${m.up}\n\n-- migrate:down\n${m.down}\n`);
  }
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * @param {{root: string, cli: string, runs: number}} ctx
 */
export async function benchUp({ root, cli, runs }) {
  const title = 'up (harness migrations, real PostgreSQL)';
  const base = (process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
  const adminUrl = `${base}/postgres`;
  const corpus = findCorpus();
  if (!corpus) return { title, rows: [], notes: ['SKIPPED: corpus not found (../shared/corpus)'] };
  try {
    await withClient(adminUrl, (c) => c.query('select 1'));
  } catch (e) {
    return { title, rows: [], notes: [`SKIPPED: no PostgreSQL server at ${adminUrl} (${e.message}); set BENCH_PG_URL`] };
  }
  const help = runOnce({ cmd: process.execPath, args: [cli, 'up', '--help'], cwd: root });
  if (help.status !== 0) {
    return {
      title,
      rows: [],
      notes: [`SKIPPED: \`svc-migrate up\` is not available in ${path.relative(root, cli)} yet (exit ${help.status}: ${help.stderr.trim().split('\n')[0]}). Rebuild with npm run build once it lands.`],
    };
  }

  const migrations = harnessMigrations(corpus);
  const repo = path.join(root, '.bench/up-repo');
  const dbmateDir = path.join(root, '.bench/up-dbmate/migrations');
  writeSvcRepo(repo, migrations);
  writeDbmateDir(dbmateDir, migrations);
  const dbmate = path.join(root, 'node_modules/.bin/dbmate');

  const dbName = (k, i) => `svc_bench_up_${process.pid}_${k}_${i < 0 ? 'w' : i}`;
  const contenders = [
    {
      key: 'svc',
      name: 'svc-migrate up',
      job: (db) => ({
        cmd: process.execPath,
        args: [cli, 'up', '--root', repo, '--database-url', `${base}/${db}`],
        cwd: root,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_COMPILE_CACHE: path.join(root, '.bench/compile-cache') },
      }),
      applied: `select count(*)::int as n from public.${SERVICE}_schema_migrations where not dirty`,
    },
    {
      key: 'dbmate',
      name: 'dbmate up',
      job: (db) => ({
        cmd: dbmate,
        args: ['--url', `${base}/${db}?sslmode=disable`, '--migrations-dir', dbmateDir, '--no-dump-schema', 'up'],
        // An empty folder: dbmate would otherwise read a .env from the working directory.
        cwd: path.dirname(dbmateDir),
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      }),
      applied: 'select count(*)::int as n from public.schema_migrations',
    },
  ];
  const results = await interleave(contenders, {
    runs,
    async prepare(c, i) {
      const db = dbName(c.key, i);
      await withClient(adminUrl, async (client) => {
        await client.query(`drop database if exists ${db}`);
        await client.query(`create database ${db}`);
      });
      return c.job(db);
    },
    async check(c, r, i) {
      assertRan(c.name, r);
      const n = await withClient(`${base}/${dbName(c.key, i)}`, async (client) => (await client.query(c.applied)).rows[0].n);
      if (n !== migrations.length) throw new Error(`${c.name} recorded ${n} of ${migrations.length} migrations`);
    },
    async cleanup(c, i) {
      await withClient(adminUrl, (client) => client.query(`drop database if exists ${dbName(c.key, i)} with (force)`));
    },
  });
  return {
    title,
    rows: results.map(summarize),
    baseline: 'dbmate up',
    notes: [
      `${migrations.length} harness up files (sorted by name, ${SKIPPED_FILE} left out), a fresh database per run for each tool (created and dropped outside the timing).`,
      'svc-migrate runs with skip_validation (dbmate checks nothing); both run each migration in its own transaction.',
    ],
  };
}
