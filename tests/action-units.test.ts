/** The Action's pure parts: inputs, the pull_request_target rule, secrets, changed-only selection, the comment. */
import { describeSelection, filterPlan, filterReport, selectChanged } from '../src/action/changed.js';
import { upsertComment } from '../src/action/comment.js';
import type { GithubApi, IssueComment } from '../src/action/github-api.js';
import { readInputs, splitList } from '../src/action/inputs.js';
import { checkEventSafety, secretsOf } from '../src/action/security.js';
import { countFindings, type Finding, type Report } from '../src/core/types.js';
import { COMMENT_MARKER } from '../src/report/markdown.js';
import { fakeRepo } from './helpers/fake-repo.js';

const getter =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

describe('readInputs', () => {
  test('defaults', () => {
    expect(readInputs(getter({}))).toEqual({
      root: '.',
      services: [],
      environment: undefined,
      failOn: 'error',
      apply: false,
      databaseUrl: undefined,
      verifyRollback: false,
      changedOnly: false,
      comment: true,
      githubToken: undefined,
      sarifFile: undefined,
      approve: false,
      allowPullRequestTarget: false,
      schemaDiff: true,
    });
  });

  test('values as a workflow writes them', () => {
    const inputs = readInputs(
      getter({ services: 'a, b\nc', 'fail-on': 'warning', apply: 'True', comment: 'false', 'database-url': 'postgres://x' }),
    );
    expect(inputs).toMatchObject({ services: ['a', 'b', 'c'], failOn: 'warning', apply: true, comment: false, databaseUrl: 'postgres://x' });
  });

  test.each([
    [{ 'fail-on': 'fatal' }, /fail-on.*error, warning or never/],
    [{ apply: 'yes' }, /'apply' must be true or false/],
  ])('%j is refused with the input name', (values, message) => {
    expect(() => readInputs(getter(values))).toThrow(message);
  });

  test.each([
    ['', []],
    ['a', ['a']],
    [' a ,,b\r\n c \n', ['a', 'b', 'c']],
  ])('splitList(%j)', (input, expected) => expect(splitList(input)).toEqual(expected));
});

describe('checkEventSafety', () => {
  const base = readInputs(getter({}));
  test.each<[string, Partial<typeof base>, boolean]>([
    ['pull_request', { apply: true }, false],
    ['pull_request_target', {}, false],
    ['pull_request_target', { apply: true }, true],
    ['pull_request_target', { verifyRollback: true }, true],
    ['pull_request_target', { apply: true, allowPullRequestTarget: true }, false],
    ['push', { apply: true }, false],
  ])('%s %j refused: %s', (event, extra, refused) => {
    const call = (): void => checkEventSafety(event, { ...base, ...extra });
    if (refused) expect(call).toThrow(/Refusing .* under pull_request_target.*allow-pull-request-target/);
    else expect(call).not.toThrow();
  });
});

describe('secretsOf', () => {
  test.each<[{ githubToken?: string; databaseUrl?: string }, string[]]>([
    [{}, []],
    [{ githubToken: 'ghs_abc' }, ['ghs_abc']],
    [{ databaseUrl: 'postgres://u@h/db' }, []],
    [
      { databaseUrl: 'postgres://u:p%40ss@h/db' },
      ['postgres://u:p%40ss@h/db', 'p@ss', 'p%40ss'],
    ],
  ])('%j', (inputs, expected) => expect(secretsOf(inputs)).toEqual(expected));
});

describe('changed-only', () => {
  const repo = fakeRepo({
    a: [{ id: '000001' }, { id: '000002', depends_on: ['000001'] }, { id: '000003' }],
    b: [{ id: '000001' }, { id: '000002', cross_service_dependencies: { a: ['000002'] } }],
    c: [{ id: '000001' }],
  });
  const up = (s: string, id: string): string => `services/${s}/migrations/common/${id}_m${id}.up.sql`;
  const finding = (service: string | undefined, migration?: string, file?: string): Finding => ({
    rule: 'r',
    severity: 'error',
    message: `${service}/${migration}`,
    service,
    migration,
    file,
  });
  const report = (findings: Finding[]): Report => ({
    version: 1,
    environment: 'development',
    findings,
    summary: { ...countFindings(findings), services: 3, migrations: 6, files: 12 },
  });

  test('a changed up file selects its migration and its dependents', () => {
    const sel = selectChanged(repo, [up('a', '000001'), 'README.md']);
    expect([...sel.migrations].map((k) => k.replace('\u0000', '/')).sort()).toEqual(['a/000001', 'a/000002', 'b/000002']);
    expect(sel.dependents).toBe(2);
    expect(describeSelection(sel)).toMatch(/3 migrations \(2 of them because they depend/);
  });

  test.each<[string[], string[]]>([
    [['services/c/migrations/dependencies.json'], ['c/undefined', 'c/000001']],
    [['services/c/migrations/environments.json'], ['c/undefined', 'c/000001']],
    [['svc-migrate.json'], ['a/000001', 'a/000003', 'b/000001', 'b/000002', 'c/undefined', 'c/000001', 'undefined/undefined']],
    [[up('a', '000003')], ['a/000003']],
    [[], []],
  ])('changing %j keeps %j', (files, kept) => {
    const all = [
      finding('a', '000001'),
      finding('a', '000003'),
      finding('b', '000001'),
      finding('b', '000002'),
      finding('c'),
      finding('c', '000001'),
      finding(undefined),
    ];
    const filtered = filterReport(report(all), selectChanged(repo, files));
    expect(filtered.findings.map((f) => f.message)).toEqual(kept);
    expect(filtered.summary.errors).toBe(kept.length);
  });

  test('the plan shrinks to the selection', () => {
    const plan = [
      { service: 'a', level: 0, migrations: [{ id: '000001' }, { id: '000002' }, { id: '000003' }] },
      { service: 'c', level: 0, migrations: [{ id: '000001' }] },
    ];
    expect(filterPlan(plan, selectChanged(repo, [up('a', '000002')]))).toEqual([{ service: 'a', level: 0, migrations: [{ id: '000002' }] }]);
    expect(filterPlan(plan, selectChanged(repo, ['services/c/migrations/dependencies.json']))).toEqual([plan[1]]);
    expect(filterPlan(plan, selectChanged(repo, ['svc-migrate.json']))).toEqual(plan);
  });

  test('a finding on a changed file is kept even without a migration', () => {
    const sel = selectChanged(repo, ['services/a/migrations/common/notes.txt']);
    const kept = filterReport(report([finding('a', undefined, 'services/a/migrations/common/notes.txt')]), sel);
    expect(kept.findings).toHaveLength(1);
  });
});

describe('upsertComment', () => {
  function memoryApi(existing: IssueComment[], deny?: number, identity: string | undefined = 'github-actions[bot]'): GithubApi & { calls: string[] } {
    const calls: string[] = [];
    const fail = (): never => {
      throw Object.assign(new Error('Resource not accessible by integration'), { status: deny });
    };
    return {
      calls,
      async listComments() {
        calls.push('list');
        return existing;
      },
      async createComment(_issue, body) {
        calls.push(`create:${body.slice(0, COMMENT_MARKER.length)}`);
        if (deny) fail();
      },
      async updateComment(id) {
        calls.push(`update:${id}`);
        if (deny) fail();
      },
      async listFiles() {
        return [];
      },
      async whoAmI() {
        calls.push('whoami');
        return identity;
      },
    };
  }
  const bot = 'github-actions[bot]';

  test('creates when no marked comment exists', async () => {
    const api = memoryApi([{ id: 1, body: 'hello' }, { id: 2, body: `> ${COMMENT_MARKER} quoted` }]);
    expect(await upsertComment(api, 7, `${COMMENT_MARKER}\nbody`)).toEqual({ action: 'created' });
    expect(api.calls).toEqual(['list', `create:${COMMENT_MARKER}`]);
  });

  test('updates the marked comment', async () => {
    const api = memoryApi([{ id: 1, body: 'hello', author: bot }, { id: 5, body: `${COMMENT_MARKER}\nold`, author: bot }]);
    expect(await upsertComment(api, 7, `${COMMENT_MARKER}\nnew`, false)).toEqual({ action: 'updated' });
    expect(api.calls).toEqual(['list', 'whoami', 'update:5']);
  });

  test("never edits a marked comment that someone else wrote: posts its own instead", async () => {
    const api = memoryApi([{ id: 4, body: `${COMMENT_MARKER}\nmimic`, author: 'mallory' }]);
    expect(await upsertComment(api, 7, `${COMMENT_MARKER}\nnew`)).toEqual({ action: 'created' });
    expect(api.calls).toEqual(['list', 'whoami', `create:${COMMENT_MARKER}`]);
  });

  test.each<[string | undefined, string[], number]>([
    // A PAT or an App token: the identity the API names; case does not matter (logins are case-insensitive).
    ['Octocat', ['octocat', bot], 1],
    ['my-app[bot]', [bot, 'my-app[bot]'], 2],
    // Neither GET /user nor GraphQL viewer answered: the workflow's GITHUB_TOKEN is assumed.
    [undefined, ['octocat', bot], 2],
  ])('identity %s edits only its own comment', async (identity, authors, expected) => {
    const existing = authors.map((author, i) => ({ id: i + 1, body: `${COMMENT_MARKER}\nold`, author }));
    const api = memoryApi(existing, undefined, identity);
    expect(await upsertComment(api, 7, `${COMMENT_MARKER}\nnew`)).toEqual({ action: 'updated' });
    expect(api.calls.at(-1)).toBe(`update:${expected}`);
  });

  test('posts nothing new when there is nothing to report', async () => {
    const api = memoryApi([]);
    expect((await upsertComment(api, 7, 'x', false)).action).toBe('skipped');
    expect(api.calls).toEqual(['list']);
  });

  test.each([403, 404])('HTTP %i is a denial, not an error', async (status) => {
    const outcome = await upsertComment(memoryApi([], status), 7, 'x');
    expect(outcome).toMatchObject({ action: 'denied', reason: expect.stringContaining(`HTTP ${status}`) });
  });

  test('other failures are thrown', async () => {
    await expect(upsertComment(memoryApi([], 500), 7, 'x')).rejects.toThrow(/not accessible/);
  });
});

describe('main helpers', () => {
  let main: typeof import('../src/action/main.js');
  beforeAll(async () => {
    main = await import('../src/action/main.js');
  });

  test('withPrefix makes paths relative to the repository root', () => {
    const r: Report = {
      version: 1,
      environment: 'development',
      findings: [{ rule: 'r', severity: 'error', message: 'm', file: 'services/a/x.sql' }, { rule: 'r', severity: 'error', message: 'n' }],
      summary: { errors: 2, warnings: 0, infos: 0, services: 1, migrations: 1, files: 1 },
    };
    expect(main.withPrefix(r, 'db/').findings.map((f) => f.file)).toEqual(['db/services/a/x.sql', undefined]);
    expect(main.withPrefix(r, '')).toBe(r);
  });

  test.each<[unknown, string]>([
    [Object.assign(new Error('Root db does not exist.'), { name: 'UsageError' }), 'Root db does not exist.'],
    [new Error('connect ECONNREFUSED postgres://u:hunter2@h/db token ghs_x'), 'svc-migrate failed: connect ECONNREFUSED postgres://u:***@h/db token ***'],
    ['plain', 'svc-migrate failed: plain'],
  ])('failureMessage(%s)', (error, expected) => {
    const inputs = { ...readInputs(getter({})), databaseUrl: 'postgres://u:hunter2@h/db', githubToken: 'ghs_x' };
    expect(main.failureMessage(error, inputs)).toBe(expected);
  });
});

describe('action.yml', () => {
  /** `name -> default` of the inputs block, read without a YAML library (two-space keys, quoted defaults). */
  async function declaredInputs(): Promise<Map<string, string>> {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
    const block = text.slice(text.indexOf('\ninputs:\n'), text.indexOf('\noutputs:\n'));
    const out = new Map<string, string>();
    let current: string | undefined;
    for (const line of block.split('\n')) {
      const key = /^ {2}([a-z-]+):\s*$/.exec(line);
      if (key) current = key[1];
      const def = /^ {4}default: '?(.*?)'?$/.exec(line);
      if (def && current) out.set(current, def[1]!);
    }
    return out;
  }

  test('declares exactly the inputs the Action reads, with the defaults it assumes', async () => {
    const asked: string[] = [];
    const declared = await declaredInputs();
    // Reading with the declared defaults gives what reading with nothing set gives.
    const withDefaults = readInputs((name) => {
      asked.push(name);
      return name === 'github-token' ? '' : (declared.get(name) ?? '');
    });
    expect([...declared.keys()].sort()).toEqual([...new Set(asked)].sort());
    expect(withDefaults).toEqual(readInputs(getter({})));
    expect(declared.get('github-token')).toBe('${{ github.token }}');
  });
});
