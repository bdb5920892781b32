/**
 * `drift`: does a live database still have the schema its migrations give it? The migrations its tracking tables
 * say are applied are replayed on the embedded database, in the environment's order, and the two schemas are
 * compared: objects only in the database (a hand-made index), only in the migrations (a dropped column), or
 * different (a replaced function). The tool's own tracking tables are left out.
 */
import type { ReplayProblem, SchemaDiffResult, SchemaSnapshot } from '../core/schema-diff.js';
import { filterSnapshot, normalizeAcrossVersions, schemaDiffJson } from '../core/schema-diff.js';
import { UsageError, type Finding } from '../core/types.js';
import type { Repo } from '../repo/types.js';
import { extensionsForRepo, openDatabase, pgliteDir } from './db/open.js';
import { replay, replaySteps } from './replay.js';
import { groupsOf, mergeEnvironments } from './schema-diff.js';
import { snapshotSchema } from './snapshot.js';
import { readApplied } from './tracking.js';
import { redactUrl } from './url.js';

export interface DriftOptions {
  repo: Repo;
  env: string;
  /** The live database: `postgres://...` or `pglite:///dir`. */
  databaseUrl: string | undefined;
  /** Only these services (default all). */
  services?: string[];
  cwd?: string;
}

/** Throws the usage error of spec section 4 for a database that vanishes with the process. */
function requireLiveUrl(url: string | undefined, cwd: string | undefined): string {
  if (url === undefined || url === '' || (url.startsWith('pglite:') && pgliteDir(url, cwd) === undefined)) {
    throw new UsageError(
      'drift compares a live database with its migrations: give it with --database-url postgres://user@host/db ' +
        '(or DATABASE_URL), or pglite:///path/dir for an embedded database kept on disk.',
    );
  }
  return url;
}

/** The schemas compared: the services' own, and every other schema their replayed migrations put objects in. */
function comparedSchemas(repo: Repo, replayed: SchemaSnapshot): Set<string> {
  const schemas = new Set(repo.services.map((s) => s.snake));
  for (const o of Object.values(replayed.objects)) if (o.schema !== undefined && o.kind !== 'schema') schemas.add(o.schema);
  return schemas;
}

/** Compares the live database with its replayed migrations. Throws UsageError without a kept database. */
export async function detectDrift(opts: DriftOptions): Promise<SchemaDiffResult> {
  const url = requireLiveUrl(opts.databaseUrl, opts.cwd);
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : undefined;
  const repo = opts.repo;
  const extensions = await extensionsForRepo(repo);
  const live = await openDatabase(url, { extensions, cwd: opts.cwd });
  const notes: string[] = [];
  const applied = new Map<string, Set<string>>();
  let liveSnapshot: SchemaSnapshot;
  try {
    for (const s of repo.services) {
      const rows = await readApplied(live, s);
      applied.set(s.name, new Set(rows.map((r) => r.version)));
      const unknown = rows.filter((r) => !s.migrations.some((m) => m.id === r.version)).map((r) => r.version);
      if (unknown.length > 0) notes.push(`${s.name}: applied ${unknown.join(', ')} ha${unknown.length === 1 ? 's' : 've'} no migration file here`);
      if (rows.some((r) => r.dirty)) notes.push(`${s.name}: a migration is marked dirty: the schema may be half-applied`);
    }
    liveSnapshot = await snapshotSchema(live);
  } finally {
    await live.close();
  }

  const scratch = await openDatabase(undefined, { extensions });
  let replayed: SchemaSnapshot;
  const problems: ReplayProblem[] = [];
  try {
    const steps = replaySteps(repo, opts.env, (step) => applied.get(step.service)?.has(step.id) === true);
    const failure = await replay(scratch, repo, opts.env, steps);
    if (failure) problems.push({ side: 'applied', environment: opts.env, ...failure });
    replayed = await snapshotSchema(scratch);
  } finally {
    await scratch.close();
  }
  const schemas = comparedSchemas(repo, replayed);
  const before = normalizeAcrossVersions(filterSnapshot(replayed, schemas, true));
  const after = normalizeAcrossVersions(filterSnapshot(liveSnapshot, schemas, true));
  const owners = new Map(repo.services.map((s) => [s.snake, s.name]));
  const groups = mergeEnvironments(new Map([[opts.env, groupsOf(before, after, owners, opts.env)]]));
  return {
    mode: 'drift',
    beforeLabel: 'the applied migrations',
    afterLabel: redactUrl(url),
    database: scratch.label,
    environments: [opts.env],
    groups: groups.filter((g) => !wanted || wanted.has(g.service)),
    problems: problems.filter((p) => !wanted || wanted.has(p.service)),
    notes,
  };
}

/**
 * `status --drift`: drift as one `schema-drift` error finding per service that drifted (so status exits 1 on it),
 * the text block to print after the status lines, and the JSON of the comparison.
 */
export async function driftFindings(
  repo: Repo,
  env: string,
  databaseUrl: string | undefined,
  services: string[],
  cwd: string,
): Promise<{ findings: Finding[]; text: string; json: unknown }> {
  const result = await detectDrift({ repo, env, databaseUrl, services, cwd });
  const findings: Finding[] = result.groups.map((g) => ({
    rule: 'schema-drift',
    severity: 'error',
    message: `${g.service}: the database differs from its applied migrations in ${g.changes.length} object(s): ${g.changes
      .slice(0, 5)
      .map((c) => `${c.kind} ${c.name}`)
      .join(', ')}${g.changes.length > 5 ? ', …' : ''}; run svc-migrate drift for details`,
    ...(repo.services.some((s) => s.name === g.service) ? { service: g.service } : {}),
  }));
  const text = result.groups.length === 0 ? 'drift: none (the schema matches the applied migrations)\n' : `drift: ${result.groups.map((g) => `${g.service} (${g.changes.length})`).join(', ')}; run svc-migrate drift for details\n`;
  return { findings, text, json: schemaDiffJson(result) };
}
