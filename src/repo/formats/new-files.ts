/**
 * The files a new migration gets in each format (spec section 1a), and the id the format gives it: what `new`
 * writes. Pure: the service and the clock in, paths (relative to the root) and texts out.
 */
import type { Service } from '../types.js';
import { compareFlywayVersions } from './flyway.js';
import { dieselVersion } from './folders.js';

export interface NewFile {
  /** Relative to the root, with '/'. */
  rel: string;
  text: string;
}

export interface NewMigrationFiles {
  id: string;
  files: NewFile[];
  /** sqitch: the line to append to sqitch.plan (the plan is its dependencies.json). */
  planLine?: string;
}

/** The next numeric id: the largest + 1, as wide as the widest existing id (6 digits for a new service). */
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

/** `YYYYMMDDHHMMSS` in UTC, the version dbmate and prisma write. */
function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function header(id: string, name: string, direction: string, schema: string): string {
  return direction === 'up'
    ? `-- ${id} ${name} (up)\n-- Name tables with their schema (${schema}.<table>). Large tables: CREATE INDEX CONCURRENTLY,\n` +
        `-- ADD CONSTRAINT ... NOT VALID then VALIDATE, new NOT NULL columns with a DEFAULT.\n`
    : `-- ${id} ${name} (down)\n-- Undo exactly what the up migration does, in reverse order, so that the ${schema} schema\n` +
        `-- is back to what it was (svc-migrate verify checks this).\n`;
}

export interface NewFilesInput {
  service: Service;
  name: string;
  /** `common` or an environment folder (native only). */
  folder: string;
  /** Every id the service knows. */
  ids: readonly string[];
  now: Date;
  /** sqitch: the plan's dependencies of the change, already spelled as sqitch writes them. */
  planDeps?: string[];
}

/** The files (and id) of a new migration in the service's format. */
export function newMigrationFiles(input: NewFilesInput): NewMigrationFiles {
  const { service, name, folder, ids, now } = input;
  const dir = service.dir;
  const schema = service.snake;
  switch (service.format ?? 'native') {
    case 'golang-migrate': {
      const stem = `${nextId(ids)}_${name}`;
      // Where numeric prefixes collide the name is the id (see load.ts), so a new file is known by its name too.
      const id = service.idOrder?.kind === 'rank' ? stem : nextId(ids);
      return { id, files: [{ rel: `${dir}/${stem}.up.sql`, text: header(id, name, 'up', schema) }, { rel: `${dir}/${stem}.down.sql`, text: header(id, name, 'down', schema) }] };
    }
    case 'dbmate': {
      const id = timestamp(now);
      return { id, files: [{ rel: `${dir}/${id}_${name}.sql`, text: `-- migrate:up\n${header(id, name, 'up', schema)}\n-- migrate:down\n${header(id, name, 'down', schema)}` }] };
    }
    case 'goose': {
      const id = nextId(ids);
      return { id, files: [{ rel: `${dir}/${id}_${name}.sql`, text: `-- +goose Up\n${header(id, name, 'up', schema)}\n-- +goose Down\n${header(id, name, 'down', schema)}` }] };
    }
    case 'flyway': {
      const versions = ids.filter((x) => /^\d+(\.\d+)*$/.test(x)).sort(compareFlywayVersions);
      const id = String(versions.length === 0 ? 1n : BigInt(versions.at(-1)!.split('.')[0]!) + 1n);
      return { id, files: [{ rel: `${dir}/V${id}__${name}.sql`, text: header(id, name, 'up', schema) }] };
    }
    case 'sqitch': {
      const deps = input.planDeps && input.planDeps.length > 0 ? ` [${input.planDeps.join(' ')}]` : '';
      const planLine = `${name}${deps} ${now.toISOString().replace(/\.\d+Z$/, 'Z')} svc-migrate <svc-migrate@localhost> # ${name.replace(/_/g, ' ')}`;
      return {
        id: name,
        planLine,
        files: [
          { rel: `${dir}/deploy/${name}.sql`, text: `-- Deploy ${name}\n${header(name, name, 'up', schema)}` },
          { rel: `${dir}/revert/${name}.sql`, text: `-- Revert ${name}\n${header(name, name, 'down', schema)}` },
          { rel: `${dir}/verify/${name}.sql`, text: `-- Verify ${name}: a query that fails when the change is missing.\n` },
        ],
      };
    }
    case 'diesel': {
      const t = now.toISOString();
      const folderName = `${t.slice(0, 10)}-${t.slice(11, 19).replace(/:/g, '')}_${name}`;
      const id = dieselVersion(folderName);
      return { id, files: [{ rel: `${dir}/${folderName}/up.sql`, text: header(id, name, 'up', schema) }, { rel: `${dir}/${folderName}/down.sql`, text: header(id, name, 'down', schema) }] };
    }
    case 'prisma': {
      const id = `${timestamp(now)}_${name}`;
      return { id, files: [{ rel: `${dir}/${id}/migration.sql`, text: header(id, name, 'up', schema) }] };
    }
    case 'native': {
      const id = nextId(ids);
      const base = `${dir}/${folder}/${id}_${name}`;
      return { id, files: [{ rel: `${base}.up.sql`, text: header(id, name, 'up', schema) }, { rel: `${base}.down.sql`, text: header(id, name, 'down', schema) }] };
    }
  }
}
