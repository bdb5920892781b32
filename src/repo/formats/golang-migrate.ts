/**
 * golang-migrate: `{version}_{title}.up.sql` / `.down.sql` directly in migrations/, read as `common`. The title is
 * optional (`0157.up.sql`) and may hold any character but '/' (spaces too); harness's `_up.sql` variant is read
 * with a hint. Versions are unsigned integers, applied in numeric order. gobuffalo/pop histories (kratos) name a
 * database in the file (`{version}_{name}.postgres.up.sql`, `.mysql.up.sql`...): the PostgreSQL ones and those for
 * every database (`.all`, or none) are read, the others skipped with a note.
 */
import type { Entry } from '../discover.js';
import type { Direction } from '../types.js';
import { strayFile, type FormatContext, type FormatRead, type FoundFile } from './types.js';

const NAME = /^([0-9]+)(?:_(.*?))?([._])(up|down)\.sql$/;

/** Parses a golang-migrate file name; undefined when it is not one. */
export function parseGolangMigrateName(fileName: string): { id: string; name: string; direction: Direction; stem: string; underscore: boolean } | undefined {
  const m = NAME.exec(fileName);
  if (!m) return undefined;
  const direction = m[4] as Direction;
  const stem = fileName.slice(0, fileName.length - `.${direction}.sql`.length);
  return { id: m[1]!, name: m[2] ?? '', direction, stem, underscore: m[3] === '_' };
}

const DIALECT = /\.(postgres|postgresql|cockroach|mysql|sqlite3|mssql|all)$/;

/** Reads one golang-migrate file into `files`, or reports it. */
export function readGolangMigrateFile(e: Entry, folder: string, ctx: FormatContext, files: FoundFile[]): void {
  const parsed = parseGolangMigrateName(e.name);
  const dialect = parsed ? DIALECT.exec(parsed.stem)?.[1] : undefined;
  if (parsed && dialect) {
    if (!['postgres', 'postgresql', 'all'].includes(dialect)) {
      ctx.findings.push({ rule: 'unknown-folder', severity: 'info', message: `${e.name} is written for ${dialect}, not PostgreSQL; it is not read`, file: e.rel });
      return;
    }
    // The dialect is not part of the migration's name: its up and down files pair without it.
    parsed.stem = parsed.stem.slice(0, -dialect.length - 1);
    parsed.name = parsed.name.slice(0, Math.max(0, parsed.name.length - dialect.length - 1));
  }
  if (!parsed) {
    ctx.findings.push(strayFile(e, 'a golang-migrate migration ({version}_{title}.up.sql / .down.sql)'));
    return;
  }
  if (parsed.underscore) {
    const better = `${parsed.stem}.${parsed.direction}.sql`;
    ctx.findings.push({
      rule: 'filename-style',
      severity: 'info',
      message: `${e.name} is read as the ${parsed.direction} migration ${parsed.stem}; the usual form is ${better}`,
      help: `Rename it to ${better}`,
      file: e.rel,
    });
  }
  files.push({ file: e.rel, abs: e.abs, folder, id: parsed.id, name: parsed.name, direction: parsed.direction, stem: parsed.stem });
}

/** Reads a golang-migrate folder. */
export function readGolangMigrate(ctx: FormatContext): FormatRead {
  const files: FoundFile[] = [];
  for (const e of ctx.entries) {
    if (e.kind === 'file') readGolangMigrateFile(e, 'common', ctx, files);
  }
  return { files };
}
