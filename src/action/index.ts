/** The Action's entry point (action.yml `main: dist/index.js`): runs it, then exits once output is flushed. */
import { preferFastWasmStartup } from '../core/wasm-tiering.js';
import { run } from './main.js';

preferFastWasmStartup();

// Exit explicitly: an embedded database or an open socket must not keep the step alive after the verdict.
void run().then(() => process.stdout.write('', () => process.exit()));
