/**
 * Entry of a lint worker thread (built to dist/lint-worker.js): loads the parser once, takes the run's shared
 * settings from the first message, then lints every batch the main thread sends (see pool.ts). Kept apart from
 * the CLI entry so a worker loads only what linting needs.
 */
import { parentPort } from 'node:worker_threads';
import { ensureParser } from '../sql/parser.js';
import { lintContext, runLintJob } from './lint.js';
import type { LintContext } from './lint.js';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './pool.js';

if (parentPort) {
  const port = parentPort;
  // Started at once: a pool may be started before the jobs are known, and this is most of a worker's start-up.
  const parser = ensureParser();
  let context: LintContext | undefined;
  port.on('message', (message: WorkerInit | WorkerRequest) => {
    if ('init' in message) {
      context = lintContext(message.init);
      return;
    }
    const request = message;
    parser.then(
      () => {
        if (!context) throw new Error('a batch came before the settings');
        const ctx = context;
        const response: WorkerResponse = { first: request.first, results: request.jobs.map((job) => runLintJob(job, ctx)) };
        port.postMessage(response);
      },
    ).catch((e: unknown) => {
      const response: WorkerResponse = { first: request.first, error: e instanceof Error ? e.message : String(e) };
      port.postMessage(response);
    });
  });
}
