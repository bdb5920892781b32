/**
 * Runs a CommonJS bundle through a V8 code cache: the bytecode V8 compiled for the bundle in an earlier run of the
 * same command, kept in the user's cache folder. Without it every run parses the 1.5 MB CLI bundle and compiles
 * each function it calls again, about 30 ms of a 200 ms `validate` (Node 22 has this built in as
 * `module.enableCompileCache()`; the CLI also runs on Node 20).
 *
 * What is trusted: V8 rejects data written by another V8 version or with other flags, but of the source it checks
 * only the length. So a cache file is named after the bundle's CRC-32 and length and carries a CRC-32 of its own
 * data; anything that does not match is ignored and written anew. The folder is the user's own (mode 700), like
 * the rest of their home, and deliberately not the lint cache's `svc-migrate` folder, which workflows are told to
 * share through actions/cache (README): bytecode must never come from a shared cache. A file that another user
 * owns or could have written is not read.
 *
 * One file per command: `validate` and `up` compile different halves of the bundle. It is written at exit by the
 * first run that found none (or one V8 rejected), so the bytecode covers what that command ran. A later run that
 * takes another path through the same command (a first `validate` answered by the lint cache, then one that
 * parses) compiles what the cache lacks, as it would without a cache.
 * `SVC_MIGRATE_NO_CODE_CACHE=1` turns it off; `SVC_MIGRATE_CODE_CACHE_DIR` moves it.
 */
import Module, { createRequire } from 'node:module';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

const MAGIC = 0x434d5653; // "SVMC", little-endian
const HEADER = 8;

/** Where code caches live unless SVC_MIGRATE_CODE_CACHE_DIR says otherwise. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SVC_MIGRATE_CODE_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'svc-migrate-v8');
}

/** The cache file of `bundle` for `command`, for this V8 and this exact source. */
export function codeCacheFile(dir: string, bundle: string, command: string, source: string, crc32: (s: string) => number): string {
  const name = path.basename(bundle, '.js');
  const tag = /^[a-z][a-z-]{0,19}$/.test(command) ? command : 'other';
  // No dots inside a part: writeCodeCache finds the same bundle, command and V8 by the first three parts.
  const v8 = process.versions.v8.replace(/[^0-9a-z]/gi, '_');
  return path.join(dir, `${name}.${tag}.${v8}.${crc32(source).toString(16)}.${source.length}.bin`);
}

/**
 * The V8 data in a cache file, or undefined when there is none, it is damaged, or someone else could have written
 * it: bytecode is code, so a file not owned by this user, or writable by others (a SVC_MIGRATE_CODE_CACHE_DIR
 * pointed at a shared folder), is never loaded.
 */
export function readCodeCache(file: string, crc32: (b: Uint8Array) => number): Buffer | undefined {
  let raw: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || (st.mode & 0o022) !== 0 || (process.getuid !== undefined && st.uid !== process.getuid())) return undefined;
    raw = readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (raw.length <= HEADER || raw.readUInt32LE(0) !== MAGIC) return undefined;
  const data = raw.subarray(HEADER);
  return crc32(data) === raw.readUInt32LE(4) ? data : undefined;
}

/**
 * Writes `data` as the cache file `file` (through a temporary file: a concurrent run reads the old file or the
 * new one, never half of one) and removes the same bundle's, command's and V8's caches of other builds. Never throws:
 * a cache that cannot be written only means the next run compiles again.
 */
export function writeCodeCache(file: string, data: Buffer, crc32: (b: Uint8Array) => number): void {
  const dir = path.dirname(file);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(crc32(data), 4);
    writeFileSync(temp, Buffer.concat([header, data]), { mode: 0o600 });
    renameSync(temp, file);
    // Same bundle, command and V8, another build: never read again. (Another V8's file stays: a machine with two
    // Node versions would otherwise rewrite the cache on every run that switches.)
    const prefix = path.basename(file).split('.').slice(0, 3).join('.') + '.';
    for (const other of readdirSync(dir)) {
      if (other.startsWith(prefix) && other.endsWith('.bin') && other !== path.basename(file)) rmSync(path.join(dir, other), { force: true });
    }
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself is unusable: nothing was left behind.
    }
  }
}

/**
 * Runs the CommonJS bundle `bundle` as Node's `require` would, compiling it from the code cache of `command`
 * when there is a valid one. `save` is for the exit: it writes a cache when there was none (or V8 rejected it),
 * once the run has compiled every function it used, so that the data covers the command's whole path.
 */
export function runBundle(bundle: string, command: string, env: NodeJS.ProcessEnv = process.env): { fromCache: boolean; save: () => void } {
  // zlib.crc32 arrived in Node 20.15: older Node runs the bundle as it is.
  const crc32 = (zlib as { crc32?: (data: string | Uint8Array) => number }).crc32;
  if (env.SVC_MIGRATE_NO_CODE_CACHE === '1' || typeof crc32 !== 'function') {
    createRequire(bundle)(bundle);
    return { fromCache: false, save: () => undefined };
  }
  const source = readFileSync(bundle, 'utf8');
  const file = codeCacheFile(codeCacheDir(env), bundle, command, source, crc32);
  const cachedData = readCodeCache(file, crc32);
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const mod = new Module(bundle);
  mod.filename = bundle;
  run.call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle));
  return { fromCache: !stale, save: stale ? () => writeCodeCache(file, script.createCachedData(), crc32) : () => undefined };
}
