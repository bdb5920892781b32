/**
 * Which layout a migrations folder is written in (spec section 1a), and its reader. Detection looks at the files
 * themselves; a `formats` glob of svc-migrate.json overrides it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { globSegmentToRegExp, type Entry } from '../discover.js';
import type { MigrationFormat } from '../types.js';
import { readFolders } from './folders.js';
import { readFlyway } from './flyway.js';
import { readGolangMigrate } from './golang-migrate.js';
import { readSingleFile } from './single-file.js';
import { readSqitch } from './sqitch.js';
import type { FormatContext, FormatRead } from './types.js';

/** True when a service folder (relative to the root) matches a glob of svc-migrate.json (`*`, `?`, `**`). */
export function matchesServiceGlob(rel: string, glob: string): boolean {
  const want = glob.split('/').filter((s) => s !== '' && s !== '.');
  const have = rel.split('/');
  const match = (i: number, j: number): boolean => {
    if (i === want.length) return j === have.length;
    if (want[i] === '**') return match(i + 1, j) || (j < have.length && match(i, j + 1));
    return j < have.length && globSegmentToRegExp(want[i]!).test(have[j]!) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/** The format svc-migrate.json names for a service folder, if any (the first glob that matches). */
export function configuredFormat(serviceRel: string, formats: Record<string, MigrationFormat>): MigrationFormat | undefined {
  for (const [glob, format] of Object.entries(formats)) if (matchesServiceGlob(serviceRel, glob)) return format;
  return undefined;
}

function firstLines(abs: string): string {
  try {
    return readFileSync(abs).subarray(0, 64 * 1024).toString('utf8');
  } catch {
    return '';
  }
}

/**
 * Detects the format of a migrations folder from its entries (config files, hooks/ and ignored files already left
 * out). `envFolders` are the names of common/ and the environment folders: any of them means native. An empty or
 * ambiguous folder is native, so that `new` writes svc-migrate's own layout.
 */
export function detectFormat(entries: readonly Entry[], envFolders: ReadonlySet<string>): MigrationFormat {
  if (entries.some((e) => e.kind === 'file' && e.name === 'sqitch.plan')) return 'sqitch';
  if (entries.some((e) => e.kind === 'dir' && envFolders.has(e.name))) return 'native';
  const dirs = entries.filter((e) => e.kind === 'dir');
  for (const d of dirs) {
    let names: string[];
    try {
      names = readdirSync(d.abs);
    } catch {
      continue;
    }
    if (names.includes('migration.sql')) return 'prisma';
    if (names.includes('up.sql')) return 'diesel';
  }
  const sql = entries.filter((e) => e.kind === 'file' && /\.sql$/i.test(e.name));
  if (sql.some((e) => /^[VR][0-9_.]*__/.test(e.name))) return 'flyway';
  if (sql.some((e) => /[._](up|down)\.sql$/.test(e.name))) return 'golang-migrate';
  for (const e of sql) {
    const head = firstLines(e.abs);
    if (/^\s*--\s*migrate:(up|down)\b/m.test(head)) return 'dbmate';
    if (/^\s*--\s*\+goose\s+(up|down)\b/im.test(head)) return 'goose';
  }
  return 'native';
}

/** Reads a folder written for another tool (native folders are read by src/repo/load.ts). */
export async function readFormat(format: Exclude<MigrationFormat, 'native'>, ctx: FormatContext): Promise<FormatRead> {
  switch (format) {
    case 'golang-migrate':
      return readGolangMigrate(ctx);
    case 'dbmate':
    case 'goose':
      return readSingleFile(ctx, format);
    case 'flyway':
      return readFlyway(ctx);
    case 'sqitch':
      return readSqitch(ctx);
    case 'diesel':
    case 'prisma':
      return readFolders(ctx, format);
  }
}
