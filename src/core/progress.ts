/**
 * Progress of work that takes time (a migration being applied, a verify step, linting many files), reported by
 * the code doing it and drawn by whoever called it: the CLI draws a line on a terminal, or plain lines in a log.
 * Passed down as an optional value so that apply and lint code never import the CLI.
 */

export interface Progress {
  /** A task starts: `Applying: user-service 000003_add_index`; `total` for a task counted in steps (files). */
  start(label: string, options?: { total?: number }): ProgressTask;
}

export interface ProgressTask {
  /** Steps done so far, of the total given to start. */
  advance(done: number): void;
  /** The task ended (either way); its line goes away, the caller prints the outcome. */
  end(): void;
}
