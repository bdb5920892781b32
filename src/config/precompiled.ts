/**
 * Validators compiled at build time. In the sources this is empty and `validatorFor` compiles the schemas with
 * Ajv on first use; `scripts/build.mjs` replaces this module in the bundles with Ajv's standalone code for the
 * same schemas and options, so a command does not pay 0.1-0.3 s of schema compilation at every start.
 */
import type { ValidateFunction } from 'ajv';
import type { SchemaName } from './schemas.js';

export const precompiled: Partial<Record<SchemaName, ValidateFunction>> = {};
