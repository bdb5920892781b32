import { jest } from '@jest/globals';
import { progressReporter } from './progress.js';

function setup(tty: boolean) {
  let clock = 0;
  let written = '';
  const reporter = progressReporter((t) => (written += t), { tty, now: () => clock });
  return {
    reporter,
    tick: (ms: number) => {
      clock += ms;
      jest.advanceTimersByTime(ms);
    },
    written: () => written,
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('on a terminal', () => {
  test('one line redrawn in place with the elapsed time, erased at the end', () => {
    const t = setup(true);
    const task = t.reporter.start('Applying: billing 000003_add_index');
    expect(t.written()).toBe('\r\u001b[KApplying: billing 000003_add_index');
    t.tick(2000);
    expect(t.written().endsWith('\r\u001b[KApplying: billing 000003_add_index (2 s)')).toBe(true);
    task.end();
    expect(t.written().endsWith('\r\u001b[K')).toBe(true);
    const before = t.written();
    t.tick(5000);
    expect(t.written()).toBe(before); // the timer is gone
  });

  test('output of the command moves the line out of the way; the next tick draws it again', () => {
    const t = setup(true);
    t.reporter.start('Applying: a 000001_x');
    let out = '';
    t.reporter.around(() => (out = 'result line\n'));
    expect(out).toBe('result line\n');
    expect(t.written()).toBe('\r\u001b[KApplying: a 000001_x\r\u001b[K');
    t.tick(1000);
    expect(t.written()).toBe('\r\u001b[KApplying: a 000001_x\r\u001b[K\r\u001b[KApplying: a 000001_x (1 s)');
  });

  test('a counted task stays quiet when quick, then shows done/total, redrawn at most every 100 ms', () => {
    const t = setup(true);
    const task = t.reporter.start('Validating files:', { total: 1000 });
    task.advance(10);
    expect(t.written()).toBe('');
    t.tick(400);
    task.advance(500);
    expect(t.written()).toContain('Validating files: 500/1000');
    const writes = t.written().length;
    task.advance(501);
    expect(t.written().length).toBe(writes);
    task.end();
  });
});

describe('in a log (not a terminal)', () => {
  test('a named step is one plain line, no escape sequences', () => {
    const t = setup(false);
    const task = t.reporter.start('Applying: billing 000003_add_index');
    t.tick(30000);
    task.end();
    expect(t.written()).toBe('Applying: billing 000003_add_index\n');
  });

  test('a counted task prints only when slow: after 2 s, then every 10 s', () => {
    const t = setup(false);
    const task = t.reporter.start('Validating files:', { total: 100 });
    task.advance(5);
    t.tick(1000);
    expect(t.written()).toBe('');
    t.tick(1000);
    expect(t.written()).toBe('Validating files: 5/100 (2 s)\n');
    t.tick(5000);
    expect(t.written().split('\n')).toHaveLength(2);
    t.tick(5000);
    expect(t.written().split('\n')).toHaveLength(3);
    task.end();
  });

  test('a counted task in a busy loop (no timer runs) still prints when slow', () => {
    let clock = 0;
    let written = '';
    const reporter = progressReporter((t) => (written += t), { tty: false, now: () => clock });
    const task = reporter.start('Validating files:', { total: 100 });
    for (let i = 1; i <= 100; i++) {
      clock += 50; // 5 s in all, no timer advanced
      task.advance(i);
    }
    task.end();
    expect(written).toBe('Validating files: 40/100 (2 s)\n');
  });

  test('stop ends a task left running', () => {
    const t = setup(true);
    t.reporter.start('Verifying: a 000001 x');
    t.reporter.stop();
    expect(t.written().endsWith('\r\u001b[K')).toBe(true);
  });
});
