/**
 * How V8 compiles the two WebAssembly modules the tool runs: the parser (libpg-query, 1.7 MB) and the embedded
 * database (PGlite, PostgreSQL itself). By default V8 compiles functions with its baseline compiler (Liftoff) and
 * then recompiles the hot ones with its optimising compiler (TurboFan). For these two modules that second
 * compilation costs far more than a CLI run ever wins back: their hot functions (the parser's grammar, the
 * server's executor) are huge, and TurboFan spends hundreds of milliseconds and megabytes on them, on Node 24
 * over half a gigabyte for the parser alone. Liftoff only is faster and smaller for every command measured except
 * long-running SQL inside PGlite, which comes out about even (docs/benchmarks.md, "WebAssembly tiering").
 * `SVC_MIGRATE_WASM_OPTIMIZE=1` keeps TurboFan, for migrations that do seconds of work inside PGlite.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * The V8 flags for `env`. `--liftoff-only` alone is enough from the command line, but set at run time V8 13
 * (Node 24) ignores what it implies; the two flags it implies work at run time on Node 20, 22 and 24.
 */
export function wasmFlags(env: NodeJS.ProcessEnv): string[] {
  return env.SVC_MIGRATE_WASM_OPTIMIZE === '1' ? [] : ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering'];
}

let applied = false;

/**
 * Tells V8 to compile WebAssembly with its baseline compiler only. Must run before the first module is compiled
 * and before the CLI bundle is compiled (the flags are part of what Node's compile cache is checked against, see
 * cli/bin.ts); calling it again does nothing.
 */
export function preferFastWasmStartup(env: NodeJS.ProcessEnv = process.env): void {
  if (applied) return;
  applied = true;
  for (const flag of wasmFlags(env)) setFlagsFromString(flag);
}
