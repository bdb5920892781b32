/**
 * `new`: scaffolds the next migration of a service in the service's own format (svc-migrate's `NNNNNN_name.up.sql`
 * / `.down.sql` pair, a dbmate or goose file of both directions, a Flyway V file, a sqitch change, a diesel or
 * prisma folder) and records it (its dependencies.json entry, or its sqitch.plan line), so that a fresh migration
 * passes `validate` from the start. A service that does not exist yet is created (`ensureService`). Entries are
 * inserted into the existing file's text, so the rest of the file (its order, inline arrays, `$schema`) stays as
 * written.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/types.js';
import { sortIds } from '../graph/ids.js';
import type { DependencyEntry, Repo, Service } from '../repo/types.js';
import { newMigrationFiles, nextId, type NewFile, type NewMigrationFiles } from '../repo/formats/new-files.js';
import { spliceEntry, spliceListItem } from './json-edit.js';

export { nextId, spliceEntry, spliceListItem };

export interface NewMigrationOptions {
  /** Put it in `<env>/` (applies only there) instead of `common/`. Native services only. */
  env?: string;
  /** `depends_on`; default the latest migration that applies wherever this one does, when the graph is linear. */
  dependsOn?: string[];
  /** Migrations of other services it needs (`--cross-service svc:ID`). */
  crossService?: Record<string, string[]>;
  /** The clock, for the timestamps of dbmate, diesel, prisma and sqitch. */
  now?: Date;
}

export interface CreatedMigration {
  service: string;
  id: string;
  name: string;
  folder: string;
  /** Every file written, relative to the root, with '/'. */
  files: string[];
  /** The up file (the file holding both directions, for dbmate and goose). */
  upFile: string;
  /** Where its entry went (dependencies.json, or sqitch.plan); absent when the service has none to add to. */
  dependenciesFile?: string;
  /** Set when the file was added to its environment's `migrations` list in environments.json. */
  environmentsFile?: string;
  entry: DependencyEntry;
  /** What the user should know: why depends_on is empty, why no dependencies.json was written. */
  notes: string[];
}

const NAME = /^[a-z0-9_]+$/;
const ENV_NAME = /^[a-z][a-z0-9_-]*$/;

/** Every id the service knows: files and dependencies.json entries. */
function knownIds(service: Service): string[] {
  const ids = new Set(service.migrations.map((m) => m.id));
  for (const id of Object.keys(service.dependencies?.value?.migrations ?? {})) ids.add(id);
  return sortIds(ids, service.idOrder);
}

/**
 * True when the migrations that apply wherever a `folder` migration would form one chain: each depends on exactly
 * the one before it (the source tool's order counts as such a chain where there is no dependencies.json).
 */
export function isLinear(service: Service, folder: string): boolean {
  const applying = sortIds(new Set(service.migrations.filter((m) => m.up && (m.folder === 'common' || m.folder === folder)).map((m) => m.id)), service.idOrder);
  if (!service.dependencies) return (service.format ?? 'native') !== 'native' || applying.length <= 1;
  const entries = service.dependencies.value.migrations;
  return applying.every((id, i) => {
    const deps = entries[id]?.depends_on ?? [];
    return i === 0 ? deps.length === 0 : deps.length === 1 && deps[0] === applying[i - 1];
  });
}

/** Checks `--cross-service` against the repository: each service and id must exist. */
function checkCrossService(repo: Repo, cross: Record<string, string[]>): void {
  for (const [name, ids] of Object.entries(cross)) {
    const other = repo.services.find((s) => s.name === name);
    if (!other) throw new UsageError(`--cross-service ${name}:...: no service ${name} (services: ${repo.services.map((s) => s.name).join(', ') || 'none'}).`);
    const unknown = ids.filter((id) => !other.migrations.some((m) => m.id === id));
    if (unknown.length > 0) throw new UsageError(`--cross-service ${name}:${unknown.join(',')}: ${name} has no such migration.`);
  }
}

/** depends_on of the new migration, and a note when it is left empty. */
function defaultDependsOn(service: Service, folder: string, notes: string[]): string[] {
  const candidates = service.migrations.filter((m) => m.up && (m.folder === 'common' || m.folder === folder)).map((m) => m.id);
  const latest = sortIds(candidates, service.idOrder).at(-1);
  if (!latest) return [];
  if (isLinear(service, folder)) return [latest];
  notes.push(
    `depends_on is empty: ${service.name}'s graph is not a single chain, so the latest migration is not necessarily what this one needs. ` +
      'Name what it needs with --depends-on, or write the SQL and set depends_on to the migrations that created what it uses.',
  );
  return [];
}

/**
 * Creates the migration in the service's format and records it: an entry in dependencies.json (created for a
 * service with no migrations yet), a line in sqitch.plan. Throws UsageError for a bad name, an unknown service or
 * dependency, an environment folder outside the native format, or files that already exist (nothing is ever
 * overwritten).
 */
export async function createMigration(repo: Repo, serviceName: string, name: string, opts: NewMigrationOptions = {}): Promise<CreatedMigration> {
  if (!NAME.test(name)) {
    throw new UsageError(`Migration name "${name}" is not valid: use lower-case letters, digits and underscores (^[a-z0-9_]+$), e.g. add_user_email.`);
  }
  const service = repo.services.find((s) => s.name === serviceName);
  if (!service) {
    const known = repo.services.map((s) => s.name).join(', ') || 'none';
    throw new UsageError(`Unknown service "${serviceName}" (services: ${known}). A service is a folder services/<name>/migrations.`);
  }
  const env = opts.env;
  if (env !== undefined && env !== 'common' && !ENV_NAME.test(env)) {
    throw new UsageError(`Environment "${env}" is not a valid folder name (^[a-z][a-z0-9_-]*$).`);
  }
  const folder = env === undefined || env === 'common' ? 'common' : env;
  const format = service.format ?? 'native';
  if (format !== 'native' && folder !== 'common') {
    throw new UsageError(`${service.name} is a ${format} history, which has no environment folders: move it to svc-migrate's layout (common/, ${folder}/) before adding a ${folder}/ migration.`);
  }

  const ids = knownIds(service);
  const notes: string[] = [];
  if (opts.dependsOn) {
    const unknown = opts.dependsOn.filter((d) => !ids.includes(d));
    if (unknown.length > 0) throw new UsageError(`--depends-on ${unknown.join(', ')}: no such migration in ${service.name} (ids: ${ids.join(', ') || 'none'}).`);
  }
  if (opts.crossService) checkCrossService(repo, opts.crossService);
  const dependsOn = opts.dependsOn ?? defaultDependsOn(service, folder, notes);
  const cross = opts.crossService && Object.keys(opts.crossService).length > 0 ? opts.crossService : undefined;
  const planDeps = [...dependsOn, ...Object.entries(cross ?? {}).flatMap(([svc, list]) => list.map((id) => `${svc}:${id}`))];
  const made = newMigrationFiles({ service, name, folder, ids, now: opts.now ?? new Date(), planDeps });
  await writeAll(repo.root, made.files.map((f) => f));

  const entry: DependencyEntry = { description: name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()), depends_on: dependsOn };
  if (cross) entry.cross_service_dependencies = cross;
  if (folder !== 'common') entry.environment = folder;
  const created: CreatedMigration = { service: service.name, id: made.id, name, folder, files: made.files.map((f) => f.rel), upFile: made.files[0]!.rel, entry, notes };
  const recorded = await recordEntry(repo, service, made, entry, notes);
  if (recorded) created.dependenciesFile = recorded;
  if (folder !== 'common' && service.environments) {
    // environments.json lists each environment's own migrations: keep it in step (environment-mismatch).
    const rel = service.environments.file;
    const text = await readFile(path.join(repo.root, rel), 'utf8').catch(() => undefined);
    const fileName = made.files[0]!.rel.slice(made.files[0]!.rel.lastIndexOf('/') + 1);
    const spliced = text === undefined ? undefined : spliceListItem(text, ['environments', folder, 'migrations'], fileName);
    if (spliced !== undefined) {
      await writeFile(path.join(repo.root, rel), spliced);
      created.environmentsFile = rel;
    }
  }
  return created;
}

/** Writes every file or none: a file that exists already stops it, and what it had written is removed again. */
async function writeAll(root: string, files: readonly NewFile[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const f of files) {
      await mkdir(path.dirname(path.join(root, f.rel)), { recursive: true });
      await writeNew(root, f.rel, f.text);
      written.push(f.rel);
    }
  } catch (e) {
    for (const rel of written) await rm(path.join(root, rel), { force: true });
    throw e;
  }
}

/**
 * Records the new migration where the service keeps its graph; the file it wrote, if any. sqitch: a line in
 * sqitch.plan. A dependencies.json: its entry. None yet: created for a service whose first migration this is;
 * otherwise left alone (writing one entry would make every other migration an orphan, and a guessed chain of the
 * whole history would be wrong): `deps --write` creates it from the SQL.
 */
async function recordEntry(repo: Repo, service: Service, made: NewMigrationFiles, entry: DependencyEntry, notes: string[]): Promise<string | undefined> {
  if (made.planLine !== undefined) {
    const rel = `${service.dir}/sqitch.plan`;
    const text = await readFile(path.join(repo.root, rel), 'utf8');
    await writeFile(path.join(repo.root, rel), `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${made.planLine}\n`);
    return rel;
  }
  const rel = service.dependencies?.file ?? `${service.dir}/dependencies.json`;
  if (!service.dependencies && service.migrations.length > 0) {
    notes.push(
      `${service.name} has no dependencies.json (${(service.format ?? 'native') === 'native' ? 'orphan-migration says so' : `its ${service.format} order stands in for one`}); ` +
        `none was written. Run svc-migrate deps --write --service ${service.name} to create it, depends_on inferred from the SQL.`,
    );
    return undefined;
  }
  await addEntry(repo.root, rel, made.id, entry);
  return rel;
}

async function writeNew(root: string, rel: string, text: string): Promise<void> {
  try {
    await writeFile(path.join(root, rel), text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${rel} already exists; not overwriting it.`);
    throw e;
  }
}

/**
 * Adds `"<id>": entry` to the `migrations` object of dependencies.json. The entry is spliced into the text
 * (same indentation, the rest untouched); a missing file is created; a file whose text cannot be spliced
 * (it does not parse, or has no `migrations` object) is refused rather than rewritten, since it would lose content.
 */
async function addEntry(root: string, rel: string, id: string, entry: DependencyEntry): Promise<void> {
  const abs = path.join(root, rel);
  const text = await readFile(abs, 'utf8').catch(() => '{\n  "migrations": {}\n}\n');
  const spliced = spliceEntry(text, id, entry);
  if (spliced === undefined) {
    throw new UsageError(`${rel} could not be updated (it does not parse, or has no "migrations" object): fix it (svc-migrate validate), then run new again. The .sql files were created.`);
  }
  await writeFile(abs, spliced);
}

/**
 * Creates the folders of a service that does not exist yet (`services/<name>/migrations/common/`, or under the
 * literal part of the first service glob of svc-migrate.json), in a repository with no services/ folder too. Returns
 * the migrations folder, relative to the root. Throws UsageError for a bad name or a glob it cannot place a folder in.
 */
export async function ensureService(root: string, name: string, globs: readonly string[] = ['services/*']): Promise<string> {
  if (!/^[a-z][a-z0-9_-]*$/.test(name)) {
    throw new UsageError(`Service name "${name}" is not valid: lower-case letters, digits, "_" and "-", starting with a letter (^[a-z][a-z0-9_-]*$).`);
  }
  const glob = globs[0] ?? 'services/*';
  const parts = glob.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.at(-1) !== '*' || parts.slice(0, -1).some((p) => /[*?[]/.test(p))) {
    throw new UsageError(`The service glob "${glob}" of svc-migrate.json does not say where a new service goes; create its folder (<folder>/migrations/common/) by hand.`);
  }
  const rel = [...parts.slice(0, -1), name, 'migrations'].join('/');
  await mkdir(path.join(root, rel, 'common'), { recursive: true });
  return rel;
}
