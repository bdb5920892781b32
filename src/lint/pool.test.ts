import { UsageError } from '../core/types.js';
import { lintWorkerCount, parseConcurrency } from './pool.js';

test.each([
  ['absent: in-process', undefined, 4, 0],
  ['off: in-process', 'off', 4, 0],
  ['a number', '3', 4, 3],
  ['0: in-process', '0', 4, 0],
  ['a number over 16 is capped', '1000', 4, 16],
  ['auto: one per core', 'auto', 4, 4],
  ['auto on one core: in-process', 'auto', 1, 0],
  ['auto on many cores: at most 16', 'auto', 64, 16],
])('parseConcurrency: %s', (_what, value, cores, workers) => {
  expect(parseConcurrency(value, cores)).toBe(workers);
});

test.each(['many', '-1', '2.5', ''])('parseConcurrency refuses %p with what to write instead', (value) => {
  expect(() => parseConcurrency(value, 4)).toThrow(UsageError);
  expect(() => parseConcurrency(value, 4)).toThrow(/expected a number of worker threads, auto \(one per core\) or off/);
});

test('lintWorkerCount: the requested number, but no worker without a batch of 32 files to parse', () => {
  expect(lintWorkerCount(1_000, 3)).toBe(3);
  expect(lintWorkerCount(1_000_000, 0)).toBe(0);
  expect(lintWorkerCount(40, 4)).toBe(2);
  expect(lintWorkerCount(0, 4)).toBe(0);
});
