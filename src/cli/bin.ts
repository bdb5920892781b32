/**
 * The `svc-migrate` executable as installed (dist/cli.js). It turns on Node's compile cache before the CLI bundle
 * (dist/cli-main.js) is loaded, so later runs skip compiling it, as ESLint's bin does; a no-op on Node 20, where
 * the CLI runs without the cache. The bundle is a file of its own because a module's compile cache only serves
 * modules loaded after it was enabled (docs/benchmarks.md has the measurement against one single bundle).
 */
import * as nodeModule from 'node:module';
import { preferFastWasmStartup } from '../core/wasm-tiering.js';

// Before anything is compiled: the V8 flags are part of what a compile cache is checked against.
preferFastWasmStartup();
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
nodeModule.createRequire(import.meta.url)('./cli-main.js');
