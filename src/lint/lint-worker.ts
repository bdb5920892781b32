/**
 * Entry of a lint worker thread (built to dist/lint-worker.js): loads the parser once, then lints every batch
 * the main thread sends (see pool.ts). Kept apart from the CLI entry so a worker loads only what linting needs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ensureParser } from '../sql/parser.js';
import { lintContext, runLintJob } from './lint.js';
import type { LintShared } from './lint.js';
import type { WorkerRequest, WorkerResponse } from './pool.js';

if (parentPort) {
  const port = parentPort;
  const context = lintContext(workerData as LintShared);
  const parser = ensureParser();
  port.on('message', (request: WorkerRequest) => {
    parser.then(
      () => {
        const response: WorkerResponse = { first: request.first, results: request.jobs.map((job) => runLintJob(job, context)) };
        port.postMessage(response);
      },
    ).catch((e: unknown) => {
      const response: WorkerResponse = { first: request.first, error: e instanceof Error ? e.message : String(e) };
      port.postMessage(response);
    });
  });
}
