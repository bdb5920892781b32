/**
 * A small repository on disk for apply tests, built without src/repo (so apply tests do not depend on the
 * loader's details): services with migration files, dependencies.json and environments.json, as a `Repo`.
 * The files are real, so `loadRepo` and the CLI can read the same root.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DependencyEntry, EnvironmentEntry, Migration, MigrationFile, Repo, Service } from '../../src/repo/types.js';

export interface MiniMigration {
  id: string;
  name: string;
  up: string;
  down?: string;
  folder?: string;
  meta?: DependencyEntry;
}

export interface MiniService {
  name: string;
  migrations: MiniMigration[];
  environments?: Record<string, EnvironmentEntry>;
  /** hook file name -> script text */
  hooks?: Record<string, string>;
}

/** Writes the services under a fresh temp root and returns the Repo model for them. */
export function miniRepo(services: MiniService[], root = mkdtempSync(join(tmpdir(), 'svcm-repo-'))): Repo {
  const out: Service[] = [];
  for (const s of services) {
    const dir = `services/${s.name}/migrations`;
    const abs = join(root, dir);
    const migrations: Migration[] = [];
    for (const m of s.migrations) {
      const folder = m.folder ?? 'common';
      mkdirSync(join(abs, folder), { recursive: true });
      const file = (direction: 'up' | 'down', text: string): MigrationFile => {
        const rel = `${dir}/${folder}/${m.id}_${m.name}.${direction}.sql`;
        const fileAbs = join(root, rel);
        writeFileSync(fileAbs, text);
        return { file: rel, abs: fileAbs, folder, id: m.id, name: m.name, direction };
      };
      const mig: Migration = { service: s.name, id: m.id, name: m.name, folder, up: file('up', m.up) };
      if (m.down !== undefined) mig.down = file('down', m.down);
      if (m.meta) mig.meta = m.meta;
      migrations.push(mig);
    }
    const service: Service = {
      name: s.name,
      snake: s.name.replace(/-/g, '_'),
      dir,
      abs,
      layout: 'folders',
      migrations: migrations.sort((a, b) => Number(a.id) - Number(b.id)),
    };
    const deps = Object.fromEntries(s.migrations.map((m) => [m.id, { depends_on: [], ...m.meta }]));
    writeFileSync(join(abs, 'dependencies.json'), JSON.stringify({ migrations: deps }, null, 2));
    service.dependencies = { file: `${dir}/dependencies.json`, value: { migrations: deps }, positions: new Map() };
    if (s.environments) {
      writeFileSync(join(abs, 'environments.json'), JSON.stringify({ environments: s.environments }, null, 2));
      service.environments = { file: `${dir}/environments.json`, value: { environments: s.environments }, positions: new Map() };
    }
    if (s.hooks) {
      const hooksDir = join(abs, 'hooks');
      mkdirSync(hooksDir, { recursive: true });
      for (const [name, text] of Object.entries(s.hooks)) writeFileSync(join(hooksDir, name), text);
      service.hooksDir = hooksDir;
    }
    out.push(service);
  }
  return {
    root,
    config: { pg_version: 15, max_dependency_depth: 4, slow_threshold_ms: 30000, rules: {}, environments: {}, services: ['services/*'] },
    services: out,
    findings: [],
  };
}
