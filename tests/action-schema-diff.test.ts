/**
 * The Action on a pull request that adds a table: its sticky comment and job summary show the schema change
 * against the base commit of the event, with a Mermaid diagram that mermaid's parser accepts; `schema-diff: false`
 * turns it off; a base commit that cannot be had is said, and the run carries on. Runs `node dist/index.js` as
 * a runner does (needs `npm run build`).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeGithub, type FakeGithub } from './helpers/fake-github.js';
import { git, makeFixturesGitRepo, type GitRepo } from './helpers/git-repo.js';

const DIST = path.resolve(import.meta.dirname, '..', 'dist/index.js');
const describeBuilt = existsSync(DIST) ? describe : describe.skip;

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
}

async function runAction(workspace: string, api: FakeGithub, baseSha: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'svcm-action-temp-'));
  const summaryFile = path.join(temp, 'summary');
  writeFileSync(summaryFile, '');
  writeFileSync(path.join(temp, 'output'), '');
  const repo = { full_name: 'acme/monorepo', name: 'monorepo', owner: { login: 'acme' } };
  const event = { number: 7, pull_request: { number: 7, head: { sha: 'abc1234', repo }, base: { sha: baseSha, ref: 'main', repo } }, repository: repo };
  writeFileSync(path.join(temp, 'event.json'), JSON.stringify(event));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/monorepo',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: api.url,
    RUNNER_TEMP: temp,
    XDG_CACHE_HOME: path.join(temp, 'cache'),
    'INPUT_GITHUB-TOKEN': 'ghs_fake',
    INPUT_COMMENT: 'true',
    'INPUT_FAIL-ON': 'error',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  try {
    const child = spawn(process.execPath, [DIST], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    return { code, stdout, stderr, summary: readFileSync(summaryFile, 'utf8') };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

async function parseMermaid(text: string): Promise<{ diagramType: string }> {
  const mermaid = (await import('mermaid')).default;
  return (await mermaid.parse(text)) as { diagramType: string };
}

describeBuilt('the Action shows the schema change of a pull request', () => {
  let repo: GitRepo;
  let baseSha: string;
  let api: FakeGithub;
  beforeAll(() => {
    repo = makeFixturesGitRepo();
    baseSha = git(repo.root, 'rev-parse', 'main').trim();
  });
  afterAll(() => repo.dispose());
  beforeEach(async () => {
    api = await startFakeGithub();
  });
  afterEach(() => api.close());

  test('a pull request that adds a table: the comment and the summary hold the diff and a valid ER diagram', async () => {
    const run = await runAction(repo.root, api, baseSha, { environment: 'development' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(body).toContain('### Schema changes');
    expect(body).toContain(`9 added, 0 removed, 0 changed, from \`main (${baseSha.slice(0, 7)})\` to this pull request.`);
    expect(body).toContain('#### user-service (development)');
    expect(body).toContain('| added | table `user_service.orders` |');
    expect(body).toContain('| added | column `user_service.users.phone` | text |');
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(body)?.[1];
    expect(diagram).toContain('"user_service.orders (added)" {');
    expect(await parseMermaid(diagram as string)).toMatchObject({ diagramType: 'er' });
    expect(body.length).toBeLessThan(65_536);
    expect(run.summary).toContain('### Schema changes');
    expect(run.summary).toContain('```mermaid');
  });

  test('schema-diff: false leaves it out', async () => {
    const run = await runAction(repo.root, api, baseSha, { environment: 'development', 'schema-diff': 'false' });
    expect(run.code).toBe(0);
    expect(run.summary).not.toContain('Schema changes');
    expect(api.comments.map((c) => c.body).join('\n')).not.toContain('Schema changes');
  });

  test('a base commit this clone lacks and cannot fetch: said in the summary, the run carries on', async () => {
    const shallow = mkdtempSync(path.join(os.tmpdir(), 'svcm-action-ws-'));
    try {
      // A copy of the head alone, in a repository with no remote: the base can be neither found nor fetched.
      const ws = path.join(shallow, 'ws');
      mkdirSync(ws);
      cpSync(path.join(repo.root, 'services'), path.join(ws, 'services'), { recursive: true });
      git(ws, 'init', '-q');
      git(ws, 'add', '-A');
      git(ws, 'commit', '-qm', 'head only');
      const run = await runAction(ws, api, baseSha, { environment: 'development' });
      expect(run.code).toBe(0);
      expect(run.summary).toContain('The schema diff against the base branch was skipped');
      expect(run.summary).toContain(`"${baseSha}" is not in this clone`);
      expect(run.stdout).toContain('Schema diff skipped');
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});
