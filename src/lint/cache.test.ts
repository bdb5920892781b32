import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { miniRepo } from '../../tests/helpers/mini-repo.js';
import type { Repo } from '../repo/types.js';
import { lintRepo } from './lint.js';
import { defaultCacheDir } from './cache.js';
import type { LintCacheOptions } from './cache.js';

const UP = 'CREATE TABLE users (id int);\nDELETE FROM app.users;\n';
const DOWN = 'DROP TABLE app.users CASCADE;\n';

let dir: string;
let cache: LintCacheOptions;
let repo: Repo;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'svcm-cache-'));
  cache = { dir: path.join(dir, 'cache'), buildId: 'test-build' };
  repo = miniRepo([{ name: 'app', migrations: [{ id: '000001', name: 'init', up: UP, down: DOWN }, { id: '000002', name: 'more', up: 'SELECT 1;\n', down: 'SELECT 1;\n' }] }]);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(repo.root, { recursive: true, force: true });
});

/** What a run reports, without the cache counter. */
async function lint(options: { cache?: LintCacheOptions } = { cache }) {
  const r = await lintRepo(repo, 'development', options);
  return { findings: r.findings, files: [...r.files], hits: r.cacheHits };
}

test('a second run answers every file from the cache with the same findings and analysis', async () => {
  const uncached = await lint({});
  const cold = await lint();
  expect(cold.hits).toBe(0);
  expect(cold.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['unqualified-table', 'delete-without-where', 'drop-cascade']));
  const warm = await lint();
  expect(warm.hits).toBe(4);
  expect(warm).toEqual({ ...cold, hits: 4 });
  expect({ ...uncached, hits: 0 }).toEqual(cold);
  // The folder ignores itself, so a repository does not have to list it in .gitignore.
  expect(readFileSync(path.join(cache.dir, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
});

test('an edited file is linted again; the others still come from the cache', async () => {
  await lint();
  writeFileSync(repo.services[0]!.migrations[0]!.up!.abs, 'CREATE TABLE app.users (id int);\n');
  const edited = await lint();
  expect(edited.hits).toBe(3);
  expect(edited.findings.map((f) => f.rule)).not.toContain('unqualified-table');
  expect(edited).toEqual({ ...(await lint({})), hits: 3 });
});

test.each([
  ['a rule severity', 0, (r: Repo) => { r.config!.rules = { 'drop-cascade': 'warning' }; }],
  ['a rule turned off', 0, (r: Repo) => { r.config!.rules = { 'unqualified-table': 'off' }; }],
  ['the PostgreSQL version', 0, (r: Repo) => { r.config!.pg_version = 11; }],
  ['another service joining (its schema becomes foreign)', 0, (r: Repo) => { r.services.push({ ...r.services[0]!, name: 'billing', snake: 'billing', migrations: [] }); }],
  // Only that migration's two files depend on it.
  ['the affects_tables a migration declares', 2, (r: Repo) => { r.services[0]!.migrations[0]!.meta = { depends_on: [], affects_tables: ['app.orders'] }; }],
])('after changing %s, %i files come from the cache', async (_what, hits, change) => {
  await lint();
  change(repo);
  const changed = await lint();
  expect(changed.hits).toBe(hits);
  expect(changed).toEqual({ ...(await lint({})), hits });
});

test('a cached finding comes back with its file, service and migration, keys in the same order', async () => {
  const cold = await lint();
  const warm = await lint();
  expect(warm.hits).toBe(4);
  expect(warm.findings.map((f) => Object.keys(f))).toEqual(cold.findings.map((f) => Object.keys(f)));
  expect(warm.findings.every((f) => f.file?.startsWith('services/app/') && f.service === 'app' && /^00000[12]$/.test(f.migration ?? ''))).toBe(true);
  // Stored as plain JSON: each finding is the object the report prints, keys in the same order.
  const body = JSON.parse(readFileSync(path.join(cache.dir, 'lint.json'), 'utf8')) as { entries: Record<string, { result: { findings: object[] } }> };
  const stored = Object.values(body.entries).flatMap((e) => e.result.findings);
  expect(stored).toHaveLength(cold.findings.length);
  for (const f of cold.findings) expect(stored).toContainEqual(f);
  expect(stored.map((f) => Object.keys(f)).sort()).toEqual(cold.findings.map((f) => Object.keys(f)).sort());
});

test('another build of the rules does not reuse the cache', async () => {
  await lint();
  expect((await lint({ cache: { ...cache, buildId: 'next-build' } })).hits).toBe(0);
});

test.each([
  ['not JSON', '{"format": 1, "build": "test-bu'],
  ['another format', JSON.stringify({ format: 99, build: 'test-build', entries: {} })],
  ['the former compact format', JSON.stringify({ format: 4, build: 'test-build', runs: [], strings: [], shapes: [], entries: [] })],
  ['of the wrong outline', JSON.stringify({ format: 5, build: 'test-build', entries: 'x' })],
  ['null', 'null'],
])('a cache file that is %s is ignored and replaced', async (_what, text) => {
  const cold = await lint();
  writeFileSync(path.join(cache.dir, 'lint.json'), text);
  const again = await lint();
  expect(again).toEqual(cold);
  expect((await lint()).hits).toBe(4);
});

type StoredResult = { findings: unknown; analysis: Record<string, unknown>; model?: unknown };
test.each([
  ['a finding without its rule', (r: StoredResult) => { for (const f of r.findings as Record<string, unknown>[]) delete f.rule; }],
  ['a position that is not a number', (r: StoredResult) => { for (const f of r.findings as Record<string, unknown>[]) f.line = 'x'; }],
  ['a text that is not a string', (r: StoredResult) => { for (const f of r.findings as Record<string, unknown>[]) f.file = 7; }],
  ['findings that are not a list', (r: StoredResult) => { r.findings = {}; }],
  ['the analysis of another file', (r: StoredResult) => { r.analysis.file = 'services/app/other.sql'; }],
  ['a flag that is not a boolean', (r: StoredResult) => { r.analysis.empty = 'no'; }],
  ['a model without its events', (r: StoredResult) => { r.model = { conditions: [] }; }],
])('entries with %s are linted again and repaired', async (_what, damage) => {
  const cold = await lint();
  const file = path.join(cache.dir, 'lint.json');
  const body = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { result: StoredResult }> };
  for (const e of Object.values(body.entries)) damage(e.result);
  writeFileSync(file, JSON.stringify(body));
  const again = await lint();
  expect({ ...again, hits: 0 }).toEqual({ ...cold, hits: 0 });
  expect((await lint()).hits).toBe(4);
});

test('an unwritable cache location never fails the run', async () => {
  // A file where the cache folder should be: mkdir fails.
  writeFileSync(path.join(dir, 'blocked'), 'x');
  const blocked = await lint({ cache: { dir: path.join(dir, 'blocked', 'cache'), buildId: 'test-build' } });
  expect(blocked).toEqual({ ...(await lint({})), hits: 0 });
  expect(existsSync(path.join(dir, 'blocked', 'cache'))).toBe(false);
});

test('the default folder is outside the repository, one per repository path', () => {
  const env = { XDG_CACHE_HOME: '/xdg' };
  expect(defaultCacheDir('/work/a', env)).toMatch(/^\/xdg\/svc-migrate\/[0-9a-f]{16}$/);
  expect(defaultCacheDir('/work/a', env)).not.toBe(defaultCacheDir('/work/b', env));
  expect(defaultCacheDir('/work/a', env)).toBe(defaultCacheDir('/work/x/../a', env));
  expect(defaultCacheDir('/work/a', {})).toMatch(new RegExp(`^${path.join(homedir(), '.cache', 'svc-migrate').replace(/[.]/g, '\\.')}/`));
});

test('from the TypeScript sources nothing is cached unless a build id is given', async () => {
  const r = await lint({ cache: { dir: cache.dir } });
  expect(r.hits).toBe(0);
  expect(existsSync(cache.dir)).toBe(false);
});

describe('findings that depend on the service\'s earlier migrations (the schema model)', () => {
  const setNotNull = 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;\n';
  const setUp = (first: string) => {
    repo = miniRepo([{ name: 'app', migrations: [
      { id: '000001', name: 'check', up: first, down: 'SELECT 1;\n' },
      { id: '000002', name: 'not_null', up: `ALTER TABLE app.users VALIDATE CONSTRAINT email_nn;\n${setNotNull}`, down: 'SELECT 1;\n' },
    ] }]);
  };
  const scans = (r: { findings: { rule: string; migration?: string }[] }) => r.findings.filter((f) => f.rule === 'set-not-null-on-existing').map((f) => f.migration);

  test('the two-migration pattern passes, cached or not', async () => {
    rmSync(repo.root, { recursive: true, force: true });
    setUp('ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;\n');
    expect(scans(await lint({}))).toEqual([]);
    expect(scans(await lint())).toEqual([]);
    const warm = await lint();
    expect(warm.hits).toBe(4);
    expect(scans(warm)).toEqual([]);
  });

  test('editing only the earlier migration changes the later one\'s findings, though its result comes from the cache', async () => {
    rmSync(repo.root, { recursive: true, force: true });
    setUp('ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;\n');
    expect(scans(await lint())).toEqual([]);
    // The CHECK now also allows NULL when d > 0: no proof, and PostgreSQL scans.
    writeFileSync(repo.services[0]!.migrations[0]!.up!.abs, 'ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL OR d > 0) NOT VALID;\n');
    const edited = await lint();
    expect(edited.hits).toBe(3);
    expect(scans(edited)).toEqual(['000002']);
    expect(edited).toEqual({ ...(await lint({})), hits: 3 });
  });
});

test('single-schema folding and blank down files: a run from the cache reports what a fresh run reports', async () => {
  rmSync(repo.root, { recursive: true, force: true });
  repo = miniRepo([{ name: 'forum', migrations: [
    { id: '000001', name: 'init', up: 'CREATE TABLE posts (id bigint PRIMARY KEY);\nINSERT INTO posts VALUES (1);\n', down: '' },
    { id: '000002', name: 'more', up: 'CREATE TABLE tags (id bigint PRIMARY KEY);\n', down: '\n' },
  ] }]);
  const cold = await lint();
  const rules = cold.findings.map((f) => `${f.rule} ${f.migration}`);
  expect(rules.filter((r) => r.startsWith('unqualified-table'))).toEqual(['unqualified-table 000001', 'unqualified-table 000002']);
  expect(rules.filter((r) => r.startsWith('empty-migration'))).toEqual(['empty-migration 000001']);
  const warm = await lint();
  expect(warm.hits).toBe(4);
  expect(warm).toEqual({ ...cold, hits: 4 });
  // A schema named in one file turns every unqualified name back into a finding of its own, the cached files' too.
  writeFileSync(repo.services[0]!.migrations[1]!.up!.abs, 'CREATE TABLE forum.tags (id bigint PRIMARY KEY);\n');
  const named = await lint();
  expect(named.hits).toBe(3);
  expect(named.findings.filter((f) => f.rule === 'unqualified-table').map((f) => f.line)).toEqual([1, 2]);
});
