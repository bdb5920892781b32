/**
 * What each finding that is not a registered SQL rule means and what to do about it: the files' and the
 * graph's findings, the refusals of applying and rolling back, and (help only) the lint engine's own findings,
 * whose descriptions live in ENGINE_RULES. With the rule registry, this is where SARIF's rule metadata and any
 * other listing take their text from; docs/rules/<id>.md starts with the same description (a meta-test keeps them
 * equal) and its "Solution" says the help at length.
 */
import type { Severity } from './types.js';

export interface FindingDescription {
  /** The level the finding is reported at (some findings are errors in one environment, warnings in another). */
  severity: Severity;
  description: string;
  /** What to do, in one or two sentences. */
  help: string;
}

/** Findings about files, folders, configs, the dependency graph and applying, by id. */
export const OTHER_FINDINGS: Readonly<Record<string, FindingDescription>> = {
  // graph
  'dependency-cycle': {
    severity: 'error',
    description: 'Migrations of one service whose `depends_on` lists form a circle, so no order can apply them.',
    help: 'Remove the edge that points backwards: a migration depends only on migrations written before it.',
  },
  'missing-dependency': {
    severity: 'error',
    description: 'A `depends_on` item that names a migration the service does not have.',
    help: 'Fix the id (copy it from the file name), add the missing migration, or remove the stale dependency.',
  },
  'cross-service-dependency': {
    severity: 'error',
    description: 'A cross-service dependency on an unknown service or migration, on the migration\'s own service, or a cycle between services.',
    help: 'Fix the service name or id, move own-service references to `depends_on`, and break service cycles (often by splitting a migration in two).',
  },
  'orphan-migration': {
    severity: 'warning',
    description: 'A migration file that `dependencies.json` does not list (a service of 2+ migrations with no `dependencies.json` gets one finding).',
    help: 'Add the entry (`svc-migrate new` writes it for you), or delete the stray file.',
  },
  'missing-migration-file': {
    severity: 'error',
    description: 'A `dependencies.json` entry, or an `environments.json` `migrations` item, with no migration file.',
    help: 'Restore or rename the file, or remove the entry (and the dependencies on it).',
  },
  'environment-mismatch': {
    severity: 'error',
    description: 'A migration\'s `environment`, the folder its files are in and `environments.json` disagree.',
    help: 'Move the file to the right folder, or correct the entry and the list so all three say the same.',
  },
  'environment-dependency': {
    severity: 'error',
    description: 'A migration that applies in an environment depends on one that does not apply there.',
    help: 'Move the dependency to `common/`, move the dependent into the same environment folder, or remove the dependency if it is not real.',
  },
  'dependency-depth': {
    severity: 'warning',
    description: 'A `depends_on` chain deeper than the configured limit (`max_dependency_depth`, default 4).',
    help: 'Make each migration depend only on what it needs (the migration that created the table it alters), or raise `max_dependency_depth` in `svc-migrate.json` if long chains are your convention.',
  },
  // files
  'missing-down': {
    severity: 'warning',
    description: 'An up migration with no down file.',
    help: 'Write `NNNNNN_name.down.sql` that undoes the up migration. If the change truly cannot be undone (data was destroyed), still add the file with a comment saying so and mark the entry `"rollback_safe": false`.',
  },
  'missing-up': {
    severity: 'warning',
    description: 'A down file with no up file.',
    help: 'Give the pair the same id and name (`000004_add_orders.up.sql` / `000004_add_orders.down.sql`), or delete the stray down file.',
  },
  'duplicate-version': {
    severity: 'error',
    description: 'Two migrations of one service with the same id.',
    help: 'Renumber the newer migration to the next free id (and its `dependencies.json` entry), keeping each id unique within the service.',
  },
  'invalid-filename': {
    severity: 'error',
    description: 'A file in a migrations folder that is not named `NNNNNN_name.(up|down).sql`.',
    help: 'Rename the file to `NNNNNN_name.up.sql` (and give it a `.down.sql`), or move non-migration files out of the migrations folder.',
  },
  'filename-style': {
    severity: 'info',
    description: 'A migration file named in an accepted but unusual form (`NNNN_name_up.sql`), read as a migration all the same.',
    help: 'Rename the file to the usual form given in the message (`0029_create_index.down.sql`).',
  },
  'unknown-folder': {
    severity: 'warning',
    description: 'A folder that svc-migrate does not read: an unknown folder inside `migrations/`, or a service folder with no `migrations/`.',
    help: 'Rename the folder to an environment that exists, or add the environment to `environments.json`; move other folders out of `migrations/`.',
  },
  'invalid-service-name': {
    severity: 'error',
    description: 'A service folder whose name is not a valid service name (`^[a-z][a-z0-9_-]*$`), or two service folders with the same name, or two whose names differ only by `-` and `_` (one schema, one tracking table).',
    help: 'Rename the folder to lower-case letters, digits, `_` and `-`, starting with a letter, unique across the repository once `-` is read as `_`.',
  },
  'unreadable-path': {
    severity: 'error',
    description: 'A service or migrations folder that cannot be read, or a symlink that points outside the root.',
    help: 'Fix the permissions or the link; keep migrations inside the repository.',
  },
  'config-invalid-json': {
    severity: 'error',
    description: 'A JSON file (`dependencies.json`, `environments.json`, `svc-migrate.json`) that does not parse.',
    help: 'Fix the JSON at the reported position (a trailing comma, a missing quote, a comment: JSON has none).',
  },
  'config-schema': {
    severity: 'error',
    description: 'A JSON file that breaks its JSON Schema, or a semantic check of its content, at the offending key\'s line, with its JSON path.',
    help: 'Correct the key or value; add `"$schema": "../../../node_modules/svc-migrate/schemas/dependencies.schema.json"` (or the schema\'s URL) to get completion and checks in the editor.',
  },
  // apply
  'checksum-mismatch': {
    severity: 'warning',
    description: 'An applied migration whose up file changed after it was applied.',
    help: 'Revert the edit and put the change in a new migration. If the edit only changed comments or whitespace and you accept the drift, re-record the checksum deliberately (for example by reapplying on a throwaway database).',
  },
  'dirty-migration': {
    severity: 'error',
    description: 'A migration marked dirty in the tracking table: it started and did not finish.',
    help: 'Inspect the database and repair it by hand (finish or undo the half-applied statements, drop an INVALID index), then clear the flag: `svc-migrate force --service S --version ID --clean`.',
  },
  'migration-failed': {
    severity: 'error',
    description: 'A migration that PostgreSQL rejected while it was applied (or rolled back, or verified).',
    help: 'Fix the migration (or the data it trips over) and run again. In `verify` and `check --apply` on an empty database, a failure usually means the migration depends on state it does not create: a missing `depends_on`, an extension, a role.',
  },
  'apply-refused': {
    severity: 'error',
    description: '`up` refused to apply anything: a dirty service, a blocked plan, a forbidden destructive operation, validation errors, a missing approval or maintenance window, or a failed backup.',
    help: 'Fix what the message names (repair and `force`, fix the validation errors, pass `--approve`, wait for the window, fix the backup), then run again.',
  },
  'rollback-mismatch': {
    severity: 'error',
    description: 'A down migration that does not restore the schema as it was before its up migration (or fails, or breaks the next up).',
    help: 'Make the down migration the exact inverse of the up migration (every object it creates dropped, every change reverted), with `IF EXISTS` where the up may have stopped half-way.',
  },
  'rollback-unsafe': {
    severity: 'error',
    description: '`rollback` refused a migration whose `dependencies.json` entry says `"rollback_safe": false`.',
    help: 'Roll forward instead (a new migration that fixes the problem), or, after reading the down file and taking a backup, pass `--force`.',
  },
  'rollback-dependent': {
    severity: 'error',
    description: '`rollback` refused a migration that an applied migration (of this or another service) depends on.',
    help: 'Roll back the dependents first (`--to` a lower id, `--steps`, or the other service\'s rollback), or pass `--force` if the dependency is not real.',
  },
  'rollback-data-loss': {
    severity: 'error',
    description: '`rollback` refused a down migration that would destroy data: it drops a table, column or schema that holds rows, or deletes rows (or it does not parse, so what it destroys cannot be known).',
    help: 'Back the data up (`svc-migrate backup`) or move it elsewhere first, then pass `--force`; or roll forward with a new migration instead.',
  },
  'rollback-missing-down': {
    severity: 'error',
    description: '`rollback` refused a migration that has no down file (or no files at all in the repository).',
    help: 'Write the down file (and commit it), or check out the branch that holds the migration, then roll back.',
  },
  'rollback-dirty': {
    severity: 'error',
    description: '`rollback` refused to run on a service that is dirty (a migration failed half-way).',
    help: 'Repair the database by hand, clear the flag with `svc-migrate force --service S --version ID --clean`, then roll back.',
  },
  // the preflight's refusals (apply/preflight.ts)
  'approval-required': {
    severity: 'error',
    description: "The environment has `require_approval`, and the command that changes the database ran without `--approve`.",
    help: "Review the plan (`svc-migrate plan --env production`, or `up --dry-run`), then run the command again with `--approve` (the Action: `approve: true`). `plan` itself does not fail for it: approval is given at deploy time.",
  },
  'backup-failed': {
    severity: 'error',
    description: "`rollback`, `restore` or `force` changed nothing because the environment has `backup_required` and the backup taken first failed.",
    help: "Fix what the message names (disk space, `--backup-dir`, pg_dump on the PATH, the URL) and run again.",
  },
  'blocked-migration': {
    severity: 'error',
    description: "`up` held a service back because one of its pending migrations cannot run: a prerequisite is neither applied nor planned earlier.",
    help: "Apply the prerequisite first (include its service in the run), or fix `dependencies.json`.",
  },
  'destructive-rollback': {
    severity: 'error',
    description: "`rollback` refused a down file that drops or deletes, in an environment whose `allow_destructive_operations` is false, without `--approve`.",
    help: "Review the down file, then roll back with `--approve` (and `--force` if the data-loss check refuses it too).",
  },
  'dirty-service': {
    severity: 'error',
    description: "`up` held a service back because one of its migrations is dirty: it started outside a transaction and did not finish.",
    help: "Repair the database by hand (finish or undo what the migration did), then `svc-migrate force --service S --version ID --clean` (finished) or `--remove` (undone), and run `up` again.",
  },
  'maintenance-window': {
    severity: 'error',
    description: "The environment has `maintenance_window_required`, and it is outside the window its config names (or no valid window is configured).",
    help: "Run again inside the window (docs/environments.md describes `maintenance_window`), or fix the window in environments.json.",
  },
  'validation-failed': {
    severity: 'error',
    description: "`up` held a service back because `validate` found errors in it and its environment has `skip_validation` false.",
    help: "Run `svc-migrate validate`, fix the errors (or, for a SQL rule, accept one with an ignore comment where that is allowed), and run again.",
  },
  'schema-drift': {
    severity: 'error',
    description: 'A live database whose schema differs from the one its applied migrations produce (a hand-made hotfix).',
    help: 'Turn the hand-made change into a migration (so every environment gets it and it is reviewed), or undo it by hand. `svc-migrate drift --database-url URL` lists every object that differs; see docs/schema-diff.md.',
  },
};

/** What to do about each of the lint engine's own findings (their descriptions are in ENGINE_RULES). */
export const ENGINE_HELP: Readonly<Record<string, string>> = {
  'sql-syntax': 'Fix the statement at the reported position so the file parses as PostgreSQL SQL.',
  'sql-encoding': 'Save the file as UTF-8 (without NUL bytes); check its permissions if it could not be read.',
  'empty-migration': 'Write the statements. A down migration that truly has nothing to undo should say so in a comment and do a no-op statement (`SELECT 1;`) so the intent is visible; a migration that is not needed should be deleted together with its `dependencies.json` entry (if it was never applied anywhere).',
  'plpgsql-syntax': 'Fix the PL/pgSQL at the reported position.',
  'ignore-unknown-rule': 'Name an existing rule id (kebab-case, as in the finding you want to silence), or remove the comment.',
  'ignore-unused': 'Remove the stale ignore, or move it onto the line before the statement it is meant for.',
  'ignore-malformed': 'Write `-- svc-migrate-ignore rule-a, rule-b` to silence rules on the next statement, or `-- svc-migrate-ignore-file rule-a` for the whole file.',
};
