import { wasmFlags } from './wasm-tiering.js';

test.each([
  ['by default', {}, ['--liftoff-only']],
  ['SVC_MIGRATE_WASM_OPTIMIZE=1 keeps TurboFan', { SVC_MIGRATE_WASM_OPTIMIZE: '1' }, []],
  ['any other value is the default', { SVC_MIGRATE_WASM_OPTIMIZE: 'yes' }, ['--liftoff-only']],
])('%s', (_what, env, flags) => {
  expect(wasmFlags(env)).toEqual(flags);
});
