import { wasmFlags } from './wasm-tiering.js';

test.each([
  ['by default', {}, ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering']],
  ['SVC_MIGRATE_WASM_OPTIMIZE=1 keeps TurboFan', { SVC_MIGRATE_WASM_OPTIMIZE: '1' }, []],
  ['any other value is the default', { SVC_MIGRATE_WASM_OPTIMIZE: 'yes' }, ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering']],
])('%s', (_what, env, flags) => {
  expect(wasmFlags(env)).toEqual(flags);
});
