/**
 * diesel and prisma: one folder per migration. diesel: `{version}_{name}/up.sql` + `down.sql`, where the version
 * is what precedes the first '_' with its '-' removed (`2017-01-01-000000` -> `20170101000000`), applied in
 * string order of versions, as __diesel_schema_migrations records them. prisma: `{timestamp}_{name}/migration.sql`,
 * up only, applied in folder-name order, recorded in _prisma_migrations under the folder name (its id here).
 */
import { listDir } from '../discover.js';
import { strayFile, type FormatContext, type FormatRead, type FoundFile } from './types.js';

/** Files prisma and diesel keep next to their migration folders. */
const TOOL_FILES = new Set(['migration_lock.toml', '.keep', 'schema.prisma']);

/** diesel's version of a migration folder: the part before the first '_', without '-'. */
export function dieselVersion(folder: string): string {
  const cut = folder.indexOf('_');
  return (cut === -1 ? folder : folder.slice(0, cut)).replace(/-/g, '');
}

/** Reads a diesel or prisma migrations folder. */
export async function readFolders(ctx: FormatContext, tool: 'diesel' | 'prisma'): Promise<FormatRead> {
  const files: FoundFile[] = [];
  const ids: string[] = [];
  for (const e of ctx.entries) {
    if (e.kind === 'file') {
      if (!TOOL_FILES.has(e.name)) ctx.findings.push(strayFile(e, `a ${tool} migration (a folder per migration)`));
      continue;
    }
    const cut = e.name.indexOf('_');
    const id = tool === 'prisma' ? e.name : dieselVersion(e.name);
    const name = cut === -1 ? '' : e.name.slice(cut + 1);
    let found = false;
    for (const f of await listDir(ctx.root, e.abs, ctx.findings, ctx.service)) {
      const direction = tool === 'prisma' ? (f.name === 'migration.sql' ? 'up' : undefined) : f.name === 'up.sql' ? 'up' : f.name === 'down.sql' ? 'down' : undefined;
      if (f.kind !== 'file' || !direction) {
        // diesel 2 may keep a metadata.toml; anything else is unexpected.
        if (f.name !== 'metadata.toml') ctx.findings.push(strayFile(f, `part of a ${tool} migration (${tool === 'prisma' ? 'migration.sql' : 'up.sql, down.sql'})`));
        continue;
      }
      found = true;
      files.push({ file: f.rel, abs: f.abs, folder: 'common', id, name, direction, stem: e.name });
    }
    if (found) ids.push(id);
  }
  // Both tools sort as strings: prisma folder names, diesel versions (crates.io's mixed 14- and 18-digit ones).
  return { files, order: [...new Set(ids)].sort(), upOnly: tool === 'prisma' };
}
