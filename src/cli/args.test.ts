import { UsageError } from '../core/types.js';
import { commandHelp, parseCommandLine } from './args.js';
import { defaultCacheDir } from '../lint/cache.js';
import type { Command } from './types.js';

const command: Command = {
  name: 'demo',
  summary: 'a demo',
  options: [
    { name: 'approve', type: 'boolean', description: 'approve' },
    { name: 'to', type: 'string', description: 'target' },
  ],
  formats: ['text', 'json'],
  run: async () => 0,
};

test('defaults: root ., text, fail-on error, no services, DATABASE_URL from the environment', () => {
  const { common, flags } = parseCommandLine(command, [], { DATABASE_URL: 'postgres://x', XDG_CACHE_HOME: '/xdg' });
  expect(common).toEqual({ root: '.', services: [], env: undefined, format: 'text', failOn: 'error', databaseUrl: 'postgres://x', cache: { dir: defaultCacheDir('.', { XDG_CACHE_HOME: '/xdg' }) } });
  expect(common.cache?.dir).toMatch(/^\/xdg\/svc-migrate\/[0-9a-f]{16}$/);
  expect(flags).toEqual({ approve: undefined, to: undefined });
});

test('--service repeats and splits on commas; command flags are returned', () => {
  const { common, flags } = parseCommandLine(command, ['--service', 'a,b', '--service', 'c', '--approve', '--to', '000003', '--database-url', 'pglite:///d'], { DATABASE_URL: 'ignored' });
  expect(common.services).toEqual(['a', 'b', 'c']);
  expect(common.databaseUrl).toBe('pglite:///d');
  expect(flags).toEqual({ approve: true, to: '000003' });
});

test.each([
  [['--root', 'repo'], { XDG_CACHE_HOME: '/xdg' }, { dir: defaultCacheDir('repo', { XDG_CACHE_HOME: '/xdg' }) }],
  [['--root', 'repo'], { SVC_MIGRATE_CACHE_DIR: '/tmp/c' }, { dir: '/tmp/c' }],
  [['--cache-dir', 'here'], { SVC_MIGRATE_CACHE_DIR: '/tmp/c' }, { dir: 'here' }],
  [['--no-cache', '--cache-dir', 'here'], {}, undefined],
])('lint cache of %j with %j: %j', (argv, env, cache) => {
  expect(parseCommandLine(command, argv, env).common.cache).toEqual(cache);
});

test.each([
  [['--nope'], /--nope/],
  [['--format', 'sarif'], /--format sarif is not supported by 'demo'/],
  [['--fail-on', 'info'], /--fail-on info is not valid/],
  [['stray'], /no positional arguments/],
  [['--to'], /--to/],
])('%j is a UsageError', (argv, message) => {
  expect(() => parseCommandLine(command, argv, {})).toThrow(UsageError);
  expect(() => parseCommandLine(command, argv, {})).toThrow(message);
});

test('help lists the common and the command flags', () => {
  const help = commandHelp(command);
  expect(help).toContain('--fail-on LEVEL');
  expect(help).toContain('--to VALUE');
  expect(help).toContain('--approve');
});
