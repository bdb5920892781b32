/** What every format reader of src/repo/formats gets and gives back (spec section 1a). */
import type { Finding } from '../../core/types.js';
import type { Entry } from '../discover.js';
import type { DependencyEntry, LoadedJson, MigrationFile } from '../types.js';

export interface FormatContext {
  /** Absolute, real root. */
  root: string;
  service: string;
  /** The migrations folder: absolute, and relative to the root. */
  abs: string;
  dir: string;
  /** Its entries (dot-files left out, symlinks resolved inside the root). */
  entries: Entry[];
  findings: Finding[];
}

/** One migration file as a reader found it, with the name the source tool knows it by. */
export interface FoundFile extends MigrationFile {
  /** The file (or folder) name without direction and extension: the id when numeric prefixes collide. */
  stem: string;
}

export interface FormatRead {
  files: FoundFile[];
  /** Ids in the order the source tool applies them; absent: numeric order. */
  order?: string[];
  /** The tool has no down migrations (or they are optional), so a missing one is not reported. */
  upOnly?: boolean;
  /** sqitch verify scripts, by id. */
  verify?: Map<string, { file: string; abs: string }>;
  /** The dependency graph the tool itself records (sqitch.plan), read as dependencies.json would be. */
  graph?: LoadedJson<{ migrations: Record<string, DependencyEntry> }>;
  /** sqitch's `%project`: other plans name this service by it in `project:change`. */
  project?: string;
}

/** A non-migration file a reader does not understand: a warning, never silence. */
export function strayFile(e: Entry, what: string): Finding {
  return {
    rule: 'invalid-filename',
    severity: /\.sql$/i.test(e.name) ? 'error' : 'warning',
    message: `${e.name} is not ${what}, so it is never applied`,
    help: `Rename or move it; see the format's naming in the README ("Adopting svc-migrate").`,
    file: e.rel,
  };
}
