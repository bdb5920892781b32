/**
 * The `svc-migrate` executable as installed (dist/cli.js): a small loader that starts the CLI bundle
 * (dist/cli-main.js, built from main.ts) through a V8 code cache, so that a run does not compile the whole bundle
 * again (see core/code-cache.ts). Kept apart from main.ts because it must run before the bundle is compiled.
 */
import { fileURLToPath } from 'node:url';
import { runBundle } from '../core/code-cache.js';
import { preferFastWasmStartup } from '../core/wasm-tiering.js';

// Before the bundle is compiled: V8 checks a code cache against the flags in force.
preferFastWasmStartup();
const started = runBundle(fileURLToPath(new URL('./cli-main.js', import.meta.url)), process.argv[2] ?? '');
process.once('exit', started.save);
if (process.env.SVC_MIGRATE_DEBUG_CODE_CACHE) {
  process.stderr.write(`svc-migrate code cache: ${started.fromCache ? 'used' : 'not used'}\n`);
}
