import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../core/types.js';
import { findRoot, parseCommandLine } from './args.js';
import { commandHelp } from './help.js';
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
  [['--nope'], /^unknown flag --nope\.\nRun 'svc-migrate demo --help'/],
  [['--rot', '.'], /^unknown flag --rot; did you mean --root\?/],
  [['--aprove'], /did you mean --approve\?/],
  [['-root', '.'], /unknown flag -root; did you mean --root\?/],
  [['--format', 'sarif'], /--format sarif is not a format of 'demo'; use one of: text, json/],
  [['--format', 'jsn'], /\(did you mean json\?\)/],
  [['--fail-on', 'info'], /--fail-on info is not a level/],
  [['stray'], /takes no arguments without a flag \(got 'stray'\)/],
  [['--to'], /^--to needs a value: --to VALUE \(nothing followed it\)/],
  [['--root', '--approve'], /^--root needs a value: --root DIR \(the next word is the flag --approve\)/],
  [['--approve=yes'], /--approve is a switch and takes no value/],
  [['--to', '1', '--to', '2'], /--to was given twice/],
])('%j is a UsageError', (argv, message) => {
  expect(() => parseCommandLine(command, argv, {})).toThrow(UsageError);
  expect(() => parseCommandLine(command, argv, {})).toThrow(message);
  // Never Node's parseArgs wording (ERR_PARSE_ARGS_*, "Unknown option", unbalanced quotes).
  expect(() => parseCommandLine(command, argv, {})).not.toThrow(/ERR_PARSE_ARGS|Unknown option|'--\w+'\. /);
});

test('a flag of another command names that command', () => {
  const other: Command = { ...command, name: 'rollback', options: [{ name: 'steps', type: 'string', value: 'N', description: 'n' }] };
  expect(() => parseCommandLine(command, ['--steps', '1'], {}, '.', [command, other])).toThrow(/^'demo' takes no --steps; it is a flag of 'rollback'\./);
});

test('a command takes only the common flags it uses', () => {
  const lean: Command = { ...command, uses: ['service'] };
  expect(() => parseCommandLine(lean, ['--database-url', 'x'], {})).toThrow(/unknown flag --database-url/);
  expect(parseCommandLine(lean, [], { DATABASE_URL: 'postgres://x' }).common.databaseUrl).toBeUndefined();
  expect(parseCommandLine(lean, ['--service', 'a', '--root', 'r', '--format', 'json'], {}).common).toMatchObject({ services: ['a'], root: 'r', format: 'json' });
});

test('--name=value, a value that starts with - after =, and -- before arguments', () => {
  expect(parseCommandLine(command, ['--to=000003'], {}).flags.to).toBe('000003');
  expect(parseCommandLine(command, ['--to=--x'], {}).flags.to).toBe('--x');
  expect(parseCommandLine(command, ['-h'], {}).help).toBe(true);
  expect(() => parseCommandLine(command, ['--', '--approve'], {})).toThrow(/got '--approve'/);
});

test('help lists the common and the command flags', () => {
  const help = commandHelp(command);
  expect(help).toContain('--fail-on LEVEL');
  expect(help).toContain('--to VALUE');
  expect(help).toContain('--approve');
});

test('the root is found walking up, like git', () => {
  const base = mkdtempSync(join(tmpdir(), 'svcm-root-'));
  mkdirSync(join(base, 'services', 'a', 'migrations'), { recursive: true });
  expect(findRoot(join(base, 'services', 'a', 'migrations'))).toBe(base);
  expect(findRoot(base)).toBe(base);
  expect(findRoot(process.cwd())).toBe('.');
  const withConfig = mkdtempSync(join(tmpdir(), 'svcm-root-'));
  writeFileSync(join(withConfig, 'svc-migrate.json'), '{}');
  mkdirSync(join(withConfig, 'apps', 'x'), { recursive: true });
  expect(findRoot(join(withConfig, 'apps', 'x'))).toBe(withConfig);
  const none = mkdtempSync(join(tmpdir(), 'svcm-root-'));
  expect(findRoot(none)).toBe(none);
  // --root wins; without it the found root is the one used
  expect(parseCommandLine(command, [], {}, join(base, 'services', 'a')).common.root).toBe(base);
  expect(parseCommandLine(command, ['--root', 'elsewhere'], {}, join(base, 'services', 'a')).common.root).toBe('elsewhere');
});
