/**
 * Hooks: shell scripts in a service's `migrations/hooks/` run around each migration (spec section 4).
 * Before a migration: `pre_migrate.sh`, then `pre_migrate_<ID>.sh`; after it: `post_migrate_<ID>.sh`, then
 * `post_migrate.sh` (the specific hook sits closest to its migration). Each runs as `bash <file>` — never a shell
 * string built from input — with the repository root as working directory.
 *
 * Only a regular file inside the repository runs: a symlink may point within it, never out of it (a hook is code
 * the repository's reviewers read), and a FIFO or device would hang bash on its first read. A hook still running
 * after the timeout is stopped with its whole process group, and the run stops.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scrubSecrets } from './url.js';

export type HookPhase = 'pre' | 'post';

export interface HookContext {
  hooksDir: string | undefined;
  service: string;
  migration: string;
  env: string;
  /** Passed to the hook as DATABASE_URL (the real one: hooks connect); scrubbed from anything printed. */
  databaseUrl?: string;
  cwd: string;
  /** Where the hook's output lines go. */
  out: (line: string) => void;
  /** Base environment for the hook (default process.env). */
  processEnv?: NodeJS.ProcessEnv;
  /** Stop a hook after this many seconds (default DEFAULT_HOOK_TIMEOUT_SECONDS). */
  timeoutSeconds?: number;
}

/** How long a hook may run unless `--hook-timeout` or svc-migrate.json's `hook_timeout_seconds` say otherwise. */
export const DEFAULT_HOOK_TIMEOUT_SECONDS = 600;

/** After SIGTERM, how long a stopped hook gets before SIGKILL. */
const KILL_GRACE_MS = 2000;

export interface HookFailure {
  hook: string;
  code: number | null;
  /** Last lines of its stderr (or stdout when stderr was empty), password scrubbed. */
  tail: string;
}

/** The hook files that run for a phase, in order, that exist. */
export function hookFiles(hooksDir: string | undefined, phase: HookPhase, migration: string): string[] {
  if (!hooksDir) return [];
  const generic = join(hooksDir, `${phase}_migrate.sh`);
  const specific = join(hooksDir, `${phase}_migrate_${migration}.sh`);
  const order = phase === 'pre' ? [generic, specific] : [specific, generic];
  // lstat, not exists: a dangling symlink is a hook too (refused below), not an absent one.
  return order.filter((f) => existsSync(f) || isLink(f));
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Why a hook file must not run, or undefined when it may: it must resolve (symlinks followed) to a regular file
 * inside the repository root. Its content is never read here, so nothing of a file outside leaks into a message.
 */
export function hookProblem(file: string, root: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (e) {
    return `it cannot be resolved (${(e as NodeJS.ErrnoException).code ?? 'error'}: a dangling symlink?)`;
  }
  const realRoot = realpathSync(root);
  const rel = relative(realRoot, real);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || rel.startsWith(sep)) {
    return 'it resolves to a file outside the repository (a symlink out of it)';
  }
  if (!statSync(real).isFile()) return 'it is not a regular file (a FIFO, device, socket or directory would hang or fail)';
  return undefined;
}

/** Runs the hooks of one phase; stops at the first failing (or refused) one and returns what failed. */
export async function runHooks(phase: HookPhase, ctx: HookContext): Promise<HookFailure | undefined> {
  for (const file of hookFiles(ctx.hooksDir, phase, ctx.migration)) {
    const problem = hookProblem(file, ctx.cwd);
    if (problem) return { hook: file, code: null, tail: `not run: ${problem}` };
    const failure = await runHook(file, ctx);
    if (failure) return failure;
  }
  return undefined;
}

function runHook(file: string, ctx: HookContext): Promise<HookFailure | undefined> {
  return new Promise((resolvePromise) => {
    const env: NodeJS.ProcessEnv = {
      ...(ctx.processEnv ?? process.env),
      SVC_MIGRATE_SERVICE: ctx.service,
      SVC_MIGRATE_MIGRATION: ctx.migration,
      SVC_MIGRATE_ENV: ctx.env,
      DATABASE_URL: ctx.databaseUrl ?? '',
    };
    // Its own process group, so that a timeout stops what the hook started too (a `sleep` it waits for).
    const child = spawn('bash', [file], { cwd: ctx.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const seconds = ctx.timeoutSeconds ?? DEFAULT_HOOK_TIMEOUT_SECONDS;
    let timedOut = false;
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref();
    }, seconds * 1000);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const scrub = (s: string) => scrubSecrets(s, ctx.databaseUrl);
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        stdout.push(line);
        ctx.out(scrub(line));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolvePromise({ hook: file, code: null, tail: scrub(e.message) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending !== '') {
        stdout.push(pending);
        ctx.out(scrub(pending));
      }
      if (timedOut) {
        return resolvePromise({
          hook: file,
          code: null,
          tail: `it did not finish within ${seconds}s (--hook-timeout, or hook_timeout_seconds in svc-migrate.json) and was stopped`,
        });
      }
      if (code === 0) return resolvePromise(undefined);
      const text = stderr.join('').trim() || stdout.join('\n').trim();
      const tail = text.split('\n').slice(-10).join('\n');
      resolvePromise({ hook: file, code, tail: scrub(signal ? `${tail}\n(killed by ${signal})`.trim() : tail) });
    });
  });
}
