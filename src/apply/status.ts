/**
 * `status`: per service, per migration — applied / pending / dirty, with checksum-changed and slow flags and the
 * recorded execution time. Reads the tracking tables; never creates them.
 */
import type { Finding } from '../core/types.js';
import type { Migration, Repo, Service } from '../repo/types.js';
import { inProgressMessage, lockHeldElsewhere } from './lock.js';
import type { Database } from './db/types.js';
import { checksumOf, readApplied, type AppliedRow } from './tracking.js';
import { compareIds } from '../graph/ids.js';
import { readMigrationBytes } from '../repo/read.js';

export type MigrationState = 'applied' | 'pending' | 'dirty';

export interface MigrationStatus {
  service: string;
  id: string;
  /** From the file, else from the tracking row. */
  name: string;
  /** 'common' or the environment folder; undefined for a row whose file is gone. */
  folder?: string;
  state: MigrationState;
  /** Applied, and the up file's SHA-256 differs from the one recorded. */
  checksumChanged: boolean;
  /** Applied, and it took longer than the slow threshold. */
  slow: boolean;
  /** Recorded execution time in ms; 0 when pending. */
  ms: number;
  appliedAt?: string;
  /** Environment it was applied in. */
  appliedIn?: string;
  /** A tracking row with no migration file in the repository. */
  fileMissing?: boolean;
}

export interface ServiceStatus {
  service: string;
  migrations: MigrationStatus[];
}

export interface StatusOptions {
  /** Default: repo.config.slow_threshold_ms, else 30000. */
  slowMs?: number;
  services?: string[];
}

/** checksum-mismatch findings (warnings) for applied migrations whose up file changed since. */
export async function checksumFindings(repo: Repo, service: Service, rows: readonly AppliedRow[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const row of rows) {
    if (!row.checksum) continue;
    const m = migrationFor(service, row);
    if (!m?.up) continue;
    const now = checksumOf(readMigrationBytes(m.up));
    if (now === row.checksum) continue;
    findings.push({
      rule: 'checksum-mismatch',
      severity: 'warning',
      message:
        `${service.name} ${row.version} changed after it was applied${row.appliedAt ? ` on ${row.appliedAt.toISOString()}` : ''}: ` +
        `recorded sha256 ${row.checksum.slice(0, 12)}…, file has ${now.slice(0, 12)}…. Databases that applied it do not get the change.`,
      help: 'Revert the edit and put the change in a new migration.',
      file: m.up.file,
      line: 1,
      column: 1,
      service: service.name,
      migration: row.version,
    });
  }
  return findings;
}

/** The migration a tracking row stands for: the same id, preferring the folder it was applied from. */
function migrationFor(service: Service, row: Pick<AppliedRow, 'version' | 'environment'>): Migration | undefined {
  const same = service.migrations.filter((m) => m.id === row.version && m.up);
  return same.find((m) => m.folder === row.environment) ?? same.find((m) => m.folder === 'common') ?? same[0];
}

/** The status of every selected service in `env`. */
export async function readStatus(repo: Repo, env: string, db: Database, opts: StatusOptions = {}): Promise<{ services: ServiceStatus[]; findings: Finding[] }> {
  const slowMs = opts.slowMs ?? repo.config?.slow_threshold_ms ?? 30000;
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : undefined;
  const services: ServiceStatus[] = [];
  const findings: Finding[] = [];
  for (const service of repo.services.filter((s) => !wanted || wanted.has(s.name))) {
    const rows = await readApplied(db, service);
    const changed = await checksumFindings(repo, service, rows);
    findings.push(...changed);
    const changedIds = new Set(changed.map((f) => f.migration));
    const byVersion = new Map(rows.map((r) => [r.version, r]));
    const list: MigrationStatus[] = [];
    const seen = new Set<string>();
    for (const m of service.migrations) {
      if (seen.has(m.id)) continue;
      const row = byVersion.get(m.id);
      if (!row && m.folder !== 'common' && m.folder !== env) continue;
      if (!m.up && !row) continue;
      seen.add(m.id);
      list.push(entry(service.name, m.id, m.name, m.folder, row, changedIds.has(m.id), slowMs));
    }
    for (const row of rows) {
      if (seen.has(row.version)) continue;
      list.push({ ...entry(service.name, row.version, row.name ?? '', undefined, row, false, slowMs), fileMissing: true });
    }
    list.sort((a, b) => compareIds(a.id, b.id, service.idOrder));
    const dirtyOnes = list.filter((x) => x.state === 'dirty');
    // A dirty row under another run's lock is a migration being applied right now: forcing it would record an
    // unfinished migration as applied.
    const inProgress = dirtyOnes.length > 0 && (await lockHeldElsewhere(db, service.name));
    for (const s of dirtyOnes) {
      findings.push({
        rule: 'dirty-migration',
        severity: inProgress ? 'warning' : 'error',
        message: inProgress
          ? inProgressMessage(s.service, { version: s.id, name: s.name })
          : `${s.service} ${s.id} is dirty: it did not finish. Repair the database, then run: svc-migrate force --service ${s.service} --version ${s.id} --clean`,
        service: s.service,
        migration: s.id,
      });
    }
    services.push({ service: service.name, migrations: list });
  }
  return { services, findings };
}

function entry(service: string, id: string, name: string, folder: string | undefined, row: AppliedRow | undefined, checksumChanged: boolean, slowMs: number): MigrationStatus {
  if (!row) return { service, id, name, folder, state: 'pending', checksumChanged: false, slow: false, ms: 0 };
  const ms = row.executionTimeMs ?? 0;
  const s: MigrationStatus = {
    service,
    id,
    name,
    folder,
    state: row.dirty ? 'dirty' : 'applied',
    checksumChanged,
    slow: ms > slowMs,
    ms,
  };
  if (row.appliedAt) s.appliedAt = row.appliedAt.toISOString();
  if (row.environment) s.appliedIn = row.environment;
  return s;
}
