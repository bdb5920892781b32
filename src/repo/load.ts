/**
 * Reading a migrations monorepo into a `Repo` (spec section 1). Bad content never throws: every problem becomes
 * a finding and the rest of the repository is still read. Only an unusable invocation throws `UsageError`:
 * a root that is missing or not a readable folder, no services folder at all, an unknown `--service`.
 */
import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type Finding } from '../core/types.js';
import { loadJsonFile, loadProjectConfig } from '../config/load.js';
import { SERVICE_NAME } from '../config/sanitize.js';
import type { Migration, MigrationFile, Repo, Service } from './types.js';
import {
  expandServiceGlobs,
  explainBadFileName,
  isIgnoredFile,
  listDir,
  parseMigrationFileName,
  relativeTo,
  suggestFileName,
  type Entry,
} from './discover.js';
import { DEFAULT_ENVIRONMENTS } from './environments.js';
import { MAX_IDENTIFIER_BYTES, MAX_SERVICE_NAME_BYTES, overlongTrackingNames } from './tracking-names.js';

export interface LoadRepoOptions {
  /** --root; relative paths are resolved against the current directory. */
  root: string;
  /** --service names; empty or absent means every service. */
  services?: readonly string[];
  /** Told the number of migration files read so far after each service (validate starts lint workers early). */
  onProgress?: (migrationFiles: number) => void;
}

/**
 * Reads the repository at `root`: project config, services, their migration files and JSON files.
 * Throws `UsageError` only for an unusable root or an unknown `--service`.
 */
export async function loadRepo(options: LoadRepoOptions): Promise<Repo> {
  const root = await resolveRoot(options.root);
  const project = loadProjectConfig(root);
  const findings: Finding[] = [...project.findings];

  const { dirs, missing } = await expandServiceGlobs(root, project.config.services, findings);
  if (dirs.length === 0 && missing.length === project.config.services.length) {
    const custom = project.file !== undefined && project.config.services.join() !== 'services/*';
    throw new UsageError(
      custom
        ? `No folder under ${root} matches the service globs of svc-migrate.json (${project.config.services.join(', ')}).`
        : `${root} has no services/ folder. svc-migrate expects services/<service>/migrations/ (with common/, ` +
          `development/, ... or golang-migrate files directly in migrations/). Point --root at the repository root, ` +
          `or set "services" in svc-migrate.json.`,
    );
  }

  const candidates: { name: string; abs: string }[] = [];
  const seen = new Map<string, string>();
  const bySchema = new Map<string, { rel: string }>();
  for (const dir of dirs) {
    const name = path.basename(dir);
    const rel = relativeTo(root, dir);
    if (!(await isDir(path.join(dir, 'migrations')))) {
      findings.push({
        rule: 'unknown-folder',
        severity: 'info',
        message: `${rel}/ has no migrations/ folder, so it is not read as a service`,
        file: rel,
      });
      continue;
    }
    if (!SERVICE_NAME.test(name)) {
      findings.push({
        rule: 'invalid-service-name',
        severity: 'error',
        message: `Service folder "${name}" is not a valid service name (lower-case letters, digits, "_" and "-", starting with a letter: ^[a-z][a-z0-9_-]*$); it is skipped`,
        help: `Rename it, e.g. to "${suggestServiceName(name)}"`,
        file: rel,
        service: name,
      });
      continue;
    }
    const other = seen.get(name);
    if (other !== undefined) {
      findings.push({
        rule: 'invalid-service-name',
        severity: 'error',
        message: `Two service folders are named "${name}" (${other} and ${rel}); service names must be unique, so ${rel} is skipped`,
        file: rel,
        service: name,
      });
      continue;
    }
    // `user-service` and `user_service` are two folders but one schema and one tracking table: each would record
    // its migrations over the other's.
    const snake = name.replace(/-/g, '_');
    const sameSchema = bySchema.get(snake);
    if (sameSchema !== undefined) {
      findings.push({
        rule: 'invalid-service-name',
        severity: 'error',
        message: `Service folders ${sameSchema.rel} and ${rel} both map to schema ${snake} and tracking table public.${snake}_schema_migrations, so each would record its migrations over the other's; ${rel} is skipped`,
        help: `Rename one of them so that their names differ by more than '-' and '_'.`,
        file: rel,
        service: name,
      });
      continue;
    }
    const overlong = overlongTrackingNames(snake);
    if (overlong.length > 0) {
      findings.push({
        rule: 'invalid-service-name',
        severity: 'error',
        message: `Service folder "${name}" is too long: its tracking table ${overlong.map((n) => `public.${n} (${Buffer.byteLength(n)} bytes)`).join(' and ')} would exceed PostgreSQL's ${MAX_IDENTIFIER_BYTES}-byte identifier limit and be truncated; it is skipped`,
        help: `Rename it to at most ${MAX_SERVICE_NAME_BYTES} characters.`,
        file: rel,
        service: name,
      });
      continue;
    }
    bySchema.set(snake, { rel });
    seen.set(name, rel);
    candidates.push({ name, abs: dir });
  }

  let selected = candidates;
  const wanted = options.services ?? [];
  if (wanted.length > 0) {
    const unknown = wanted.filter((w) => !candidates.some((c) => c.name === w));
    if (unknown.length > 0) {
      const names = candidates.map((c) => c.name).sort();
      throw new UsageError(
        `Unknown service${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}. ` +
          (names.length > 0 ? `Services found under ${root}: ${names.join(', ')}.` : `No services were found under ${root}.`),
      );
    }
    selected = candidates.filter((c) => wanted.includes(c.name));
  }

  const services: Service[] = [];
  let files = 0;
  for (const c of selected.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const serviceFindings: Finding[] = [];
    let loaded: Service | undefined;
    try {
      loaded = await loadService(root, c.name, c.abs, serviceFindings);
      services.push(loaded);
    } catch (e) {
      // A bug or an unexpected I/O error in one service must not hide the others.
      serviceFindings.push({
        rule: 'unreadable-path',
        severity: 'error',
        message: `Service ${c.name} could not be read: ${(e as Error).message}`,
        file: relativeTo(root, c.abs),
      });
    }
    for (const f of serviceFindings) findings.push({ ...f, service: c.name });
    if (options.onProgress) {
      files += loaded?.migrations.reduce((n, m) => n + (m.up ? 1 : 0) + (m.down ? 1 : 0), 0) ?? 0;
      options.onProgress(files);
    }
  }

  const keep = wanted.length === 0 ? findings : findings.filter((f) => f.service === undefined || wanted.includes(f.service));
  const repo: Repo = { root, config: project.config, services, findings: keep };
  if (project.file) repo.configFile = project.file;
  return repo;
}

async function resolveRoot(root: string): Promise<string> {
  const abs = path.resolve(root);
  let real: string;
  try {
    real = await fs.realpath(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `--root ${root}: no such folder` : `--root ${root} cannot be read (${code ?? (e as Error).message})`,
    );
  }
  const st = await fs.stat(real);
  if (!st.isDirectory()) throw new UsageError(`--root ${root} is a file, not a folder; point it at the repository root`);
  try {
    await fs.readdir(real);
  } catch (e) {
    throw new UsageError(`--root ${root} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return real;
}

async function isDir(abs: string): Promise<boolean> {
  try {
    return (await fs.stat(abs)).isDirectory();
  } catch {
    return false;
  }
}

function suggestServiceName(name: string): string {
  const s = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+/, '');
  return s === '' ? 'my-service' : s;
}

const CONFIG_FILES = new Set(['dependencies.json', 'environments.json']);

async function loadService(root: string, name: string, serviceAbs: string, findings: Finding[]): Promise<Service> {
  const abs = path.join(serviceAbs, 'migrations');
  const dir = relativeTo(root, abs);
  const service: Service = {
    name,
    snake: name.replace(/-/g, '_'),
    dir,
    abs,
    layout: 'flat',
    migrations: [],
  };

  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    findings.push({ rule: 'unreadable-path', severity: 'error', message: `${dir} cannot be resolved (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file: dir });
    return service;
  }
  if (real !== root && !real.startsWith(root + path.sep)) {
    findings.push({ rule: 'unreadable-path', severity: 'error', message: `${dir} is a symlink to ${real}, outside the root; it is not followed`, file: dir });
    return service;
  }
  const entries = await listDir(root, abs, findings, name);
  // JSON first: environments.json names the environment folders.
  for (const e of entries) {
    if (e.kind !== 'file' || !CONFIG_FILES.has(e.name)) continue;
    if (e.name === 'dependencies.json') {
      const r = loadJsonFile(e.abs, e.rel, 'dependencies');
      for (const f of r.findings) findings.push(f); // not push(...): one per entry of a file of any size
      if (r.loaded) service.dependencies = r.loaded;
    } else {
      const r = loadJsonFile(e.abs, e.rel, 'environments');
      for (const f of r.findings) findings.push(f);
      if (r.loaded) service.environments = r.loaded;
    }
  }
  const envFolders = new Set<string>(['common', ...DEFAULT_ENVIRONMENTS]);
  for (const env of Object.keys(service.environments?.value.environments ?? {})) envFolders.add(env);

  const files: MigrationFile[] = [];
  let hasFolders = false;
  for (const e of entries) {
    if (e.kind === 'dir') {
      if (e.name === 'hooks') service.hooksDir = e.abs;
      else if (envFolders.has(e.name)) {
        hasFolders = true;
        for (const f of await listDir(root, e.abs, findings, name)) {
          if (f.kind === 'dir') {
            findings.push(unknownFolder(f, `it sits inside ${e.name}/; migrations are not read from subfolders`));
          } else {
            classifyFile(f, e.name, files, findings);
          }
        }
      } else {
        findings.push(
          unknownFolder(
            e,
            `it is not common/, hooks/ or an environment folder (${[...envFolders].filter((x) => x !== 'common').join(', ')}); ` +
              'add the environment to environments.json or move the files',
          ),
        );
      }
      continue;
    }
    if (CONFIG_FILES.has(e.name)) continue;
    // Files directly in migrations/ are the golang-migrate layout, read as common/ (also next to common/).
    classifyFile(e, 'common', files, findings);
  }
  service.layout = hasFolders ? 'folders' : 'flat';
  service.migrations = pairMigrations(name, files, findings);
  for (const m of service.migrations) {
    const meta = service.dependencies?.value.migrations[m.id];
    if (meta) m.meta = meta;
  }
  return service;
}

function unknownFolder(e: Entry, why: string): Finding {
  return { rule: 'unknown-folder', severity: 'warning', message: `${e.rel}/ is not read: ${why}`, file: e.rel };
}

function classifyFile(e: Entry, folder: string, files: MigrationFile[], findings: Finding[]): void {
  if (isIgnoredFile(e.name)) return;
  const parsed = parseMigrationFileName(e.name);
  if (!parsed) {
    const isSql = /\.sql$/i.test(e.name);
    findings.push({
      rule: 'invalid-filename',
      severity: isSql ? 'error' : 'warning',
      message: isSql
        ? `${e.name} is not a migration file name (${explainBadFileName(e.name)}), so it is never applied`
        : `${e.name} does not belong in a migrations folder (migration files are NNNNNN_name.up.sql / .down.sql)`,
      help: isSql && suggestFileName(e.name)
        ? `Rename it to ${suggestFileName(e.name)}`
        : 'Name migration files NNNNNN_name.up.sql and NNNNNN_name.down.sql, e.g. 000004_add_orders.up.sql',
      file: e.rel,
    });
    return;
  }
  if (parsed.style === 'underscore') {
    const better = `${parsed.id}_${parsed.name}.${parsed.direction}.sql`;
    findings.push({
      rule: 'filename-style',
      severity: 'info',
      message: `${e.name} is read as the ${parsed.direction} migration ${parsed.id}; the usual form is ${better}`,
      help: `Rename it to ${better}`,
      file: e.rel,
      migration: parsed.id,
    });
  }
  files.push({
    file: e.rel,
    abs: e.abs,
    folder,
    id: parsed.id,
    name: parsed.name,
    direction: parsed.direction,
  });
}

/** Numeric order of ids written as digit strings of any length. */
export function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function label(m: Migration): string {
  return `${m.folder}/${m.id}_${m.name}`;
}

/** How a layout treats down files. */
export interface PairOptions {
  /**
   * False for tools that write no down migrations at all (up-only: prisma, Flyway without undo scripts): a missing
   * down file is then how the tool works, not a finding. True (the default) for layouts with up/down pairs.
   */
  downFiles?: boolean;
}

/**
 * Pairs up and down files into migrations and reports what does not pair: missing-down (unless the layout has no
 * down files, see PairOptions), missing-up (a down file with no up), duplicate-version (two migrations whose ids are
 * the same number, in one folder or in two).
 */
export function pairMigrations(service: string, files: readonly MigrationFile[], findings: Finding[], options: PairOptions = {}): Migration[] {
  const byKey = new Map<string, Migration>();
  for (const f of files) {
    const key = `${f.folder}\0${f.id}\0${f.name}`;
    let m = byKey.get(key);
    if (!m) {
      m = { service, id: f.id, name: f.name, folder: f.folder };
      byKey.set(key, m);
    }
    if (m[f.direction]) {
      findings.push({
        rule: 'duplicate-version',
        severity: 'error',
        message: `${f.file} is a second ${f.direction} file for migration ${f.id} (the first is ${m[f.direction]!.file}); keep one`,
        file: f.file,
        migration: f.id,
      });
      continue;
    }
    m[f.direction] = f;
  }
  const migrations = [...byKey.values()].sort(
    (a, b) => compareIds(a.id, b.id) || (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  // A history of several migrations none of which has a down file was written for an up-only tool (supabase auth:
  // 70 files): one finding says it, instead of one per migration.
  const upOnly = options.downFiles !== false && migrations.length > 1 && migrations.every((m) => !m.down);
  const withUp = migrations.filter((m) => m.up);
  if (upOnly && withUp.length > 0) {
    findings.push({
      rule: 'missing-down',
      severity: 'warning',
      message: `None of the ${withUp.length} migrations of ${service} has a down file: the history is up-only, so no migration can be rolled back`,
      help: 'Add down files (NNNNNN_name.down.sql) for the migrations that must be reversible, starting with new ones',
      file: withUp[0]!.up!.file,
      line: 1,
      column: 1,
      migration: withUp[0]!.id,
    });
  }
  let first: Migration | undefined;
  for (const m of migrations) {
    const file = (m.up ?? m.down)!.file;
    if (first && BigInt(first.id) === BigInt(m.id)) {
      findings.push({
        rule: 'duplicate-version',
        severity: 'error',
        message:
          `Migration id ${m.id} is used twice in ${service}: ${label(first)} and ${label(m)}` +
          (first.id !== m.id ? ` (${first.id} and ${m.id} are the same number)` : '') +
          '; each migration needs its own id, even in different environment folders',
        help: 'Give one of them the next free id (svc-migrate new picks it)',
        file,
        migration: m.id,
      });
    } else {
      first = m;
    }
    if (m.up && !m.down && options.downFiles !== false && !upOnly) {
      findings.push({
        rule: 'missing-down',
        severity: 'warning',
        message: `Migration ${m.id} (${m.name}) has no down file, so it cannot be rolled back`,
        help: `Add ${m.id}_${m.name}.down.sql next to it that undoes it`,
        file: m.up.file,
        line: 1,
        column: 1,
        migration: m.id,
      });
    }
    if (m.down && !m.up) {
      findings.push({
        rule: 'missing-up',
        severity: 'warning',
        message: `${m.down.file} is a down file with no up file, so it is never applied or rolled back`,
        help: `Add ${m.id}_${m.name}.up.sql, or delete the down file`,
        file: m.down.file,
        line: 1,
        column: 1,
        migration: m.id,
      });
    }
  }
  return migrations;
}
