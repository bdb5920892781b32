/**
 * The CLI in a pseudo-terminal (util-linux `script`) and in a pipe (issue #19): colours, the status table, progress
 * of a long migration (pg_sleep) drawn and erased on the terminal, plain in a log, and never on stdout with JSON.
 * Runs src/cli/main.ts through tsx, as dist/cli-main.js runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';
import { miniRepo } from './helpers/mini-repo.js';

const TSX = resolve('node_modules/.bin/tsx');
const MAIN = resolve('src/cli/main.ts');
const hasScript = spawnSync('script', ['--version']).status === 0;

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const baseEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  TERM: 'xterm-256color',
  XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'svcm-tty-cache-')),
  ...extra,
});

/** Runs the CLI in a pseudo-terminal: stdout and stderr both the terminal, as a person sees them. */
function inTerminal(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const command = [TSX, MAIN, ...args].map(quote).join(' ');
  // `stty cols` first: the terminal `script` creates has no size of its own.
  // `script -e` exits with the command's code: the output is what matters here, whatever the code.
  return spawnSync('script', ['-qec', `stty cols 80 2>/dev/null; ${command}`, '/dev/null'], { env: baseEnv(env), encoding: 'utf8', timeout: 120_000 }).stdout;
}

/** Runs the CLI with stdout and stderr as pipes. */
function piped(args: string[], env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(TSX, [MAIN, ...args], { env: baseEnv(env), encoding: 'utf8', timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const ESC = '\u001b[';
const broken = resolve('fixtures/broken/cycle');

(hasScript ? describe : describe.skip)('validate: colours on a terminal only, unless NO_COLOR / FORCE_COLOR say otherwise', () => {
  test('terminal: coloured; pipe: plain with doc URLs as text', () => {
    const tty = inTerminal(['validate', '--root', broken]);
    expect(tty).toContain(`${ESC}31merror`);
    const pipe = piped(['validate', '--root', broken]);
    expect(pipe.status).toBe(1);
    expect(pipe.stdout).not.toContain('\u001b');
    expect(pipe.stdout).toMatch(/ {4}docs: https:\/\/\S+\/docs\/rules\/dependency-cycle\.md/);
  }, 120_000);

  test('NO_COLOR on a terminal: plain; FORCE_COLOR in a pipe: coloured', () => {
    expect(inTerminal(['validate', '--root', broken], { NO_COLOR: '1' })).not.toContain(`${ESC}31m`);
    expect(piped(['validate', '--root', broken], { FORCE_COLOR: '1' }).stdout).toContain(`${ESC}31merror`);
  }, 120_000);

  test('a typo in a terminal gets the suggestion, exit 2', () => {
    const out = inTerminal(['valdate']);
    expect(out).toMatch(/unknown command 'valdate'\. Did you mean 'validate'\?/);
  }, 120_000);

  test('long messages wrap to the terminal width', () => {
    const out = inTerminal(['validate', '--root', broken], { NO_COLOR: '1' });
    const lines = out.replace(/\r/g, '').split('\n');
    // Source excerpts are shown as they are, a URL is not broken; every other line fits in 80 columns.
    const wrapped = lines.filter((l) => !/^ {4}\d* *\| /.test(l) && !/^ {4}docs: \S+$/.test(l));
    expect(wrapped.filter((l) => l.length > 80)).toEqual([]);
    expect(lines.some((l) => /^ {4}\S/.test(l) && l.length > 60)).toBe(true);
  }, 120_000);
});

describe('progress never on stdout when it carries a report', () => {
  test('verify in a pipe: one "Verifying:" line per step on stderr; text results on stdout', () => {
    const r = piped(['verify', '--root', resolve('fixtures'), '--service', 'user-service']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^Verifying: user-service 000001 create_users \(up, down, up\)$/m);
    // verify --service applies only what that service needs (user-service needs no other): no prerequisite here.
    expect(r.stderr).not.toMatch(/Applying prerequisite: dynamic-service/);
    // Every stderr line is progress: the database, the step being verified, its count and its outcome.
    expect(r.stderr.split('\n').filter(Boolean).every((l) => /^(Verifying|Applying prerequisite): |^\[\d+\/\d+\] |: ok$|^verify on embedded /.test(l))).toBe(true);
    expect(r.stdout).toMatch(/^verify on embedded PostgreSQL [\d.]+ \(PGlite, in memory\)/);
  }, 120_000);

  test('check --apply --format sarif: stdout is the SARIF document alone, progress on stderr', () => {
    const r = piped(['check', '--root', resolve('fixtures'), '--service', 'user-service', '--apply', '--no-hooks', '--format', 'sarif']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe('2.1.0');
    expect(r.stderr).toMatch(/^Applying: user-service 000001_create_users$/m);
  }, 120_000);
});

(hasScript ? describeWithPostgres : describe.skip)('a long migration (pg_sleep)', () => {
  const slowRepo = () =>
    miniRepo([
      {
        name: 'slow-svc',
        migrations: [
          { id: '000001', name: 'create_t', up: 'CREATE TABLE public.t (id int);\n' },
          { id: '000002', name: 'take_a_while', up: 'SELECT pg_sleep(2.5);\n' },
        ],
      },
    ]).root;

  test('terminal: "Applying: ..." with the elapsed time while it runs, erased when it ends; then the status table', () =>
    withTempDatabase(async (url) => {
      const root = slowRepo();
      const out = inTerminal(['up', '--root', root, '--database-url', url, '--no-hooks']);
      expect(out).toContain('\r\u001b[KApplying: slow-svc 000002_take_a_while');
      expect(out).toMatch(/Applying: slow-svc 000002_take_a_while \(2 s\)/);
      // The live line is erased before the result line is printed.
      expect(out).toContain('\r\u001b[K2/u take_a_while (');
      const status = inTerminal(['status', '--root', root, '--database-url', url], { NO_COLOR: '1' }).replace(/\r/g, '');
      expect(status).toMatch(/^# - database postgres:\/\/postgres@127\.0\.0\.1:5432\/\S+, environment development$/m);
      expect(status).toMatch(/^# - id +ms {2}state {4}flags {2}service {3}name$/m);
      expect(status).toMatch(/^000002 +\d{4} {2}applied/m);
      expect(status).toMatch(/^# - slow-svc: 2 applied, 0 pending; \d+ ms in all$/m);
    }),
  120_000);

  test('pipe: one plain "Applying:" line per migration on stderr; with --format json stdout is the report alone', () =>
    withTempDatabase(async (url) => {
      const root = slowRepo();
      const text = piped(['up', '--root', root, '--database-url', url, '--no-hooks', '--target', '000001']);
      expect(text.status).toBe(0);
      expect(text.stderr).toBe('Applying: slow-svc 000001_create_t\n');
      expect(text.stdout).toMatch(/^1\/u create_t/m);
      const json = piped(['up', '--root', root, '--database-url', url, '--no-hooks', '--format', 'json']);
      expect(json.status).toBe(0);
      // stderr: the progress line, then the result line (stdout is the report's alone).
      expect(json.stderr).toMatch(/^Applying: slow-svc 000002_take_a_while\n2\/u take_a_while \(\d+\.\d+ms\)\n$/);
      expect(JSON.parse(json.stdout).applied.map((a: { id: string }) => a.id)).toEqual(['000002']);
    }),
  120_000);
});
