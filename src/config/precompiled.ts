/**
 * Where a schema's validator comes from. In the sources, Ajv compiles the schema on first use (this module);
 * `scripts/build.mjs` replaces this module in the bundles with Ajv's standalone code for the same schemas and
 * options, so a command neither pays for schema compilation at every start nor loads Ajv's compiler at all
 * (docs/benchmarks.md).
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { SchemaName } from './schemas.js';

// ajv is CommonJS: depending on the loader (Node, Jest, esbuild) the class is the default import or its `.default`.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule.default;

/** The Ajv options; scripts/build.mjs compiles the standalone validators with the same ones. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

let ajv: InstanceType<typeof Ajv2020> | undefined;

/** A new validator for the schema named `name` (the caller keeps it). */
export function compileValidator(name: SchemaName, schema: Record<string, unknown>): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ ...AJV_OPTIONS });
    addFormats(ajv);
  }
  return ajv.compile(schema);
}
