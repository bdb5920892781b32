/**
 * Backups before `up` (backup_required) and the `backup` / `restore` commands.
 * - Real PostgreSQL: `pg_dump -Fc` to `<dir>/<db>-<timestamp>.dump`, `pg_restore --clean --if-exists` back, in
 *   one transaction (`--single-transaction --exit-on-error`): a damaged dump changes nothing.
 * - A backup gets its final name only once it is complete, not empty and readable (`pg_restore --list` on it):
 *   until then it is `<name>.partial`, deleted when anything fails. A file in the folder is a backup.
 *   The password goes to the child through PGPASSWORD, never on its command line, and is scrubbed from its output.
 * - PGlite (in memory or on disk): PGlite's own `dumpDataDir` tarball (`.tar.gz`), which PGlite loads again with
 *   `loadDataDir`; restore unpacks it into an EMPTY `pglite://` directory. pg_dump cannot reach an embedded
 *   database (it has no socket), so that is the embedded backup.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { repoKey, userCacheDir } from '../lint/cache.js';
import { UsageError } from '../core/types.js';
import type { Database } from './db/types.js';
import { pgliteDir } from './db/open.js';
import { redactUrl, scrubSecrets } from './url.js';

export interface BackupOptions {
  /** Where backups go; default `defaultBackupDir(root)`, in the user's cache folder. */
  dir: string;
  /** The target URL (undefined = embedded in memory). */
  url: string | undefined;
  /** The open database (used for PGlite, whose data lives in this process). */
  db?: Database;
  now?: Date;
  /** pg_dump binary (tests, unusual installs). Default `pg_dump` on PATH. */
  pgDump?: string;
  /** pg_restore binary, to check the dump is readable. Default `pg_restore` on PATH. */
  pgRestore?: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  format: 'pg_dump-custom' | 'pglite-datadir';
}

/**
 * The default backup folder of a repository: `~/.cache/svc-migrate/backups/<folder name>-<key>` (XDG_CACHE_HOME
 * honoured), never inside the repository, where `git add .` would commit a copy of the database.
 */
export function defaultBackupDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(userCacheDir(env), 'backups', `${basename(resolve(root)).replace(/[^A-Za-z0-9_.-]/g, '_') || 'repo'}-${repoKey(root)}`);
}

/** A backup holds every row of the database: only its owner may read it (mode 600, folder 700). */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Backs the target up. Throws an Error with a message for people (password-free) when it cannot. */
export async function backupDatabase(opts: BackupOptions): Promise<BackupResult> {
  const now = opts.now ?? new Date();
  mkdirSync(opts.dir, { recursive: true, mode: DIR_MODE });
  if (opts.db?.kind === 'pglite' || opts.url === undefined || opts.url.startsWith('pglite:')) {
    if (!opts.db?.dumpDataDir) {
      throw new Error('The embedded database (PGlite) can only be backed up from the process that has it open.');
    }
    const bytes = await opts.db.dumpDataDir();
    const file = join(opts.dir, `pglite-${stamp(now)}.tar.gz`);
    const partial = `${file}.partial`;
    try {
      writeFileSync(partial, bytes, { mode: FILE_MODE });
      chmodSync(partial, FILE_MODE); // a file that was there keeps its mode through writeFileSync
      // Read back: a write that "succeeded" on a failing disk must not pass for a backup.
      const written = readFileSync(partial);
      if (bytes.byteLength === 0 || !written.equals(bytes)) throw new Error(`the backup file ${partial} does not hold what was written (${written.byteLength} of ${bytes.byteLength} bytes)`);
      renameSync(partial, file);
    } catch (e) {
      throw writeFailure(e, partial, opts.dir);
    }
    return { file, bytes: bytes.byteLength, format: 'pglite-datadir' };
  }
  if (opts.url === undefined) throw new Error('a backup of a PostgreSQL server needs its URL (pg_dump connects by itself).');
  const { url, env } = splitPassword(opts.url);
  const dbName = safeName(new URL(opts.url).pathname.slice(1) || 'postgres');
  const file = join(opts.dir, `${dbName}-${stamp(now)}.dump`);
  const partial = `${file}.partial`;
  let bytes: number;
  try {
    // Created first, mode 600: pg_dump truncates and fills it, so the dump is never readable by others meanwhile.
    closeSync(openSync(partial, 'w', FILE_MODE));
    chmodSync(partial, FILE_MODE);
    await runTool(opts.pgDump ?? 'pg_dump', ['-Fc', '--no-password', '-f', partial, '--dbname', url], env, opts.url);
    bytes = statSync(partial).size;
    if (bytes === 0) throw new Error(`pg_dump reported success but wrote an empty file`);
    await runTool(opts.pgRestore ?? 'pg_restore', ['--list', partial], env, opts.url).catch((e: unknown) => {
      throw new Error(`the dump pg_dump wrote is not readable (pg_restore --list): ${e instanceof Error ? e.message : String(e)}`);
    });
    renameSync(partial, file);
  } catch (e) {
    throw writeFailure(e, partial, opts.dir);
  }
  return { file, bytes, format: 'pg_dump-custom' };
}

/**
 * A backup that failed: a backup that failed while writing is for the most part a disk that is full — said
 * plainly, with what to do. A partial file never stays behind: in the backup folder it would look like a backup.
 * `unreachable` is true when the database could not be reached (pg_dump's connection failed) or pg_dump could
 * not start: problems of the setup, exit 2, rather than a backup that failed.
 */
export class BackupError extends Error {
  constructor(message: string, readonly unreachable: boolean) {
    super(message);
    this.name = 'BackupError';
  }
}

function writeFailure(e: unknown, file: string, dir: string): BackupError {
  rmSync(file, { force: true });
  const message = e instanceof Error ? e.message : String(e);
  const full = /No space left on device|ENOSPC|EDQUOT|quota exceeded/i.test(message) || (e as { code?: string }).code === 'ENOSPC';
  const unreachable = /could not start|connection to server|could not connect|could not translate host|authentication failed|no password supplied/i.test(message);
  const explained = full
    ? `${message.replace(/\s+$/, '')} — the backup folder ${dir} has no space left: free space there or pass --backup-dir on a disk with room. The partial file was deleted.`
    : `${message} (no backup file was kept)`;
  return new BackupError(explained, unreachable);
}

export interface RestoreOptions {
  file: string;
  url: string | undefined;
  cwd?: string;
  pgRestore?: string;
}

/** A restore that failed; `targetChanged` says whether the target database may have been changed. */
export class RestoreError extends Error {
  constructor(message: string, readonly targetChanged: boolean) {
    super(message);
    this.name = 'RestoreError';
  }
}

/**
 * Restores a backup. Real PostgreSQL: the file is listed first (`pg_restore --list`: a file that is no dump never
 * touches the target), then `pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error`:
 * the drops and the loads commit together, so a dump that breaks half-way leaves the target as it was.
 * PGlite on disk: the target directory must be empty or absent (PGlite cannot replace a live cluster).
 * Throws RestoreError for a failed restore (the target unchanged), UsageError for bad input.
 */
export async function restoreDatabase(opts: RestoreOptions): Promise<void> {
  if (!existsSync(opts.file)) throw new UsageError(`Backup file ${opts.file} does not exist.`);
  if (opts.url === undefined || opts.url === 'pglite://' || opts.url === 'pglite://memory') {
    throw new UsageError('Restoring into an in-memory database keeps nothing: pass --database-url pglite:///dir or a postgres:// URL.');
  }
  if (opts.url.startsWith('pglite:')) {
    const dir = pgliteDir(opts.url, opts.cwd)!;
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new UsageError(`${dir} is not empty: restore a PGlite backup into a new, empty directory.`);
    }
    if (!opts.file.endsWith('.tar.gz')) throw new UsageError(`${opts.file} is not a PGlite backup (.tar.gz).`);
    // Loaded here: PGlite is a large module that no other command path needs at start-up.
    const { restorePglite } = await import('./db/pglite.js');
    try {
      await restorePglite(dir, readFileSync(opts.file));
    } catch (e) {
      throw new RestoreError(`${e instanceof Error ? e.message : String(e)} — ${dir} may hold part of the backup: delete it before restoring again.`, true);
    }
    return;
  }
  const { url, env } = splitPassword(opts.url);
  const tool = opts.pgRestore ?? 'pg_restore';
  const file = resolve(opts.file);
  try {
    await runTool(tool, ['--list', file], env, opts.url);
  } catch (e) {
    throw new RestoreError(`${opts.file} is not a readable pg_dump archive (${e instanceof Error ? e.message : String(e)}); the target database was not changed.`, false);
  }
  try {
    await runTool(tool, ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', '--no-password', '--dbname', url, file], env, opts.url);
  } catch (e) {
    throw new RestoreError(
      `${e instanceof Error ? e.message : String(e)} — pg_restore ran in one transaction, which was rolled back: the target database was not changed.`,
      false,
    );
  }
}

/** The URL without its password, and PGPASSWORD for the child (process listings show argv, not env). */
function splitPassword(full: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(full);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password !== '') {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = '';
  }
  return { url: u.toString(), env };
}

function safeName(s: string): string {
  return decodeURIComponent(s).replace(/[^A-Za-z0-9_.-]/g, '_') || 'database';
}

function runTool(cmd: string, args: string[], env: NodeJS.ProcessEnv, fullUrl: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', (e) =>
      reject(new Error(`${cmd} could not start (${e.message}); install the PostgreSQL client tools for ${redactUrl(fullUrl)}.`)),
    );
    child.on('close', (code) => {
      if (code === 0) return resolvePromise();
      const tail = stderr.trim().split('\n').slice(-5).join('\n');
      reject(new Error(`${cmd} failed for ${redactUrl(fullUrl)} (exit ${code}): ${scrubSecrets(tail, fullUrl)}`));
    });
  });
}
