/**
 * How V8 compiles the two WebAssembly modules the tool runs: the parser (libpg-query, 1.7 MB) and the embedded
 * database (PGlite, PostgreSQL itself). By default V8 compiles every function with its baseline compiler
 * (Liftoff) and then recompiles the hot ones with its optimising compiler (TurboFan) on background threads. For
 * these two modules that second compilation costs more than it ever saves in a CLI run: the parser's and the
 * server's hot functions are huge, TurboFan spends hundreds of milliseconds and megabytes on them, and the run is
 * over before the optimised code pays back. Measured on the project's machine (2 cores, whole processes):
 *
 * | run | TurboFan allowed | Liftoff only |
 * | --- | --- | --- |
 * | `validate` of the 472-file corpus, Node 20 | 0.74 s, 140 MB | 0.64 s, 108 MB |
 * | `validate` of the 472-file corpus, Node 24 | 0.76 s, 680 MB | 0.54 s, 121 MB |
 * | `check --apply` of fixtures/ on PGlite, Node 20 | 1.5-1.75 s, 485 MB | 1.03 s, 412 MB |
 * | `check --apply` of fixtures/ on PGlite, Node 24 | 1.56-1.85 s, 950 MB | 0.86-0.90 s, 385 MB |
 * | `up` of 208 harness migrations on PGlite | 2.6-2.8 s | 2.0-2.1 s |
 * | `validate` of 10,000 generated migrations | 3.4-3.5 s, 256-272 MB | 3.2-3.3 s, 233-243 MB |
 * | `up` of one migration inserting 300,000 rows on PGlite | 3.3-3.4 s | 3.3 s |
 *
 * Only a single migration doing seconds of work inside PGlite runs its SQL slower (the row insert above: 2.3 s
 * against 2.1 s of execution), and it wins that back at start-up. `SVC_MIGRATE_WASM_OPTIMIZE=1` keeps TurboFan.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flags for `env`: Liftoff only, unless SVC_MIGRATE_WASM_OPTIMIZE=1 asks to keep TurboFan. */
export function wasmFlags(env: NodeJS.ProcessEnv): string[] {
  return env.SVC_MIGRATE_WASM_OPTIMIZE === '1' ? [] : ['--liftoff-only'];
}

let applied = false;

/**
 * Tells V8 to compile WebAssembly with its baseline compiler only. Must run before the first module is compiled
 * and before the CLI bundle is compiled (the flags are part of what a V8 code cache is checked against, see
 * code-cache.ts); calling it again does nothing.
 */
export function preferFastWasmStartup(env: NodeJS.ProcessEnv = process.env): void {
  if (applied) return;
  applied = true;
  for (const flag of wasmFlags(env)) setFlagsFromString(flag);
}
