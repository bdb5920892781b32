/**
 * The progress hooks in lint and apply code (core/progress.ts): they report through the value passed down, never
 * through the CLI, and every task they start they end.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Progress } from '../src/core/progress.js';
import { cli } from './helpers/cli.js';
import { validate } from '../src/lint/validate.js';

function recorder(): { progress: Progress; events: string[] } {
  const events: string[] = [];
  return {
    events,
    progress: {
      start(label, options) {
        events.push(`start ${label}${options?.total !== undefined ? ` /${options.total}` : ''}`);
        return { advance: (done) => events.push(`advance ${done}`), end: () => events.push('end') };
      },
    },
  };
}

test.each([
  ['without a cache', false],
  ['with a cache', true],
])('validate counts the files it lints, up to the total, then ends (%s)', async (_name, cached) => {
  const { progress, events } = recorder();
  const cache = cached ? { dir: mkdtempSync(join(tmpdir(), 'svcm-progress-cache-')) } : undefined;
  const { report } = await validate({ root: 'fixtures', progress, cache });
  const total = Number(/\/(\d+)$/.exec(events[0]!)?.[1]);
  expect(events[0]).toMatch(/^start Validating files: \/\d+$/);
  expect(total).toBe(report.summary.files);
  expect(events.filter((e) => e.startsWith('advance'))).toHaveLength(total);
  expect(events.at(-2)).toBe(`advance ${total}`);
  expect(events.at(-1)).toBe('end');
});

test('up and rollback name the migration they run, one plain line each when stderr is not a terminal', async () => {
  const db = `pglite://${join(mkdtempSync(join(tmpdir(), 'svcm-progress-')), 'data')}`;
  const up = await cli(['up', '--root', 'fixtures', '--service', 'user-service', '--no-hooks', '--database-url', db]);
  expect(up.code).toBe(0);
  expect(up.stderr.split('\n').filter((l) => l && !l.startsWith('database: '))).toEqual([
    'Applying: user-service 000001_create_users',
    'Applying: user-service 000002_add_user_profiles',
    'Applying: user-service 000003_dev_seed_data',
  ]);
  const back = await cli(['rollback', '--root', 'fixtures', '--service', 'user-service', '--steps', '1', '--force', '--database-url', db]);
  expect(back.code).toBe(0);
  expect(back.stderr).toContain('Reverting: user-service 000003_dev_seed_data\n');
}, 60_000);
