/**
 * Reading a migration file the repository loader listed. Between loading and reading, a file can vanish (a
 * checkout switching branches) or become unreadable (permissions): that is a problem with the file, said with
 * its path, not an internal error.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../core/types.js';
import type { MigrationFile } from '../repo/types.js';

/** The file's bytes; throws UsageError naming the file and what is wrong with it. */
export function readMigrationFile(file: Pick<MigrationFile, 'file' | 'abs'>): Buffer {
  try {
    return readFileSync(file.abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'it vanished after the repository was read'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (e as Error).message;
    throw new UsageError(`Cannot read ${file.file}: ${why}. Nothing of it was run; fix the file and run the command again.`);
  }
}
