/**
 * Flyway: `V{version}__{description}.sql` (versioned), `U{version}__{description}.sql` (its undo, optional) and
 * `R__{description}.sql` (repeatable), in migrations/ and its subfolders (Flyway scans a location recursively).
 * The id is the version as flyway_schema_history records it (`1_1` -> `1.1`); versions are ordered part by part,
 * numerically (`1.10` after `1.9`); repeatables come after every version, by description.
 */
import { listDir, type Entry } from '../discover.js';
import { strayFile, type FormatContext, type FormatRead, type FoundFile } from './types.js';

const VERSIONED = /^([VU])([0-9]+(?:[._][0-9]+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;

/** Flyway's version order: numeric parts, trailing zero parts ignored (`1.0` equals `1`). */
export function compareFlywayVersions(a: string, b: string): number {
  const x = a.split('.').map((p) => BigInt(p));
  const y = b.split('.').map((p) => BigInt(p));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? 0n;
    const q = y[i] ?? 0n;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/** The id a repeatable migration gets: Flyway records it with no version, under its description. */
export function repeatableId(description: string): string {
  return `R__${description}`;
}

async function walk(ctx: FormatContext, entries: Entry[], out: Entry[]): Promise<void> {
  for (const e of entries) {
    if (e.kind === 'file') out.push(e);
    else await walk(ctx, await listDir(ctx.root, e.abs, ctx.findings, ctx.service), out);
  }
}

/** Reads a Flyway location. */
export async function readFlyway(ctx: FormatContext): Promise<FormatRead> {
  const all: Entry[] = [];
  await walk(ctx, ctx.entries, all);
  const files: FoundFile[] = [];
  const versions: string[] = [];
  const repeatables: string[] = [];
  for (const e of all) {
    const v = VERSIONED.exec(e.name);
    const r = v ? undefined : REPEATABLE.exec(e.name);
    if (v) {
      const id = v[2]!.replace(/_/g, '.');
      const description = v[3]!.replace(/_/g, ' ');
      const direction = v[1] === 'V' ? 'up' : 'down';
      // V and U files of one version share a stem: they are two directions of one migration.
      files.push({ file: e.rel, abs: e.abs, folder: 'common', id, name: description, direction, stem: e.name.slice(1, -4) });
      if (direction === 'up') versions.push(id);
    } else if (r) {
      const description = r[1]!.replace(/_/g, ' ');
      const id = repeatableId(description);
      files.push({ file: e.rel, abs: e.abs, folder: 'common', id, name: description, direction: 'up', stem: e.name.slice(0, -4) });
      repeatables.push(id);
    } else {
      ctx.findings.push(strayFile(e, 'a Flyway migration (V{version}__{description}.sql, U{version}__..., R__...)'));
    }
  }
  const order = [...versions.sort(compareFlywayVersions), ...repeatables.sort()];
  return { files, order, upOnly: true };
}
