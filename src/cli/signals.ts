/** Signals while migrations are applied: a clean stop first, an immediate exit on the second. */
import { signalExitCode } from '../apply/interrupt.js';
import type { Io } from './types.js';

/**
 * SIGINT / SIGTERM while a command applies migrations (`up`, `check --apply`): the first one aborts the returned
 * signal (the running statement is cancelled and no further migration starts, see UpOptions.signal); a second one
 * exits at once.
 */
export function trapSignals(io: Io): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = () => {
      if (controller.signal.aborted) process.exit(signalExitCode(name));
      io.err(`${name} received: cancelling the running statement and stopping before the next migration (${name} again to exit at once)\n`);
      controller.abort(name);
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return { signal: controller.signal, release: () => handlers.forEach(([name, handler]) => process.off(name, handler)) };
}
