/** The CLI: wires the process to runCli and exits once output is flushed (dist/cli.js starts it, see bin.ts). */
import { preferFastWasmStartup } from '../core/wasm-tiering.js';
import { runCli } from './run.js';

async function main(): Promise<void> {
  preferFastWasmStartup();
  const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
  const code = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color,
    env: process.env,
    cwd: process.cwd(),
  });
  // Exit explicitly: an embedded database or a pending socket must not keep the process alive, but only
  // after stdout drained, or piped output would be cut.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

void main();
