/**
 * `validate` on the real-world corpus (laid out as a monorepo) against squawk linting the same SQL files.
 * svc-migrate runs three times over: a first run (no lint cache), a cached run (nothing changed since the last
 * one) and a run after one file changed (a pull request's case: the lint cache restored, one migration edited).
 * On Node 22.1 and later, Node's compile cache (turned on by dist/cli.js) is kept in .bench/compile-cache by the
 * warm-up run, as an installed svc-migrate keeps it in the system's temp folder.
 * squawk is run twice over: through its npm shim (`node_modules/.bin/squawk`, a Node script that spawns the
 * native binary, which is what `npx squawk` costs a user) and as the bare native binary (its best case).
 */
import { createRequire } from 'node:module';
import { appendFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { assertRan, interleave, summarize } from './measure.mjs';
import { buildCorpusRepo, findCorpus } from '../scripts/corpus-repo.mjs';

/** Every `.sql` file under dir, sorted, relative to cwd. */
function sqlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.sql')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The native squawk binary that the npm shim would spawn, when the platform package is installed. */
function nativeSquawk(root) {
  try {
    const require = createRequire(path.join(root, 'package.json'));
    return require('squawk-cli/js/index.js').getBinaryPath();
  } catch {
    return undefined;
  }
}

/**
 * @param {{root: string, cli: string, runs: number}} ctx
 * @returns {Promise<{title: string, rows: object[], notes: string[]}>}
 */
export async function benchValidate({ root, cli, runs }) {
  const corpus = findCorpus();
  if (!corpus) return { title: 'validate', rows: [], notes: ['SKIPPED: corpus not found (../shared/corpus)'] };
  const repo = path.join(root, '.bench/corpus-repo');
  const { files } = buildCorpusRepo(corpus, repo);
  const sql = sqlFiles(path.relative(root, repo));
  const squawkArgs = ['--reporter', 'json', ...sql];
  const cacheDir = path.join(root, '.bench/cache-validate');
  const checkReport = (name, r) => {
    // 1 = findings at or above --fail-on: the corpus has real problems, so both 0 and 1 are a finished job.
    assertRan(name, r, [0, 1]);
    const report = JSON.parse(r.stdout);
    if (!(report.summary?.files > 0)) throw new Error(`${name} read no files: ${r.stdout.slice(0, 300)}`);
  };
  const env = { ...process.env, NODE_COMPILE_CACHE: path.join(root, '.bench/compile-cache') };
  const names = { first: 'svc-migrate validate (first run)', cached: 'svc-migrate validate (cached)', edited: 'svc-migrate validate (one file changed)' };
  const ours = (kind) => ({
    name: names[kind],
    kind,
    job: { cmd: process.execPath, args: [cli, 'validate', '--root', repo, '--format', 'json', '--cache-dir', cacheDir], cwd: root, env },
    check(r) {
      checkReport(this.name, r);
    },
  });
  // The file a pull request edits: a new comment line each time, so its hash never matches the cache.
  const edited = path.resolve(root, sql.find((f) => f.endsWith('.up.sql')));
  let edits = 0;
  const contenders = [
    // A first run finds no cache (it is removed before each run) and writes one; the cached run reuses what
    // the run before it wrote, as a second `validate` with no file changed does; the third run finds one file
    // changed since.
    ours('first'),
    ours('cached'),
    ours('edited'),
    {
      name: 'squawk (npm shim)',
      job: { cmd: path.join(root, 'node_modules/.bin/squawk'), args: squawkArgs, cwd: root },
      check(r) {
        // squawk exits 1 when it reports violations; the JSON on stdout shows it read the files.
        assertRan(this.name, r, [0, 1]);
        if (!Array.isArray(JSON.parse(r.stdout))) throw new Error(`${this.name} printed no JSON report`);
      },
    },
  ];
  const native = nativeSquawk(root);
  if (native) {
    contenders.push({ ...contenders[3], name: 'squawk (native binary)', job: { ...contenders[3].job, cmd: native } });
  }
  const results = await interleave(contenders, {
    runs,
    prepare: (c) => {
      if (c.kind === 'first') rmSync(cacheDir, { recursive: true, force: true });
      if (c.kind === 'edited') appendFileSync(edited, `\n-- edited by the benchmark (${++edits})\n`);
      return c.job;
    },
    check: (c, r) => c.check(r),
  });
  const rows = results.map(summarize);
  const notes = [
    `${files} SQL files from ${corpus}, laid out under ${path.relative(root, repo)}; squawk gets the same ${sql.length} files in one invocation.`,
    `"one file changed": ${path.relative(repo, edited)} gets a comment line before each of those runs.`,
  ];
  return { title: 'validate (real-world corpus)', rows, ours: 3, notes };
}
