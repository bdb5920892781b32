/**
 * The CLI's progress reporter (core/progress.ts), always on stderr so that stdout carries only results (and only
 * the report with --format json or sarif).
 * - On a terminal: one line, redrawn in place (`\r`, erase line) with the elapsed time, erased when the task ends;
 *   anything else written meanwhile (to stdout or stderr) first erases it; the next tick draws it again. No spinner.
 * - Elsewhere (a CI log, a pipe): plain lines. A named step (`Applying: ...`) gets one line when it starts; a
 *   counted task (files) only when it is slow: after 2 s, then every 10 s, with how far it got.
 */
import type { Progress, ProgressTask } from '../core/progress.js';

export interface ProgressReporter extends Progress {
  /** Runs `write` (output of the command) with the live line out of the way. */
  around(write: () => void): void;
  /** Ends whatever task is still shown (a command that threw mid-task). */
  stop(): void;
}

/** Counted tasks this quick never show: a validate of a small repository draws nothing. */
const QUIET_MS = 300;
const PLAIN_FIRST_MS = 2000;
const PLAIN_EVERY_MS = 10000;
/** A terminal line redrawn for a counted task at most this often: thousands of files, not thousands of writes. */
const REDRAW_MS = 100;

interface Live {
  label: string;
  total?: number;
  done: number;
  started: number;
  timer?: ReturnType<typeof setInterval>;
  drawn: boolean;
  drawnAt: number;
  printedAt: number;
}

/** A reporter writing with `write` (stderr); `tty` when that is a terminal. */
export function progressReporter(write: (text: string) => void, opts: { tty: boolean; now?: () => number }): ProgressReporter {
  const now = opts.now ?? (() => performance.now());
  let live: Live | undefined;
  const text = (): string => {
    if (!live) return '';
    const seconds = Math.floor((now() - live.started) / 1000);
    const count = live.total !== undefined ? ` ${live.done}/${live.total}` : '';
    return `${live.label}${count}${seconds >= 1 ? ` (${seconds} s)` : ''}`;
  };
  const erase = (): void => {
    if (live?.drawn) write('\r\u001b[K');
  };
  const draw = (): void => {
    if (!live) return;
    if (opts.tty) {
      if (live.total !== undefined && now() - live.started < QUIET_MS) return;
      write(`\r\u001b[K${text()}`);
      live.drawn = true;
      live.drawnAt = now();
    } else if (live.total !== undefined) {
      const since = now() - live.started;
      if (since >= PLAIN_FIRST_MS && now() - live.printedAt >= PLAIN_EVERY_MS) {
        write(text() + '\n');
        live.printedAt = now();
      }
    }
  };
  return {
    start(label, options = {}): ProgressTask {
      erase();
      if (live?.timer) clearInterval(live.timer);
      const task: Live = { label, total: options.total, done: 0, started: now(), drawn: false, drawnAt: -Infinity, printedAt: -Infinity };
      live = task;
      if (!opts.tty && options.total === undefined) write(label + '\n');
      draw();
      // The elapsed time moves even when nothing else does; unref: the timer never keeps the process alive.
      task.timer = setInterval(() => live === task && draw(), 1000);
      task.timer.unref?.();
      return {
        advance(done: number): void {
          if (live !== task) return;
          task.done = done;
          // Drawn from here too, not only by the timer: a CPU-bound loop (linting in-process) lets no timer run.
          if (!opts.tty || now() - task.drawnAt >= REDRAW_MS) draw();
        },
        end(): void {
          clearInterval(task.timer);
          if (live !== task) return;
          erase();
          live = undefined;
        },
      };
    },
    stop(): void {
      if (live?.timer) clearInterval(live.timer);
      erase();
      live = undefined;
    },
    around(output: () => void): void {
      erase();
      if (live) live.drawn = false;
      output();
      // Drawn again by the next tick, not now: the output is most often the task's own result line, right before
      // the task ends, and drawing in between would only flicker.
    },
  };
}
