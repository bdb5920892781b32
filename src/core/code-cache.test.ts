import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { codeCacheDir, codeCacheFile, readCodeCache, runBundle, writeCodeCache } from './code-cache.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'svcm-code-cache-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A CommonJS bundle that writes what it was run with to ran.json (it runs in Node's own context, not in the
 * test's: Jest's globals are not its globals).
 */
function bundle(extra = ''): string {
  const file = path.join(dir, 'app-main.js');
  writeFileSync(file, `const seen = { filename: __filename, dirname: __dirname, path: typeof require('node:path').join, self: module.exports === exports${extra} };\n` +
    `require('node:fs').writeFileSync(${JSON.stringify(path.join(dir, 'ran.json'))}, JSON.stringify(seen));\n`);
  return file;
}

function ran(): unknown {
  const file = path.join(dir, 'ran.json');
  const seen: unknown = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  return seen;
}

test('the folder: SVC_MIGRATE_CODE_CACHE_DIR, else the user cache folder, never the lint cache folder', () => {
  expect(codeCacheDir({ SVC_MIGRATE_CODE_CACHE_DIR: '/x' })).toBe('/x');
  expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' })).toBe('/xdg/svc-migrate-v8');
  // actions/cache is told to share ~/.cache/svc-migrate between jobs: bytecode must not travel with it.
  expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }).startsWith('/xdg/svc-migrate/')).toBe(false);
});

test.each([
  ['validate', 'validate'],
  ['rollback', 'rollback'],
  ['--version', 'other'],
  ['../../etc', 'other'],
  ['', 'other'],
])('a cache file per bundle and command (%s -> %s), this V8 and the exact source', (command, tag) => {
  const name = path.basename(codeCacheFile('/c', '/dist/cli-main.js', command, 'source', crc32));
  expect(name.startsWith(`cli-main.${tag}.`)).toBe(true);
  expect(name).toContain(`.${process.versions.v8.replace(/[^0-9a-z]/gi, '_')}.`);
  expect(name.endsWith('.6.bin')).toBe(true);
  expect(codeCacheFile('/c', '/dist/cli-main.js', command, 'sourcf', crc32)).not.toBe(codeCacheFile('/c', '/dist/cli-main.js', command, 'source', crc32));
});

test('written data reads back; a damaged or foreign file reads as none', () => {
  const file = path.join(dir, 'c', 'x.validate.v.1.1.bin');
  const data = Buffer.from('bytecode, as far as this test knows');
  writeCodeCache(file, data, crc32);
  expect(readCodeCache(file, crc32)).toEqual(data);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);

  const raw = readFileSync(file);
  const flipped = Buffer.from(raw);
  flipped[raw.length - 1] ^= 1;
  writeFileSync(file, flipped);
  expect(readCodeCache(file, crc32)).toBeUndefined();
  writeFileSync(file, raw.subarray(0, 8));
  expect(readCodeCache(file, crc32)).toBeUndefined();
  writeFileSync(file, Buffer.concat([Buffer.from('XXXX'), raw.subarray(4)]));
  expect(readCodeCache(file, crc32)).toBeUndefined();
  // Sound, but writable by others: someone else could have put bytecode there.
  writeFileSync(file, raw);
  expect(readCodeCache(file, crc32)).toEqual(data);
  chmodSync(file, 0o666);
  expect(readCodeCache(file, crc32)).toBeUndefined();
  expect(readCodeCache(path.join(dir, 'missing.bin'), crc32)).toBeUndefined();
});

test("writing replaces the same bundle's, command's and V8's caches of other builds, and nothing else", () => {
  const c = path.join(dir, 'c');
  writeCodeCache(path.join(c, 'cli-main.validate.v8.aaa.10.bin'), Buffer.from('old'), crc32);
  writeCodeCache(path.join(c, 'cli-main.validate.otherv8.aaa.10.bin'), Buffer.from('another Node'), crc32);
  writeCodeCache(path.join(c, 'cli-main.up.v8.aaa.10.bin'), Buffer.from('up'), crc32);
  writeCodeCache(path.join(c, 'other.validate.v8.aaa.10.bin'), Buffer.from('other bundle'), crc32);
  writeCodeCache(path.join(c, 'cli-main.validate.v8.bbb.11.bin'), Buffer.from('new'), crc32);
  expect(readdirSync(c).sort()).toEqual([
    'cli-main.up.v8.aaa.10.bin',
    'cli-main.validate.otherv8.aaa.10.bin',
    'cli-main.validate.v8.bbb.11.bin',
    'other.validate.v8.aaa.10.bin',
  ]);
});

test('a folder that cannot be written never fails the run', () => {
  writeFileSync(path.join(dir, 'blocked'), 'a file where the folder should be');
  expect(() => writeCodeCache(path.join(dir, 'blocked', 'c', 'x.bin'), Buffer.from('x'), crc32)).not.toThrow();
});

test('a bundle runs as require would run it; the first run leaves a cache, the next one uses it', () => {
  const file = bundle();
  const env = { SVC_MIGRATE_CODE_CACHE_DIR: path.join(dir, 'c') };
  const first = runBundle(file, 'validate', env);
  expect(first.fromCache).toBe(false);
  expect(ran()).toEqual({ filename: file, dirname: dir, path: 'function', self: true });
  expect(readdirSync(dir)).not.toContain('c');
  first.save();
  const [written] = readdirSync(path.join(dir, 'c'));
  expect(written).toMatch(/^app-main\.validate\./);
  const cacheFile = path.join(dir, 'c', written!);
  const before = readFileSync(cacheFile);

  const again = runBundle(file, 'validate', env);
  expect(again.fromCache).toBe(true);
  expect(ran()).toEqual({ filename: file, dirname: dir, path: 'function', self: true });
  again.save();
  // Not rewritten. (Whether V8 used it cannot be seen from inside one process, which already compiled this source
  // once; tests/dist.test.ts checks that with separate processes.)
  expect(readFileSync(cacheFile)).toEqual(before);
});

test('a damaged cache is ignored and written anew; an edited bundle gets a cache of its own', () => {
  const file = bundle();
  const env = { SVC_MIGRATE_CODE_CACHE_DIR: path.join(dir, 'c') };
  runBundle(file, 'validate', env).save();
  const cacheFile = path.join(dir, 'c', readdirSync(path.join(dir, 'c'))[0]!);
  writeFileSync(cacheFile, Buffer.from('SVMC garbage'));
  const damaged = runBundle(file, 'validate', env);
  expect(damaged.fromCache).toBe(false);
  damaged.save();
  expect(runBundle(file, 'validate', env).fromCache).toBe(true);

  ran();
  bundle(', edited: true');
  const edited = runBundle(file, 'validate', env);
  expect(edited.fromCache).toBe(false);
  edited.save();
  expect(ran()).toMatchObject({ edited: true });
  // The cache of the old source was replaced, not kept beside the new one.
  expect(readdirSync(path.join(dir, 'c'))).toHaveLength(1);
});

test('a cache file that is sound but not V8 data (another V8, other flags) is rejected and written anew', () => {
  // A source this process never compiled: V8 would otherwise answer from its own in-memory cache and not look.
  const file = bundle(`, variant: ${JSON.stringify(dir)}`);
  const env = { SVC_MIGRATE_CODE_CACHE_DIR: path.join(dir, 'c') };
  const cacheFile = codeCacheFile(env.SVC_MIGRATE_CODE_CACHE_DIR, file, 'validate', readFileSync(file, 'utf8'), crc32);
  writeCodeCache(cacheFile, Buffer.from('no bytecode here'), crc32);
  const rejected = runBundle(file, 'validate', env);
  expect(rejected.fromCache).toBe(false);
  rejected.save();
  expect(readCodeCache(cacheFile, crc32)?.toString()).not.toBe('no bytecode here');
});

test('SVC_MIGRATE_NO_CODE_CACHE=1 runs the bundle without a cache', () => {
  const file = bundle();
  runBundle(file, 'validate', { SVC_MIGRATE_NO_CODE_CACHE: '1', SVC_MIGRATE_CODE_CACHE_DIR: path.join(dir, 'c') }).save();
  expect(ran()).toMatchObject({ filename: file });
  expect(readdirSync(dir)).not.toContain('c');
});
