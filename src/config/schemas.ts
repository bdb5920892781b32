/**
 * The JSON Schemas of the three config files (schemas/*.json are the one source of truth), compiled once.
 */
import type { ValidateFunction } from 'ajv';
import dependenciesSchema from '../../schemas/dependencies.schema.json' with { type: 'json' };
import environmentsSchema from '../../schemas/environments.schema.json' with { type: 'json' };
import projectSchema from '../../schemas/svc-migrate.schema.json' with { type: 'json' };
import { compileValidator } from './precompiled.js';

export type SchemaName = 'dependencies' | 'environments' | 'svc-migrate';

/** The schema documents by name, as shipped under schemas/. */
export const SCHEMAS: Record<SchemaName, Record<string, unknown>> = {
  dependencies: dependenciesSchema,
  environments: environmentsSchema,
  'svc-migrate': projectSchema,
};

const compiled = new Map<SchemaName, ValidateFunction>();

/** The compiled validator of a schema: precompiled in the bundle, else compiled on first use; kept either way. */
export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = compileValidator(name, SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}
