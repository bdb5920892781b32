/**
 * The package installs lean (issue #19): dist/ is self-contained, so installing the packed tarball brings no other
 * package, and the installed `svc-migrate` runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; files: string[]; bin: Record<string, string> };

test('no runtime dependencies: everything the CLI and the Action need is bundled into dist/', () => {
  expect(pkg.dependencies ?? {}).toEqual({});
});

test('npm pack, then install the tarball in an empty folder: one package, and svc-migrate runs', () => {
  const work = mkdtempSync(join(tmpdir(), 'svcm-pack-'));
  const env = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { env, encoding: 'utf8' })) as { filename: string }[];
  const app = join(work, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}\n');
  // --offline: a tarball with no dependencies needs nothing from the registry; any dependency would fail here.
  execFileSync('npm', ['install', '--offline', join(work, packed!.filename)], { cwd: app, env, encoding: 'utf8' });
  expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['svc-migrate']);
  const version = execFileSync(join(app, 'node_modules/.bin/svc-migrate'), ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(version.trim()).toMatch(/^svc-migrate \d+\.\d+\.\d+/);
  const validate = execFileSync(join(app, 'node_modules/.bin/svc-migrate'), ['validate', '--root', resolve('fixtures'), '--format', 'json'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, XDG_CACHE_HOME: join(work, 'xdg') },
  });
  expect(JSON.parse(validate).summary.services).toBe(3);
  // The embedded database and the SQL parser come from dist/ too.
  const up = execFileSync(join(app, 'node_modules/.bin/svc-migrate'), ['up', '--root', resolve('fixtures'), '--service', 'user-service', '--no-hooks', '--format', 'json'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, XDG_CACHE_HOME: join(work, 'xdg') },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  expect(JSON.parse(up).applied.length).toBeGreaterThan(0);
}, 180_000);
