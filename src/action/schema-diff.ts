/**
 * On a pull request, the schema change against the base branch for the comment and the job summary: `diff`
 * with the base commit of the event. A base that cannot be had (a shallow checkout whose remote refuses the fetch)
 * or a diff that fails is said in the section, and the run carries on: it never changes the verdict.
 */
import { diffSchemas } from '../apply/schema-diff.js';
import type { SchemaDiffOutcome } from '../report/schema-diff-markdown.js';
import type { ActionInputs } from './inputs.js';

/** The base commit of a `pull_request` event payload and its branch name, if it names them. */
export function baseOf(payload: { pull_request?: unknown }): { sha?: string; ref?: string } {
  const base = (payload.pull_request as { base?: { sha?: unknown; ref?: unknown } } | undefined)?.base;
  const sha = typeof base?.sha === 'string' && /^[0-9a-f]{7,64}$/i.test(base.sha) ? base.sha : undefined;
  return { sha, ref: typeof base?.ref === 'string' ? base.ref : undefined };
}

/** The diff of the working tree against the base commit, or why there is none. */
export async function pullRequestSchemaDiff(inputs: ActionInputs, root: string, base: { sha?: string; ref?: string }): Promise<SchemaDiffOutcome> {
  if (base.sha === undefined) return { unavailable: 'the event names no base commit (pull_request.base.sha).' };
  try {
    const result = await diffSchemas({
      root,
      base: base.sha,
      baseName: base.ref,
      services: inputs.services,
      environments: inputs.environment === undefined ? undefined : [inputs.environment],
    });
    return { result };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}
