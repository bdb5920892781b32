/**
 * The JSON Schemas of the three config files (schemas/*.json are the one source of truth), compiled once.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import dependenciesSchema from '../../schemas/dependencies.schema.json' with { type: 'json' };
import environmentsSchema from '../../schemas/environments.schema.json' with { type: 'json' };
import projectSchema from '../../schemas/svc-migrate.schema.json' with { type: 'json' };
import { precompiled } from './precompiled.js';

export type SchemaName = 'dependencies' | 'environments' | 'svc-migrate';

/** The schema documents by name, as shipped under schemas/. */
export const SCHEMAS: Record<SchemaName, Record<string, unknown>> = {
  dependencies: dependenciesSchema,
  environments: environmentsSchema,
  'svc-migrate': projectSchema,
};

// ajv is CommonJS: depending on the loader (Node, Jest, esbuild) the class is the default import or its `.default`.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule.default;

/** The Ajv options; scripts/build.mjs compiles the standalone validators with the same ones. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

let ajv: InstanceType<typeof Ajv2020> | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

/** The compiled validator of a schema: precompiled in the bundle, else compiled on first use and kept. */
export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name) ?? precompiled[name];
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ ...AJV_OPTIONS });
      addFormats(ajv);
    }
    validate = ajv.compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}
