/**
 * The repository as it was at a git revision, for `diff --base REF`: the root's files at REF, extracted with
 * `git archive` into a temporary folder. A shallow clone (CI's default `fetch-depth: 1`) may not hold REF: then
 * the revision is fetched from `origin` (and the history deepened) before giving up with a message that says
 * what to do.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../core/types.js';

const run = promisify(execFile);

/** A checkout of the root at a revision; `dispose()` deletes it. */
export interface BaseCheckout {
  /** The folder that stands for `--root` at the revision (empty when the root did not exist then). */
  dir: string;
  /** The full commit id REF resolved to. */
  commit: string;
  /** What had to be done to get it (`fetched origin main`), for the report; empty when nothing. */
  notes: string[];
  dispose(): Promise<void>;
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The commit REF names, fetching it (or deepening a shallow history) when this clone lacks it. */
async function resolveCommit(top: string, ref: string, notes: string[]): Promise<string | undefined> {
  const local = await tryGit(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (local) return local;
  const remote = await tryGit(top, ['remote']);
  if (!remote) return undefined;
  const origin = remote.split('\n').includes('origin') ? 'origin' : (remote.split('\n')[0] as string);
  // A fresh clone has `main` only as origin/main when another branch is checked out.
  const tracking = await tryGit(top, ['rev-parse', '--verify', '--quiet', `refs/remotes/${origin}/${ref}^{commit}`]);
  if (tracking) return tracking;
  // A branch name of the remote (`main`) is fetched as itself; a commit id is fetched by id (GitHub allows it).
  const branch = ref.replace(/^(refs\/heads\/|origin\/)/, '');
  if ((await tryGit(top, ['fetch', '--quiet', '--no-tags', '--depth=1', origin, `+refs/heads/${branch}:refs/remotes/${origin}/${branch}`])) !== undefined) {
    notes.push(`fetched ${origin}/${branch}`);
    const fetched = await tryGit(top, ['rev-parse', '--verify', '--quiet', `refs/remotes/${origin}/${branch}^{commit}`]);
    if (fetched) return fetched;
  }
  if ((await tryGit(top, ['fetch', '--quiet', '--no-tags', '--depth=1', origin, ref])) !== undefined) {
    notes.push(`fetched ${ref} from ${origin}`);
    const fetched = await tryGit(top, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']);
    if (fetched) return fetched;
  }
  if ((await tryGit(top, ['rev-parse', '--is-shallow-repository'])) === 'true') {
    if ((await tryGit(top, ['fetch', '--quiet', '--no-tags', '--deepen=200', origin])) !== undefined) {
      notes.push(`deepened the shallow clone from ${origin}`);
      return tryGit(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
  }
  return undefined;
}

/** Extracts `git archive <treeish>` into `dest` (through tar, which every git install has beside it). */
async function extract(top: string, treeish: string, dest: string): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', treeish], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    archive.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    tar.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    archive.stdout.pipe(tar.stdin);
    archive.on('error', reject);
    tar.on('error', reject);
    tar.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(errors.trim() || `tar exited with ${code}`))));
  });
}

/**
 * The root's files at `ref`. Throws `UsageError` when the root is not in a git work tree or REF cannot be had
 * (after trying to fetch it), saying what to do.
 */
export async function checkoutRevision(root: string, ref: string): Promise<BaseCheckout> {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--base needs a git revision (a branch, tag or commit), got "${ref}".`);
  const top = await tryGit(root, ['rev-parse', '--show-toplevel']);
  if (!top) throw new UsageError(`diff --base needs a git work tree: ${root} is not inside one.`);
  const notes: string[] = [];
  const commit = await resolveCommit(top, ref, notes);
  if (!commit) {
    throw new UsageError(
      `The base revision "${ref}" is not in this clone and could not be fetched. In a shallow CI checkout use ` +
        '`fetch-depth: 0` (actions/checkout), or run `git fetch origin ' + ref + '` first.',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'svc-migrate-base-'));
  try {
    const sub = relative(await realpath(top), await realpath(root)).split(sep).join('/');
    const treeish = sub === '' ? commit : `${commit}:${sub}`;
    // A root that did not exist at REF is an empty repository then: everything in it is new.
    if ((await tryGit(top, ['cat-file', '-e', treeish])) !== undefined) await extract(top, treeish, dir);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw new UsageError(`Could not extract ${ref} (${commit.slice(0, 12)}): ${(e as Error).message}`);
  }
  return { dir, commit, notes, dispose: () => rm(dir, { recursive: true, force: true }) };
}
