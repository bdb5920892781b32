import { lintWorkerCount, minFilesForWorkers } from './pool.js';

test.each([
  ['two cores: workers only for very large repositories', 2, {}, 10_000],
  ['one core', 1, {}, 10_000],
  ['more cores: sooner', 8, {}, 2_000],
  ['SVC_MIGRATE_WORKER_MIN_FILES sets it', 2, { SVC_MIGRATE_WORKER_MIN_FILES: '200' }, 200],
  ['a value that is not a number is ignored', 2, { SVC_MIGRATE_WORKER_MIN_FILES: 'many' }, 10_000],
])('minFilesForWorkers: %s', (_what, cores, env, files) => {
  expect(minFilesForWorkers(cores, env)).toBe(files);
});

test('an explicit worker count wins over the threshold, within 0..16', () => {
  expect(lintWorkerCount(1, 3)).toBe(3);
  expect(lintWorkerCount(1_000_000, 0)).toBe(0);
  expect(lintWorkerCount(1, 99)).toBe(16);
});
