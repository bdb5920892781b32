/**
 * The Action's inputs (action.yml), read and checked once. Pure: it takes the input getter, so tests need no
 * runner and main.ts passes `core.getInput`.
 */
import type { FailOn } from '../core/types.js';
import { UsageError } from '../core/types.js';

export interface ActionInputs {
  root: string;
  services: string[];
  environment?: string;
  failOn: FailOn;
  apply: boolean;
  databaseUrl?: string;
  verifyRollback: boolean;
  changedOnly: boolean;
  comment: boolean;
  githubToken?: string;
  sarifFile?: string;
  approve: boolean;
  allowPullRequestTarget: boolean;
  /** On pull requests, show the schema change against the base branch in the comment and the summary. */
  schemaDiff: boolean;
}

/** Reads one input as the runner passes it (`INPUT_<NAME>` with the hyphens kept), trimmed; '' when unset. */
export type InputGetter = (name: string) => string;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE', ''];

/** A YAML 1.2 core-schema boolean, as `core.getBooleanInput` accepts; empty means the default. */
function readBoolean(get: InputGetter, name: string, fallback: boolean): boolean {
  const value = get(name);
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`Input '${name}' must be true or false, not '${value}'.`);
}

/** Splits a list input on commas and newlines (both are common in workflow files), dropping blanks. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Reads and checks every input. Throws UsageError with the input's name when a value cannot be used. */
export function readInputs(get: InputGetter): ActionInputs {
  const failOn = get('fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`Input 'fail-on' must be error, warning or never, not '${failOn}'.`);
  }
  const optional = (name: string): string | undefined => get(name) || undefined;
  return {
    root: get('root') || '.',
    services: splitList(get('services')),
    environment: optional('environment'),
    failOn,
    apply: readBoolean(get, 'apply', false),
    databaseUrl: optional('database-url'),
    verifyRollback: readBoolean(get, 'verify-rollback', false),
    changedOnly: readBoolean(get, 'changed-only', false),
    comment: readBoolean(get, 'comment', true),
    githubToken: optional('github-token'),
    sarifFile: optional('sarif-file'),
    approve: readBoolean(get, 'approve', false),
    allowPullRequestTarget: readBoolean(get, 'allow-pull-request-target', false),
    schemaDiff: readBoolean(get, 'schema-diff', true),
  };
}
