/**
 * SIGINT and SIGTERM during `up` (spec section 4): the first one cancels the running statement and stops the run
 * before the next migration; what the run then says is built here, for the CLI and the Action alike.
 */

/** Where a signal stopped `up`. */
export interface Interruption {
  signal: string;
  service: string;
  id: string;
  name: string;
  /** True when the migration was running (and was cancelled or finished failing); false when it had not started. */
  during: boolean;
  /** Whether that migration runs in one transaction (then nothing of it remains after a cancel). */
  transactional: boolean;
}

/** The exit code of a process stopped by `signal`, as shells report it: 128 + the signal number. */
export function signalExitCode(signal: string): number {
  return signal === 'SIGTERM' ? 143 : 130;
}

/** Where the run stopped, the state it left and what to do next. */
export function interruptionMessage(i: Interruption, applied: number): string {
  const where = `${i.service} ${i.id} (${i.name})`;
  const head = `interrupted by ${i.signal} ${i.during ? 'in' : 'before'} ${where}; this run applied ${applied} migration(s) before it.`;
  if (!i.during) return `${head} ${i.id} did not start: run svc-migrate up again to apply it and the rest.`;
  if (i.transactional) {
    return `${head} Its statement was cancelled and PostgreSQL rolled its transaction back, so nothing of ${i.id} remains: run svc-migrate up again to apply it and the rest.`;
  }
  return (
    `${head} ${i.id} runs outside a transaction and is left dirty (the cancelled attempt is in the performance table): ` +
    `check what it did, then run svc-migrate force --service ${i.service} --version ${i.id} --clean (finished) or --remove ` +
    `(undone), and svc-migrate up again.`
  );
}
