/**
 * `diff --base REF`: the schema the migrations at REF produce against the one the working tree's migrations
 * produce, both replayed on one embedded database, per environment; then per service, environments whose changes
 * agree are shown once. A replay whose migrations and files are the same as an earlier one is not run again.
 */
import type { SchemaDiffGroup, SchemaDiffResult, ReplayProblem, SchemaSnapshot } from '../core/schema-diff.js';
import { compareSnapshots, splitSnapshot } from '../core/schema-diff.js';
import { UsageError } from '../core/types.js';
import { knownEnvironments } from '../repo/environments.js';
import { checkoutRevision } from '../repo/git.js';
import { loadRepo } from '../repo/load.js';
import type { Repo } from '../repo/types.js';
import { extensionsForRepo, openDatabase } from './db/open.js';
import type { Database } from './db/types.js';
import { replay, replaySignature, replaySteps, resetDatabase } from './replay.js';
import { snapshotSchema } from './snapshot.js';

export interface SchemaDiffOptions {
  root: string;
  /** A git revision. */
  base: string;
  /** What to call it in headings (the Action passes the base branch's name for a commit id). */
  baseName?: string;
  /** Only these services (default all). */
  services?: string[];
  /** Only these environments (default every known one). */
  environments?: string[];
}

interface Side {
  repo: Repo | undefined;
  label: string;
}

/** The schemas each service owns: its snake name. */
function serviceBySchema(repos: readonly (Repo | undefined)[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of repos) for (const s of r?.services ?? []) out.set(s.snake, s.name);
  return out;
}

/** Loads the base revision's repository; undefined when it has no services yet (everything is new). */
async function loadBase(dir: string): Promise<Repo | undefined> {
  try {
    return await loadRepo({ root: dir });
  } catch (e) {
    if (e instanceof UsageError) return undefined;
    throw e;
  }
}

/** Replays a side for an environment and snapshots it; `cache` keeps snapshots by replay signature. */
async function sideSnapshot(
  db: Database,
  side: Side,
  which: 'base' | 'head',
  env: string,
  cache: Map<string, { snapshot: SchemaSnapshot; problem?: ReplayProblem }>,
  problems: ReplayProblem[],
): Promise<{ snapshot: SchemaSnapshot; signature: string }> {
  if (!side.repo) return { snapshot: { objects: {} }, signature: 'empty' };
  const steps = replaySteps(side.repo, env);
  const signature = await replaySignature(side.repo, steps);
  let hit = cache.get(signature);
  if (!hit) {
    await resetDatabase(db);
    const failure = await replay(db, side.repo, env, steps);
    hit = { snapshot: await snapshotSchema(db), ...(failure ? { problem: { side: which, environment: env, ...failure } } : {}) };
    cache.set(signature, hit);
  }
  if (hit.problem) problems.push({ ...hit.problem, side: which, environment: env });
  return { snapshot: hit.snapshot, signature };
}

/** Runs the diff. Throws UsageError when REF cannot be had or the working tree is no repository. */
export async function diffSchemas(opts: SchemaDiffOptions): Promise<SchemaDiffResult> {
  const headRepo = await loadRepo({ root: opts.root });
  const checkout = await checkoutRevision(headRepo.root, opts.base);
  try {
    const baseRepo = await loadBase(checkout.dir);
    const short = checkout.commit.slice(0, 7);
    const name = opts.baseName ?? (checkout.commit.startsWith(opts.base.toLowerCase()) ? undefined : opts.base);
    const base: Side = { repo: baseRepo, label: name === undefined ? short : `${name} (${short})` };
    const head: Side = { repo: headRepo, label: 'working tree' };
    const envs = opts.environments && opts.environments.length > 0 ? opts.environments : knownEnvironments(headRepo);
    const extensions = async () => [...new Set([...(await extensionsForRepo(headRepo)), ...(baseRepo ? await extensionsForRepo(baseRepo) : [])])].sort();
    const owners = serviceBySchema([baseRepo, headRepo]);
    const problems: ReplayProblem[] = [];
    const perEnv = new Map<string, Map<string, SchemaDiffGroup>>();
    let db: Database | undefined;
    try {
      const cache = new Map<string, { snapshot: SchemaSnapshot; problem?: ReplayProblem }>();
      for (const env of envs) {
        // Same steps, same files on both sides: nothing to replay for this environment.
        if (baseRepo && (await replaySignature(baseRepo, replaySteps(baseRepo, env))) === (await replaySignature(headRepo, replaySteps(headRepo, env)))) {
          perEnv.set(env, new Map());
          continue;
        }
        db ??= await openDatabase(undefined, { extensions });
        const before = await sideSnapshot(db, base, 'base', env, cache, problems);
        const after = await sideSnapshot(db, head, 'head', env, cache, problems);
        perEnv.set(env, groupsOf(before.snapshot, after.snapshot, owners, env));
      }
    } finally {
      await db?.close();
    }
    const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : undefined;
    const groups = mergeEnvironments(perEnv).filter((g) => !wanted || wanted.has(g.service));
    return {
      mode: 'diff',
      beforeLabel: base.label,
      afterLabel: head.label,
      database: db?.label ?? 'embedded PGlite (in memory)',
      environments: envs,
      groups,
      problems: problems.filter((p) => !wanted || wanted.has(p.service)),
      notes: [...checkout.notes, ...(baseRepo ? [] : [`${opts.base} has no services: everything is new`])],
    };
  } finally {
    await checkout.dispose();
  }
}

/** One environment's changes, by group. */
export function groupsOf(before: SchemaSnapshot, after: SchemaSnapshot, owners: ReadonlyMap<string, string>, env: string): Map<string, SchemaDiffGroup> {
  const a = splitSnapshot(before, owners);
  const b = splitSnapshot(after, owners);
  const out = new Map<string, SchemaDiffGroup>();
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(name) ?? { objects: {} };
    const y = b.get(name) ?? { objects: {} };
    const changes = compareSnapshots(x, y);
    if (changes.length > 0) out.set(name, { service: name, environments: [env], changes, before: x, after: y });
  }
  return out;
}

/** Per group, environments with the same changes become one entry (`development, staging`). */
export function mergeEnvironments(perEnv: ReadonlyMap<string, ReadonlyMap<string, SchemaDiffGroup>>): SchemaDiffGroup[] {
  const out: SchemaDiffGroup[] = [];
  const seen = new Map<string, SchemaDiffGroup>();
  for (const [env, groups] of perEnv) {
    for (const g of groups.values()) {
      const key = `${g.service}\0${JSON.stringify(g.changes)}`;
      const earlier = seen.get(key);
      if (earlier) earlier.environments.push(env);
      else {
        const entry = { ...g, environments: [env] };
        seen.set(key, entry);
        out.push(entry);
      }
    }
  }
  return out.sort((x, y) => (x.service < y.service ? -1 : x.service > y.service ? 1 : 0));
}
