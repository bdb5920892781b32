/**
 * `new`: scaffolds the next migration of a service — the `NNNNNN_name.up.sql` / `.down.sql` pair and its
 * `dependencies.json` entry — so that a fresh migration passes `validate` from the start. The entry is inserted
 * into the existing file's text, so the rest of the file (its order, inline arrays, `$schema`) stays as written.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/types.js';
import { sortIds } from '../graph/ids.js';
import type { DependencyEntry, Repo, Service } from '../repo/types.js';
import { spliceEntry, spliceListItem } from './json-edit.js';

export { spliceEntry, spliceListItem };

export interface NewMigrationOptions {
  /** Put it in `<env>/` (applies only there) instead of `common/`. */
  env?: string;
  /** `depends_on`; default the latest migration that applies wherever this one does. */
  dependsOn?: string[];
}

export interface CreatedMigration {
  service: string;
  id: string;
  name: string;
  folder: string;
  /** Relative to the root, with '/'. */
  upFile: string;
  downFile: string;
  dependenciesFile: string;
  /** Set when the file was added to its environment's `migrations` list in environments.json. */
  environmentsFile?: string;
  entry: DependencyEntry;
}

const NAME = /^[a-z0-9_]+$/;
const ENV_NAME = /^[a-z][a-z0-9_-]*$/;

/** Every id the service knows: files and dependencies.json entries. */
function knownIds(service: Service): string[] {
  const ids = new Set(service.migrations.map((m) => m.id));
  for (const id of Object.keys(service.dependencies?.value?.migrations ?? {})) ids.add(id);
  return sortIds(ids, service.idOrder);
}

/** The next id: the largest + 1, as wide as the widest existing id (6 digits for a new service). */
export function nextId(ids: readonly string[]): string {
  let max = 0n;
  let width = 0;
  for (const id of ids) {
    const digits = /^\d+/.exec(id)?.[0];
    if (!digits) continue;
    width = Math.max(width, digits.length);
    const n = BigInt(digits);
    if (n > max) max = n;
  }
  return (max + 1n).toString().padStart(width || 6, '0');
}

/**
 * Creates the migration files and its dependencies.json entry. Throws UsageError for a bad name, an unknown
 * service or dependency, a flat-layout service asked for an environment folder, or files that already exist
 * (nothing is ever overwritten).
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
  if (service.layout === 'flat' && folder !== 'common') {
    throw new UsageError(`${service.name} uses the flat layout (migrations/NNNN_name.up.sql): move its files into common/ before adding a ${folder}/ migration.`);
  }

  const ids = knownIds(service);
  const id = nextId(ids);
  let dependsOn = opts.dependsOn;
  if (dependsOn) {
    const unknown = dependsOn.filter((d) => !ids.includes(d));
    if (unknown.length > 0) throw new UsageError(`--depends-on ${unknown.join(', ')}: no such migration in ${service.name} (ids: ${ids.join(', ') || 'none'}).`);
  } else {
    // The latest migration that applies wherever this one does: a common/ one must not need an environment's.
    const candidates = service.migrations.filter((m) => m.folder === 'common' || m.folder === folder).map((m) => m.id);
    const latest = sortIds(candidates, service.idOrder).at(-1);
    dependsOn = latest ? [latest] : [];
  }

  const dirRel = service.layout === 'flat' ? service.dir : `${service.dir}/${folder}`;
  const base = `${dirRel}/${id}_${name}`;
  const upFile = `${base}.up.sql`;
  const downFile = `${base}.down.sql`;
  await mkdir(path.join(repo.root, dirRel), { recursive: true });
  const schema = service.snake;
  await writeNew(repo.root, upFile, upTemplate(id, name, schema));
  try {
    await writeNew(repo.root, downFile, downTemplate(id, name, schema));
  } catch (e) {
    // Leave nothing half-made: the up file was ours.
    await rm(path.join(repo.root, upFile), { force: true });
    throw e;
  }

  const entry: DependencyEntry = {
    description: name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    depends_on: dependsOn,
    affects_tables: [],
    risk_level: 'low',
    rollback_safe: true,
  };
  if (folder !== 'common') entry.environment = folder;
  const dependenciesFile = service.dependencies?.file ?? `${service.dir}/dependencies.json`;
  await addEntry(repo.root, dependenciesFile, service, id, entry);
  const created: CreatedMigration = { service: service.name, id, name, folder, upFile, downFile, dependenciesFile, entry };
  if (folder !== 'common' && service.environments) {
    // environments.json lists each environment's own migrations: keep it in step (environment-mismatch).
    const rel = service.environments.file;
    const text = await readFile(path.join(repo.root, rel), 'utf8').catch(() => undefined);
    const spliced = text === undefined ? undefined : spliceListItem(text, ['environments', folder, 'migrations'], `${id}_${name}.up.sql`);
    if (spliced !== undefined) {
      await writeFile(path.join(repo.root, rel), spliced);
      created.environmentsFile = rel;
    }
  }
  return created;
}

async function writeNew(root: string, rel: string, text: string): Promise<void> {
  try {
    await writeFile(path.join(root, rel), text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${rel} already exists; not overwriting it.`);
    throw e;
  }
}

function upTemplate(id: string, name: string, schema: string): string {
  return (
    `-- ${id}_${name} (up)\n` +
    `-- Name tables with their schema (${schema}.<table>). Large tables: CREATE INDEX CONCURRENTLY,\n` +
    `-- ADD CONSTRAINT ... NOT VALID then VALIDATE, new NOT NULL columns with a DEFAULT.\n`
  );
}

function downTemplate(id: string, name: string, schema: string): string {
  return (
    `-- ${id}_${name} (down)\n` +
    `-- Undo exactly what the up migration does, in reverse order, so that the ${schema} schema\n` +
    `-- is back to what it was (svc-migrate verify checks this).\n`
  );
}

/**
 * Adds `"<id>": entry` to the `migrations` object of dependencies.json. The entry is spliced into the text
 * (same indentation, the rest untouched); a missing file is created; a file whose text cannot be spliced
 * (it does not parse, or has no `migrations` object) is refused rather than rewritten, since it would lose content.
 */
async function addEntry(root: string, rel: string, service: Service, id: string, entry: DependencyEntry): Promise<void> {
  const abs = path.join(root, rel);
  let text: string | undefined;
  try {
    text = await readFile(abs, 'utf8');
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    // A first dependencies.json: existing migrations (a golang-migrate history is linear) each need the one before.
    const migrations: Record<string, DependencyEntry> = {};
    let previous: string | undefined;
    for (const existing of knownIds(service)) {
      migrations[existing] = { depends_on: previous ? [previous] : [] };
      previous = existing;
    }
    migrations[id] = entry;
    await writeFile(abs, JSON.stringify({ migrations }, null, 2) + '\n');
    return;
  }
  const spliced = spliceEntry(text, id, entry);
  if (spliced === undefined) {
    throw new UsageError(`${rel} could not be updated (it does not parse, or has no "migrations" object): fix it (svc-migrate validate), then run new again. The .sql files were created.`);
  }
  await writeFile(abs, spliced);
}
