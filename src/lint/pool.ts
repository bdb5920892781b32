/**
 * Linting on every core: worker threads that each load the parser once and lint batches of files. The main
 * thread only hands out batches and collects results (and meanwhile checks the dependency graph): it holds the
 * repository and every result, and parsing there too grew its heap with promoted AST garbage, which showed as
 * 30-60 MB more peak RSS at 10,000 migrations for no gain in time. Only the built bundle has a worker entry
 * (`lint-worker.js` beside it); the TypeScript sources run everything in-process (see `lintRepo`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintJob, LintJobOutcome, LintShared } from './lint.js';
import { readJob } from './lint.js';

/** Below this many files, starting a worker (about 0.1 s) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

/** Files per message: large enough that messaging is noise, small enough that both threads finish together. */
const BATCH = 32;

/** Batches queued per worker, so it never waits for the main thread (busy with the graph checks). */
const IN_FLIGHT = 4;

/** A batch sent to a worker. */
export interface WorkerRequest {
  first: number;
  jobs: LintJob[];
}

/** A worker's answer: the results of the batch starting at `first`, or why it failed. */
export interface WorkerResponse {
  first: number;
  results?: LintJobOutcome[];
  error?: string;
}

/** How many worker threads to start for `files` files (0: lint in-process). */
export function lintWorkerCount(files: number, requested?: number): number {
  const fromEnv = process.env.SVC_MIGRATE_LINT_WORKERS;
  const wanted = requested ?? (fromEnv !== undefined && /^\d+$/.test(fromEnv) ? Number(fromEnv) : undefined);
  if (wanted !== undefined) return Math.max(0, Math.min(wanted, 16));
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  // One per core; on a single core, in-process (a worker would only add its start-up).
  const cores = availableParallelism();
  return cores < 2 ? 0 : cores;
}

/** The worker entry beside the running bundle, or undefined when running from sources. */
export function lintWorkerEntry(): string | undefined {
  try {
    const file = fileURLToPath(new URL('./lint-worker.js', import.meta.url));
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lints `jobs` with `count` workers, filling `results` by job index (and telling `onResult` of each as it
 * arrives). Rejects when a worker fails; the results filled so far stay valid and the caller lints the rest
 * in-process. The workers get their first batches before this returns its promise.
 */
export async function lintInPool(
  entry: string,
  count: number,
  jobs: readonly LintJob[],
  shared: LintShared,
  results: (LintJobOutcome | undefined)[],
  onResult?: (index: number, outcome: LintJobOutcome) => void,
): Promise<void> {
  let next = 0;
  const take = (): WorkerRequest | undefined => {
    if (next >= jobs.length) return undefined;
    const first = next;
    next = Math.min(jobs.length, next + BATCH);
    // The main thread reads (and hashes) the batch's files itself: it is otherwise idle while the workers parse,
    // and the reads (four system calls a file) were a tenth of a worker's time. The bytes are copied into the
    // message. 10,000 migrations: 2.94-3.06 s -> 2.78-2.98 s.
    return { first, jobs: jobs.slice(first, next).map((job) => ({ ...job, read: readJob(job.abs, shared) })) };
  };
  const workers: Worker[] = [];
  try {
    const done = Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(entry, { workerData: shared, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
      workers.push(worker);
      let finished = false;
      let inFlight = 0;
      const send = () => {
        const request = take();
        if (request) {
          inFlight++;
          worker.postMessage(request);
        } else if (inFlight === 0) {
          finished = true;
          resolve();
        }
      };
      worker.on('message', (m: WorkerResponse) => {
        inFlight--;
        if (m.error !== undefined || !m.results) return reject(new Error(m.error ?? 'lint worker sent no results'));
        m.results.forEach((r, i) => {
          results[m.first + i] = r;
          onResult?.(m.first + i, r);
        });
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`lint worker exited with code ${code}`));
      });
      for (let i = 0; i < IN_FLIGHT; i++) send();
    }));
    await Promise.all(done);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
