/**
 * What `rollback`, `restore` and `force` do around the preflight (preflight.ts decides; this gathers and acts):
 * the environment's settings of the services a command changes, the static facts of down files, and the backup
 * that backup_required asks for before anything changes. `up` takes its backup through `takeRequiredBackup` too.
 */
import { readFile } from 'node:fs/promises';
import { environmentSettings } from '../repo/environments.js';
import type { Migration, Repo, Service } from '../repo/types.js';
import { destructiveOperations } from '../sql/facts.js';
import { ensureParser, parseSql } from '../sql/parser.js';
import { backupDatabase, defaultBackupDir } from './backup.js';
import type { Database } from './db/types.js';
import { preflight, type DestructiveDown, type PreflightInput, type PreflightRefusal } from './preflight.js';

const KIND: Record<string, string> = {
  'drop-table': 'drops table',
  'drop-schema': 'drops schema',
  'drop-column': 'drops column',
  'drop-database': 'drops database',
  truncate: 'truncates',
  delete: 'deletes rows from',
};

/**
 * Down files that drop or delete, from the files alone (the data-aware check is the rollback's own): what a
 * forbidding environment asks `--approve` for. A down file that does not parse counts as destructive: what it
 * does cannot be known.
 */
export async function destructiveDowns(steps: ReadonlyArray<{ service: string; id: string; migration?: Migration }>): Promise<DestructiveDown[]> {
  await ensureParser();
  const out: DestructiveDown[] = [];
  for (const step of steps) {
    const down = step.migration?.down;
    if (!down) continue;
    const parsed = parseSql(await readFile(down.abs, 'utf8'));
    if (parsed.error) {
      out.push({ service: step.service, id: step.id, what: [`does not parse (${down.file}:${parsed.error.line}), so what it destroys cannot be known`] });
      continue;
    }
    const what = parsed.statements.flatMap((s) => destructiveOperations(s)).map((op) => `${KIND[op.kind] ?? op.kind} ${op.target}`);
    if (what.length > 0) out.push({ service: step.service, id: step.id, what });
  }
  return out;
}

/** The preflight of a command that changes `services` in `env` (the facts the command has go in `extra`). */
export function guard(
  command: PreflightInput['command'],
  env: string,
  services: readonly Service[],
  flags: PreflightInput['flags'],
  extra: Pick<PreflightInput, 'destructiveDowns' | 'rollbackRefusals' | 'state' | 'findings'> = {},
): { refusals: PreflightRefusal[]; backupRequired: string[] } {
  return preflight({
    command,
    environment: env,
    services: services.map((s) => ({ name: s.name, settings: environmentSettings(s, env) })),
    flags,
    ...extra,
  });
}

export interface BackupRequest {
  repo: Pick<Repo, 'root'>;
  env: string;
  db?: Database;
  databaseUrl?: string;
  backupDir?: string;
  /** Whose cache folder holds the default backup folder (XDG_CACHE_HOME, HOME). */
  processEnv?: NodeJS.ProcessEnv;
  now?: Date;
  out: (line: string) => void;
  /** What the refusal says did not happen: `applied` (up) or `changed` (the default). */
  nothing?: 'applied' | 'changed';
}

/** backup_required: backs the target up first. Returns the file, or an error message (then nothing may change). */
export async function takeRequiredBackup(req: BackupRequest): Promise<{ file: string } | { error: string }> {
  try {
    const b = await backupDatabase({ dir: req.backupDir ?? defaultBackupDir(req.repo.root, req.processEnv), url: req.databaseUrl, db: req.db, now: req.now });
    req.out(`backup ${b.file} (${b.bytes} bytes${b.format === 'pglite-datadir' ? ', PGlite data directory' : ''})`);
    return { file: b.file };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { error: `backup_required is set for ${req.env} and the backup failed, so nothing was ${req.nothing ?? 'changed'}: ${why}` };
  }
}
