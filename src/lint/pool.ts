/**
 * Linting on every core: worker threads that each load the parser once and lint batches of files. The main
 * thread only hands out batches and collects results (and meanwhile checks the dependency graph): it holds the
 * repository and every result, and parsing there too grew its heap with promoted AST garbage: more peak RSS for
 * no gain in time (docs/benchmarks.md). Only the built bundle has a worker entry
 * (`lint-worker.js` beside it); the TypeScript sources run everything in-process (see `lintRepo`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../core/types.js';
import type { LintJob, LintJobOutcome, LintShared } from './lint.js';
import { readJob } from './lint.js';

/** Files per message: large enough that messaging is noise, small enough that both threads finish together. */
const BATCH = 32;

/**
 * Batches each worker gets at once when the run starts. They carry no bytes (the worker reads them): the main
 * thread goes on to check the graph, during which it cannot refill the queues, and 24 batches are about that much
 * work (docs/benchmarks.md).
 */
const FIRST_BATCHES = 24;

/** Batches kept queued per worker afterwards, each read by the main thread before it is sent. */
const IN_FLIGHT = 4;

/** The first message a worker gets: what every job of the run shares. */
export interface WorkerInit {
  init: LintShared;
}

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

/** More workers than this only add start-up and memory (and keep a typo such as 1000 from starting a thousand). */
const MAX_WORKERS = 16;

/**
 * The worker threads `--concurrency` asks for (ESLint's flag): a number, `auto` (one per core) or `off` (the
 * default: in-process). Opt-in because on two cores the workers were never a clear win (docs/benchmarks.md): an
 * in-process run already keeps the second core busy with V8's own threads.
 */
export function parseConcurrency(value: string | undefined, cores: number = availableParallelism()): number {
  if (value === undefined || value === 'off') return 0;
  if (value === 'auto') return cores < 2 ? 0 : Math.min(cores, MAX_WORKERS);
  if (/^\d+$/.test(value)) return Math.min(Number(value), MAX_WORKERS);
  throw new UsageError(`--concurrency ${value}: expected a number of worker threads, auto (one per core) or off (in-process).`);
}

/** Workers to use for `files` files to parse: the requested number, but none that would get no batch. */
export function lintWorkerCount(files: number, requested: number): number {
  return Math.max(0, Math.min(requested, MAX_WORKERS, Math.ceil(files / BATCH)));
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
 * Worker threads that lint batches of files. They can be started before the jobs are known (`validate` starts
 * them while it is still reading a large repository, so that their start-up, about 0.1 s each, overlaps the
 * loading) and are then unreferenced: an idle pool never keeps the process alive. `run` may be called once;
 * `close` always (it is safe to call twice).
 */
export class LintPool {
  private readonly workers: Worker[] = [];
  /** Why a worker failed before `run` listened, if one did. */
  private failure: Error | undefined;
  private used = false;

  private constructor(entry: string, readonly size: number) {
    try {
      for (let i = 0; i < size; i++) {
        // The shared settings come in the first message, not as workerData: they are known only later.
        const worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
        worker.unref();
        // Listened from the start: an 'error' event without a listener would crash the process.
        worker.on('error', (e) => (this.failure ??= e));
        this.workers.push(worker);
      }
    } catch (e) {
      for (const w of this.workers) void w.terminate();
      throw e;
    }
  }

  /**
   * Starts `size` workers (what `--concurrency` asked for), or none when not running from the bundle or when
   * a thread cannot be created (then everything is linted in-process, as without workers).
   */
  static start(size: number): LintPool | undefined {
    const entry = size > 0 ? lintWorkerEntry() : undefined;
    if (!entry) return undefined;
    try {
      return new LintPool(entry, size);
    } catch {
      return undefined;
    }
  }

  /**
   * Lints `jobs`, filling `results` by job index (and telling `onResult` of each as it arrives). Rejects when a
   * worker fails; the results filled so far stay valid and the caller lints the rest in-process. The workers get
   * their first batches before this returns its promise.
   */
  async run(jobs: readonly LintJob[], shared: LintShared, results: (LintJobOutcome | undefined)[], onResult?: (index: number, outcome: LintJobOutcome) => void): Promise<void> {
    if (this.used) throw new Error('a lint pool runs once');
    this.used = true;
    if (this.failure) throw this.failure;
    let next = 0;
    const take = (read: boolean): WorkerRequest | undefined => {
      if (next >= jobs.length) return undefined;
      const first = next;
      next = Math.min(jobs.length, next + BATCH);
      const batch = jobs.slice(first, next);
      // Refills: the main thread reads (and hashes) the batch's files itself. It is otherwise idle while the
      // workers parse, and the reads (four system calls a file) were a tenth of a worker's time. The bytes are
      // copied into the message (docs/benchmarks.md).
      return { first, jobs: read ? batch.map((job) => ({ ...job, read: readJob(job.abs, shared) })) : batch };
    };
    // A small run gets a smaller first share, so that every worker has some and the rest is handed out evenly.
    const firstShare = Math.max(1, Math.min(FIRST_BATCHES, Math.floor(Math.ceil(jobs.length / BATCH) / (2 * this.workers.length))));
    const done = this.workers.map((worker) => new Promise<void>((resolve, reject) => {
      worker.ref();
      let finished = false;
      let inFlight = 0;
      const send = (read: boolean): boolean => {
        const request = take(read);
        if (request) {
          inFlight++;
          worker.postMessage(request);
          return true;
        }
        if (inFlight === 0) {
          finished = true;
          resolve();
        }
        return false;
      };
      worker.on('message', (m: WorkerResponse) => {
        inFlight--;
        if (m.error !== undefined || !m.results) return reject(new Error(m.error ?? 'lint worker sent no results'));
        m.results.forEach((r, i) => {
          results[m.first + i] = r;
          onResult?.(m.first + i, r);
        });
        // The first batches drain down to the steady depth, which is then kept (or the run ends).
        while (inFlight < IN_FLIGHT && send(true));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`lint worker exited with code ${code}`));
      });
      const init: WorkerInit = { init: shared };
      worker.postMessage(init);
      for (let i = 0; i < firstShare; i++) send(false);
    }));
    await Promise.all(done);
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}
