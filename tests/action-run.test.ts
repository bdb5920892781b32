/**
 * The Action as a runner runs it: `node dist/index.js` with INPUT_* variables (hyphens kept), a real event file,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a loopback fake of the REST API.
 * Builds dist/ first when it is missing or older than the sources.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMENT_MARKER, MAX_COMMENT_CHARS } from '../src/report/markdown.js';
import { startFakeGithub, type FakeGithub } from './helpers/fake-github.js';
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
}

const REPOSITORY = 'acme/monorepo';

function pullRequestEvent(opts: { fork?: boolean } = {}): object {
  const repo = { full_name: REPOSITORY, name: 'monorepo', owner: { login: 'acme' } };
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      state: 'open',
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
  };
  if (opts.api) env.GITHUB_API_URL = opts.api.url;
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [runnable], { cwd: path.join(work, 'workspace'), env });
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

const annotations = (stdout: string, kind: string): string[] => stdout.split('\n').filter((l) => l.startsWith(`::${kind} `));

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

    // Annotations: errors first, capped, paths from the repository root (the root input is a subfolder).
    const errorLines = annotations(first.stdout, 'error');
    expect(errorLines).toHaveLength(10);
    expect(Number(first.outputs.warnings)).toBeGreaterThan(10);
    expect(annotations(first.stdout, 'warning')).toHaveLength(10);
    expect(errorLines[0]).toMatch(/^::error file=db\/services\/user-service\/migrations\/common\/000001_m000001\.up\.sql,line=1,/);
    expect(first.stdout).toMatch(/more findings? not annotated.*job summary/);
    expect(report.findings.every((f) => f.file === undefined || !f.file.startsWith('db/'))).toBe(true);

    // The job summary: tables, the cap note, the full list.
    expect(first.summary).toMatch(/## svc-migrate/);
    expect(first.summary).toMatch(/\| user-service \| 17 \|/);
    expect(first.summary).toMatch(/at most 10 annotations per severity/);
    expect(first.summary).toMatch(/### Plan/);

    // SARIF beside the workspace, locations from the repository root.
    const sarif = JSON.parse(readFileSync(path.join(work, 'workspace/out/results.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^db\/services\//);

    // One comment created after reading every page; the token was sent, never printed.
    const lists = api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/42/comments'));
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
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
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
    expect(api.comments.filter((c) => c.body.startsWith(COMMENT_MARKER))).toHaveLength(1);
    expect(api.comments.find((c) => c.body.startsWith(COMMENT_MARKER))!.body).toMatch(/no findings/);
  });

  test('a comment that would pass 65,536 characters is summarised and points to the job summary', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => String(i + 1).padStart(6, '0'));
    writeTree(path.join(work, 'workspace'), service('billing-service', ids, ids, { longName: `_${'x'.repeat(150)}_` }));
    const run = await runAction({ inputs: { 'fail-on': 'never' }, api });
    expect(run.code).toBe(0);
    const body = (api.requests.find((r) => r.method === 'POST')!.body as { body: string }).body;
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
    expect(run.stdout).toMatch(/^::warning::changed-only: listing the pull request files failed \(HTTP 403\); everything is checked/m);
    expect(run.stdout).toMatch(/^::notice::svc-migrate could not comment/m);
    expect(annotations(run.stdout, 'error').length).toBeGreaterThan(0);
    expect(run.summary).toMatch(/could not be listed, so everything was checked/);
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
    expect(run.summary).toMatch(/### Applied to embedded PostgreSQL \d+\.\d+ \(PGlite, in memory\)/);
    expect(run.summary).toMatch(/`000001` m000001 \(applied, \d+ ms\)/);
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
