/** Reading the `migrations` lists of environments.json: which files each entry names. */
import type { EnvironmentEntry, Migration } from '../repo/types.js';
import type { ServiceGraph } from './context.js';

/** One item of `environments.<env>.migrations`, with its index (for its JSON pointer). */
export interface ListItem {
  env: string;
  index: number;
  name: string;
  /** Migrations whose file the item names, in any folder. */
  matches: Migration[];
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/**
 * True when a list item names this migration: its up or down file name (`000003_dev_data.up.sql`, the form the
 * design documents use), or, leniently, `000003_dev_data` or the bare id `000003`.
 */
export function itemNames(item: string, m: Migration): boolean {
  if (item === m.id || item === `${m.id}_${m.name}`) return true;
  return [m.up, m.down].some((f) => f !== undefined && basename(f.file) === item);
}

/** The environments.json entries, when the file parsed and has an `environments` object. */
export function environmentEntries(g: ServiceGraph): Array<[string, EnvironmentEntry]> {
  if (g.envUnusable) return [];
  const envs: unknown = g.service.environments?.value?.environments;
  if (typeof envs !== 'object' || envs === null || Array.isArray(envs)) return [];
  return Object.entries(envs as Record<string, unknown>).filter(
    (e): e is [string, EnvironmentEntry] => typeof e[1] === 'object' && e[1] !== null && !Array.isArray(e[1]),
  );
}

/** Every string item of every environment's `migrations` list, resolved to the migrations it names. */
export function listItems(g: ServiceGraph): ListItem[] {
  const all = [...g.byId.values()].flat();
  const out: ListItem[] = [];
  for (const [env, entry] of environmentEntries(g)) {
    const list: unknown = entry.migrations;
    if (!Array.isArray(list)) continue;
    list.forEach((name, index) => {
      if (typeof name !== 'string') return;
      out.push({ env, index, name, matches: all.filter((m) => itemNames(name, m)) });
    });
  }
  return out;
}
