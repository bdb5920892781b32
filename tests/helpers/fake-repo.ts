/**
 * In-memory `Repo` objects for pure planning tests: a compact description in, the shape src/repo builds out.
 * Nothing here touches the disk; `abs` paths are fake.
 */
import type { DependencyEntry, Migration, ProjectConfig, Repo, Service } from '../../src/repo/types.js';
import { defaultProjectConfig } from '../../src/config/sanitize.js';

export interface FakeMigration extends DependencyEntry {
  id: string;
  name?: string;
  /** Default 'common'. */
  folder?: string;
  /** Default true. */
  down?: boolean;
  /** Default true. */
  up?: boolean;
}

/** The project config with every default, as loadProjectConfig builds it for a repository without svc-migrate.json. */
export const DEFAULT_CONFIG: ProjectConfig = defaultProjectConfig();

/** Builds one service; migrations without `depends_on` get none (pass it explicitly). */
export function fakeService(name: string, migrations: FakeMigration[]): Service {
  const dir = `services/${name}/migrations`;
  const entries: Record<string, DependencyEntry> = {};
  const list: Migration[] = migrations.map((fm) => {
    const { id, name: mname = `m${id}`, folder = 'common', down = true, up = true, ...meta } = fm;
    entries[id] = meta;
    const base = `${dir}/${folder}/${id}_${mname}`;
    const file = (direction: 'up' | 'down') => ({
      file: `${base}.${direction}.sql`,
      abs: `/fake/${base}.${direction}.sql`,
      folder,
      id,
      name: mname,
      direction,
    });
    const m: Migration = { service: name, id, name: mname, folder, meta };
    if (up) m.up = file('up');
    if (down) m.down = file('down');
    return m;
  });
  return {
    name,
    snake: name.replace(/-/g, '_'),
    dir,
    abs: `/fake/${dir}`,
    layout: 'folders',
    migrations: list,
    dependencies: { file: `${dir}/dependencies.json`, value: { migrations: entries }, positions: new Map() },
  };
}

export function fakeRepo(services: Record<string, FakeMigration[]>): Repo {
  return {
    root: '/fake',
    config: DEFAULT_CONFIG,
    services: Object.entries(services).map(([name, ms]) => fakeService(name, ms)),
    findings: [],
  };
}

/** `{ 'user-service': ['000001'] }` -> the Map planUp takes. */
export function appliedMap(applied: Record<string, string[]> = {}): Map<string, Set<string>> {
  return new Map(Object.entries(applied).map(([s, ids]) => [s, new Set(ids)]));
}
