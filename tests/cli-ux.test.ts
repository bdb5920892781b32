/**
 * The CLI's manners (issue #19): suggestions for typos and other tools' habits, help per command, the root found
 * from a subfolder. Output as a pipe sees it; tests/cli-tty.test.ts runs the built CLI in a pseudo-terminal.
 */
import { mkdirSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../src/cli/run.js';
import { commands } from '../src/cli/commands/index.js';
import { cli } from './helpers/cli.js';

describe('suggestions', () => {
  test.each([
    [['valdate'], /unknown command 'valdate'\. Did you mean 'validate'\?/],
    [['stauts'], /Did you mean 'status'\?/],
    [['down'], /unknown command 'down': svc-migrate has no 'down': to revert, run 'svc-migrate rollback --service NAME --steps 1'/],
    [['migrate'], /unknown command 'migrate': to apply pending migrations, run 'svc-migrate up'/],
    [['validate', '--rot', '.'], /^svc-migrate validate: unknown flag --rot; did you mean --root\?\nRun 'svc-migrate validate --help'/],
    [['up', '--steps', '1'], /'up' takes no --steps; it is a flag of 'rollback'/],
    [['new', '--database-url', 'x'], /'new' takes no --database-url; these commands take it: /],
    [['help', 'rolback'], /Did you mean 'rollback'\?/],
    [['--root', '.', 'validate'], /^svc-migrate: flags go after the command: svc-migrate validate --root \.\n$/],
    [['--bogus'], /'--bogus' is a flag, and flags go after a command/],
  ])('%j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    // One short message, not the whole help and not Node's parseArgs text.
    expect(r.stderr).not.toMatch(/Commands:|ERR_PARSE_ARGS|Unknown option|To specify an option argument/);
    expect(r.stderr.split('\n').length).toBeLessThanOrEqual(3);
  });
});

describe('help per command', () => {
  test('svc-migrate help up equals up --help and lists only its flags with typed values', async () => {
    const viaHelp = await cli(['help', 'up']);
    const viaFlag = await cli(['up', '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).toMatch(/^Usage: svc-migrate up \[flags\]/);
    for (const flag of ['--root DIR', '--target ID', '--backup-dir DIR', '--notify-webhook URL', '--database-url URL', '--format FORMAT']) {
      expect(viaHelp.stdout).toContain(flag);
    }
    expect(viaHelp.stdout).not.toContain('VALUE');
    expect(viaHelp.stdout).not.toContain('--steps');
    expect(viaHelp.stdout).toMatch(/Examples:\n {2}svc-migrate up /);
    expect(viaHelp.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 {2}a migration failed.*\n {2}2 /);
    expect(viaHelp.stdout).toMatch(/Environment:\n {2}DATABASE_URL/);
  });

  test.each(['new', 'deps'])('%s --help names no database or cache flag', async (name) => {
    const r = await cli([name, '--help']);
    for (const flag of ['--database-url', '--cache-dir', '--no-cache', 'DATABASE_URL']) expect(r.stdout).not.toContain(flag);
  });

  test('rollback shows --steps N and --to ID', async () => {
    const r = await cli(['help', 'rollback']);
    expect(r.stdout).toContain('--steps N');
    expect(r.stdout).toContain('--to ID');
    expect(r.stdout).not.toContain('--cache-dir');
  });

  test.each(commands.map((c) => c.name))('%s: two or three examples, every flag typed, every example parses', async (name) => {
    const command = commands.find((c) => c.name === name)!;
    expect(command.examples?.length).toBeGreaterThanOrEqual(1);
    expect(command.examples!.length).toBeLessThanOrEqual(3);
    const r = await cli(['help', name]);
    for (const o of command.options) if (o.type === 'string') expect(r.stdout).toContain(`--${o.name} ${o.value}`);
    expect(r.stdout).not.toContain('VALUE');
    // An example that its own command refuses would teach a mistake: each must parse (we stop at --help).
    for (const example of command.examples!) {
      const argv = example.split('|')[0]!.split('>')[0]!.trim().split(/\s+/).filter(Boolean);
      const parsed = await cli([name, ...argv, '--help']);
      expect({ example, code: parsed.code, stderr: parsed.stderr }).toEqual({ example, code: 0, stderr: '' });
    }
  });

  test('no command at all prints the general help and exits 2; help exits 0', async () => {
    expect((await cli([])).code).toBe(2);
    const r = await cli(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/svc-migrate help <command>/);
  });
});

describe('the root', () => {
  test('validate from a service subfolder finds the repository, like git', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'svcm-ux-'));
    cpSync(resolve('fixtures'), repo, { recursive: true });
    const sub = join(repo, 'services', 'user-service', 'migrations');
    mkdirSync(sub, { recursive: true });
    let stdout = '';
    const code = await runCli(['validate', '--format', 'json'], { out: (t) => (stdout += t), err: () => undefined, color: false, env: {}, cwd: sub });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.services).toBe(3);
  });
});

describe('check reads in order', () => {
  test('validation, then where it applies and what, then the verdict', async () => {
    const r = await cli(['check', '--root', 'fixtures', '--apply', '--no-hooks', '--service', 'user-service']);
    expect(r.code).toBe(0);
    const validation = r.stdout.indexOf('SQL files checked');
    const where = r.stdout.search(/apply to embedded PostgreSQL [\d.]+ \(PGlite, in memory\), environment development: 3 migration\(s\) pending/);
    const applied = r.stdout.indexOf('create_users');
    const verdict = r.stdout.indexOf('✔ 0 errors');
    expect(validation).toBeGreaterThan(-1);
    expect([validation, where, applied, verdict]).toEqual([...[validation, where, applied, verdict]].sort((a, b) => a - b));
    expect(where).toBeGreaterThan(validation);
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^✔ 0 errors/);
    // one verdict, not validation's and then the final one
    expect(r.stdout.match(/errors, /g)).toHaveLength(1);
  }, 60_000);

  test('without --apply it says so and shows what up would do', async () => {
    const r = await cli(['check', '--root', 'fixtures', '--service', 'user-service']);
    expect(r.stdout).toMatch(/not applied \(no --apply\), what up would do:\nPlan for development/);
  });
});

test('help wraps descriptions to the terminal width, under their column', async () => {
  let stdout = '';
  await runCli(['help', 'up'], { out: (t) => (stdout += t), err: () => undefined, color: false, columns: 72, env: {}, cwd: process.cwd() });
  const lines = stdout.split('\n');
  expect(lines.filter((l) => l.length > 72 && !/^ {2}svc-migrate /.test(l))).toEqual([]);
  const root = lines.findIndex((l) => l.startsWith('  --root DIR'));
  // A continuation starts where the description column starts.
  const column = /^( {2}--root DIR +)/.exec(lines[root]!)![1]!.length;
  expect(lines[root + 1]).toMatch(new RegExp(`^ {${column}}\\S`));
});
