/** The CLI: wires the process to runCli and exits once output is flushed (dist/cli.js starts it, see bin.ts). */
import { preferFastWasmStartup } from '../core/wasm-tiering.js';
import { runCli } from './run.js';
import { colorEnabled, hyperlinksEnabled, wrapWidth } from './terminal.js';

async function main(): Promise<void> {
  preferFastWasmStartup();
  const code = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color: colorEnabled(process.stdout, process.env),
    errColor: colorEnabled(process.stderr, process.env),
    columns: wrapWidth(process.stdout),
    hyperlinks: hyperlinksEnabled(process.stdout, process.env),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  });
  // Exit explicitly: an embedded database or a pending socket must not keep the process alive, but only
  // after stdout drained, or piped output would be cut.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

void main();
