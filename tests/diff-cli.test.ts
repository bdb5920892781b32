/**
 * `svc-migrate diff --base REF` as a user runs it: in a git clone of a repository shaped like fixtures/, on a
 * branch that adds a table; every output format; a shallow clone; a base that cannot be had.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli.js';
import { git, makeFixturesGitRepo, type GitRepo } from './helpers/git-repo.js';

/** Parses with mermaid's own parser (no DOM needed for parsing); throws on a syntax error. */
async function parseMermaid(text: string): Promise<{ diagramType: string }> {
  const mermaid = (await import('mermaid')).default;
  return (await mermaid.parse(text)) as { diagramType: string };
}

describe('svc-migrate diff --base', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = makeFixturesGitRepo();
  });
  afterAll(() => repo.dispose());

  test('text: grouped by service, the new table with its columns under it, readable at a glance', async () => {
    const run = await cli(['diff', '--base', 'main', '--root', repo.root]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Schema changes from main \([0-9a-f]{7}\) to working tree/);
    expect(out).toContain('\nuser-service (development, staging, production)\n');
    expect(out).toContain('\n  + table user_service.orders\n');
    expect(out).toContain('\n    + column user_id bigint not null\n');
    expect(out).toContain('\n    + constraint orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES user_service.users(id) ON DELETE CASCADE\n');
    expect(out).toContain('\n    + index idx_orders_user_id btree (user_id)\n');
    expect(out).toContain('\n  table user_service.users\n    + column phone text\n');
    expect(out).not.toContain('notification-service');
    expect(out).toContain('9 added, 0 removed, 0 changed');
  });

  test('json: the structured change list', async () => {
    const run = await cli(['diff', '--base', 'main', '--root', repo.root, '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { groups: { service: string; environments: string[]; changes: { change: string; kind: string; name: string }[] }[] };
    expect(json.groups.map((g) => [g.service, g.environments])).toEqual([['user-service', ['development', 'staging', 'production']]]);
    expect(json.groups[0]?.changes).toContainEqual(expect.objectContaining({ change: 'added', kind: 'table', name: 'user_service.orders' }));
    expect(json.groups[0]?.changes).toContainEqual(expect.objectContaining({ change: 'added', kind: 'column', name: 'user_service.users.phone', table: 'user_service.users' }));
  });

  test('mermaid: a valid erDiagram of the new table, the changed one it references, marked', async () => {
    const run = await cli(['diff', '--base', 'main', '--root', repo.root, '--format', 'mermaid']);
    expect(run.code).toBe(0);
    expect(await parseMermaid(run.stdout)).toMatchObject({ diagramType: 'er' });
    // The parser does reject a broken diagram (a relationship without its label's colon).
    await expect(parseMermaid('erDiagram\n  A ||--o{ B has\n')).rejects.toThrow(/Parse error/);
    expect(run.stdout).toContain('"user_service.orders (added)" {');
    expect(run.stdout).toContain('"user_service.users (changed)" {');
    expect(run.stdout).toContain('    text phone "added"');
    expect(run.stdout).toContain('"user_service.users (changed)" ||--o{ "user_service.orders (added)" : "orders_user_id_fkey"');
  });

  test('markdown: a table of changes and the diagram in a mermaid block', async () => {
    const run = await cli(['diff', '--base', 'main', '--root', repo.root, '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('### user-service (development, staging, production)');
    expect(run.stdout).toContain('| added | table `user_service.orders` |');
    const block = /```mermaid\n([\s\S]*?)```/.exec(run.stdout)?.[1];
    expect(block).toBeDefined();
    await parseMermaid(block as string);
  });

  test('no change against the branch itself: nothing replayed, says so', async () => {
    const run = await cli(['diff', '--base', 'HEAD', '--root', repo.root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No schema changes.');
  });

  test('--env limits the environments', async () => {
    const run = await cli(['diff', '--base', 'main', '--root', repo.root, '--env', 'staging', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { environments: string[] };
    expect(json.environments).toEqual(['staging']);
  });

  test("a fresh clone on the branch: main is origin/main, used without fetching", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'svcm-clone-'));
    try {
      git(dir, 'clone', '-q', '--branch', 'feature', `file://${repo.root}`, 'clone');
      const run = await cli(['diff', '--base', 'main', '--root', path.join(dir, 'clone'), '--env', 'development']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('note: fetched');
      expect(run.stdout).toContain('+ table user_service.orders');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a shallow clone fetches the base; a base that does not exist is a clear usage error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'svcm-shallow-'));
    try {
      git(dir, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.root}`, 'clone');
      const clone = path.join(dir, 'clone');
      expect(() => git(clone, 'rev-parse', '--verify', '--quiet', 'main^{commit}')).toThrow();
      const run = await cli(['diff', '--base', 'main', '--root', clone]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('note: fetched origin/main');
      expect(run.stdout).toContain('+ table user_service.orders');

      const missing = await cli(['diff', '--base', 'no-such-branch', '--root', clone]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('The base revision "no-such-branch" is not in this clone and could not be fetched');
      expect(missing.stderr).toContain('fetch-depth: 0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without --base: a usage error that says what to give', async () => {
    const run = await cli(['diff', '--root', repo.root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('diff needs --base REF');
  });
});
