/**
 * Hooks: shell scripts in a service's `migrations/hooks/` run around each migration (spec section 4).
 * Before a migration: `pre_migrate.sh`, then `pre_migrate_<ID>.sh`; after it: `post_migrate_<ID>.sh`, then
 * `post_migrate.sh` (the specific hook sits closest to its migration). Each runs as `bash <file>` — never a shell
 * string built from input — with the repository root as working directory.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, ServedDatabase } from './db/types.js';
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
}

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
  return order.filter((f) => existsSync(f));
}

/**
 * Hooks connect by themselves (`psql "$DATABASE_URL"`): an embedded database lives inside this process, so while
 * hooks may run it is served on loopback and they get that URL. Undefined when no hook can run (none on disk,
 * `--no-hooks`) or the database is a real server, whose own URL the hooks get.
 */
export async function serveForHooks(db: Database, hooksDirs: (string | undefined)[], noHooks: boolean | undefined): Promise<ServedDatabase | undefined> {
  if (noHooks || !db.serve) return undefined;
  return hooksDirs.some(hasHooks) ? db.serve() : undefined;
}

function hasHooks(dir: string | undefined): boolean {
  if (dir === undefined || !existsSync(dir)) return false;
  return readdirSync(dir).some((f) => /^(pre|post)_migrate(_.+)?\.sh$/.test(f));
}

/** Runs the hooks of one phase; stops at the first failing one and returns what failed. */
export async function runHooks(phase: HookPhase, ctx: HookContext): Promise<HookFailure | undefined> {
  for (const file of hookFiles(ctx.hooksDir, phase, ctx.migration)) {
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
    const child = spawn('bash', [file], { cwd: ctx.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('error', (e) => resolvePromise({ hook: file, code: null, tail: scrub(e.message) }));
    child.on('close', (code, signal) => {
      if (pending !== '') {
        stdout.push(pending);
        ctx.out(scrub(pending));
      }
      if (code === 0) return resolvePromise(undefined);
      const text = stderr.join('').trim() || stdout.join('\n').trim();
      const tail = text.split('\n').slice(-10).join('\n');
      resolvePromise({ hook: file, code, tail: scrub(signal ? `${tail}\n(killed by ${signal})`.trim() : tail) });
    });
  });
}
