/**
 * The one registry of commands, in the order `svc-migrate --help` lists them: each command's flags here, its code
 * in ./<name>.ts, loaded only when it runs. Most commands import the apply layer (child processes for hooks and
 * pg_dump, the database drivers), which `validate`, `--help` and `--version` must not pay for at every start.
 */
import type { Command, CommandRun, CommandSpec } from '../types.js';

/** A command whose module is imported on first use. */
function lazy(spec: CommandSpec, load: () => Promise<{ run: CommandRun }>): Command {
  return { ...spec, run: async (common, flags, io) => (await load()).run(common, flags, io) };
}

export const commands: Command[] = [
  lazy(
    {
      name: 'validate',
      summary: 'all static checks: files, JSON schemas, dependency graph, SQL rules',
      options: [
        { name: 'impact', type: 'boolean', description: 'also list the tables each migration writes (impact analysis)' },
        { name: 'quiet', type: 'boolean', multiple: false, description: 'print only errors (text and github formats; the summary still counts all)' },
        { name: 'concurrency', type: 'string', value: 'N|auto', multiple: false, description: 'lint on N worker threads (auto: one per core; default off: in-process)' },
      ],
      formats: ['text', 'json', 'sarif', 'github'],
      uses: ['service', 'env', 'fail-on', 'cache'],
      examples: ['', '--service user-service --format json', '--env production --fail-on warning'],
    },
    () => import('./validate.js'),
  ),
  lazy(
    {
      name: 'deps',
      summary: 'the dependency graph, one line a migration: 000002: ["000001"]',
      options: [
        { name: 'write', type: 'boolean', multiple: false, description: 'add the missing dependencies.json entries, depends_on and affects_tables inferred from the SQL' },
        { name: 'update-affects', type: 'boolean', multiple: false, description: 'with --write: also set affects_tables of existing entries from the SQL' },
      ],
      formats: ['text', 'json'],
      uses: ['service', 'env', 'fail-on'],
      examples: ['--service user-service', '--format json > deps.json'],
      exit1: 'graph problems (printed on stderr) at or above --fail-on',
    },
    () => import('./deps.js'),
  ),
  lazy(
    {
      name: 'up',
      summary: 'apply pending migrations, in dependency order, with the environment safety checks',
      options: [
        { name: 'approve', type: 'boolean', multiple: false, description: 'confirm a run in an environment with require_approval' },
        { name: 'dry-run', type: 'boolean', multiple: false, description: 'run every check, print what would be applied, apply nothing' },
        { name: 'no-hooks', type: 'boolean', multiple: false, description: 'do not run the hooks/ scripts' },
        { name: 'hook-timeout', type: 'string', value: 'SECONDS', multiple: false, description: 'stop a hook after this many seconds (default hook_timeout_seconds, 600)' },
        { name: 'target', type: 'string', value: 'ID', multiple: false, description: 'apply only up to this migration id (inclusive)' },
        { name: 'notify-webhook', type: 'string', value: 'URL', multiple: false, description: 'post a Slack-compatible message here on success and failure' },
        { name: 'backup-dir', type: 'string', value: 'DIR', multiple: false, description: 'where backup_required backups go (default ~/.cache/svc-migrate/backups/<repo>)' },
      ],
      formats: ['text', 'json'],
      uses: ['service', 'env', 'fail-on', 'database-url', 'cache'],
      examples: ['--database-url postgres://postgres@localhost/app', '--env staging --approve', '--service billing --target 000004 --dry-run'],
      exit1: 'a migration failed, up refused to start, or findings at or above --fail-on',
    },
    () => import('./up.js'),
  ),
  lazy(
    {
      name: 'status',
      summary: 'applied / pending / dirty / checksum-changed / slow migrations, one line each: <id> <ms> <state> ...',
      options: [
        { name: 'slow-ms', type: 'string', value: 'MS', multiple: false, description: 'flag migrations slower than this (default slow_threshold_ms, 30000)' },
        { name: 'drift', type: 'boolean', multiple: false, description: 'also compare the schema with what the applied migrations produce (see drift)' },
      ],
      formats: ['text', 'json'],
      uses: ['service', 'env', 'fail-on', 'database-url'],
      examples: ['--database-url postgres://postgres@localhost/app', "| awk '$2 > 30000'    # migrations slower than 30 s", '--format json --service billing'],
      exit1: 'findings (dirty, checksum changed) at or above --fail-on',
    },
    () => import('./status.js'),
  ),
  lazy(
    {
      name: 'baseline',
      summary: "record as applied, without running them, the migrations the source tool's table (or --version) says a database has",
      options: [
        { name: 'version', type: 'string', value: 'ID', multiple: false, description: 'every migration up to this id counts as applied (instead of reading the source tool\'s table)' },
        { name: 'approve', type: 'boolean', multiple: false, description: 'confirm a run in an environment with require_approval' },
        { name: 'dry-run', type: 'boolean', multiple: false, description: 'say what would be recorded, record nothing' },
        { name: 'backup-dir', type: 'string', value: 'DIR', multiple: false, description: 'where a backup_required backup goes (default: the user cache folder)' },
      ],
      formats: ['text', 'json'],
      uses: ['service', 'env', 'database-url'],
      examples: [
        '--service billing --database-url postgres://postgres@localhost/app',
        '--service billing --version 000042 --database-url postgres://postgres@localhost/app --dry-run',
      ],
      exit1: 'the preflight refused (approval, maintenance window, backup)',
    },
    () => import('./baseline.js'),
  ),
  lazy(
    {
      name: 'force',
      summary: 'after repairing the database by hand: mark a dirty migration clean (--clean), forget it (--remove), or accept a reviewed edit (--accept-checksum)',
      options: [
        { name: 'version', type: 'string', value: 'ID', multiple: false, description: 'the migration id, as written (000003)' },
        { name: 'clean', type: 'boolean', multiple: false, description: 'the migration is complete: mark it applied and clean' },
        { name: 'remove', type: 'boolean', multiple: false, description: 'the migration was undone: delete its row so up runs it again' },
        { name: 'accept-checksum', type: 'boolean', multiple: false, description: 'its file was edited after it was applied and the edit is reviewed: record the new checksum' },
        { name: 'approve', type: 'boolean', multiple: false, description: 'confirm in an environment with require_approval' },
        { name: 'backup-dir', type: 'string', value: 'DIR', multiple: false, description: 'where backup_required backups go (default: the user cache folder)' },
      ],
      formats: ['text', 'json'],
      uses: ['service', 'env', 'database-url'],
      examples: ['--service billing --version 000003 --clean', '--service billing --version 000003 --remove'],
      exit1: 'not used',
    },
    () => import('./force.js'),
  ),
  lazy(
    {
      name: 'backup',
      summary: 'pg_dump -Fc of the target database into --backup-dir (default ~/.cache/svc-migrate/backups/<repo>), mode 600',
      options: [{ name: 'backup-dir', type: 'string', value: 'DIR', multiple: false, description: 'folder for the backup file (default ~/.cache/svc-migrate/backups/<repo>)' }],
      formats: ['text', 'json'],
      uses: ['database-url'],
      examples: ['--database-url postgres://postgres@localhost/app', '--backup-dir /var/backups/app'],
      exit1: 'the dump failed (a full disk, pg_dump error)',
    },
    () => import('./backup.js'),
  ),
  lazy(
    {
      name: 'restore',
      summary: 'pg_restore a backup made by `backup` into the target database',
      options: [
        { name: 'file', type: 'string', value: 'BACKUP', multiple: false, description: 'the backup file (.dump from pg_dump, .tar.gz from PGlite)' },
        { name: 'approve', type: 'boolean', multiple: false, description: 'confirm in an environment with require_approval' },
        { name: 'backup-dir', type: 'string', value: 'DIR', multiple: false, description: 'where backup_required backups (of the database restored over) go' },
      ],
      formats: ['text', 'json'],
      // The environment's gates come from the repository (--root, --env).
      uses: ['env', 'database-url'],
      examples: [
        '--file ~/.cache/svc-migrate/backups/app/app-2026-01-01T00-00-00-000Z.dump --database-url postgres://postgres@localhost/app',
        '--file app.dump --database-url postgres://postgres@prod/app --env production --approve',
      ],
      exit1: 'the restore failed or was refused (approval, maintenance window, backup)',
    },
    () => import('./restore.js'),
  ),
  lazy(
    {
      name: 'plan',
      summary: 'the ordered list of what up would apply, and which services can run in parallel (--format matrix)',
      options: [
        { name: 'target', type: 'string', value: 'ID', multiple: false, description: 'plan only up to this migration id (inclusive)' },
        { name: 'level', type: 'string', value: 'N', multiple: false, description: 'with --format matrix: only the services of this level' },
      ],
      formats: ['text', 'json', 'matrix'],
      uses: ['service', 'env', 'fail-on', 'database-url'],
      examples: ['', '--env production --database-url postgres://postgres@localhost/app', '--format matrix --level 0'],
      exit1: 'a step is blocked (up would refuse)',
    },
    () => import('./plan.js'),
  ),
  lazy(
    {
      name: 'rollback',
      summary: 'revert applied migrations of one service (--to ID, --steps N, --only ID); refuses unsafe ones unless --force',
      options: [
        { name: 'to', type: 'string', value: 'ID', multiple: false, description: 'revert everything applied after this id' },
        { name: 'steps', type: 'string', value: 'N', multiple: false, description: 'revert the newest N applied migrations' },
        { name: 'only', type: 'string', value: 'ID', multiple: false, description: 'revert this one migration (selective rollback)' },
        { name: 'force', type: 'boolean', multiple: false, description: 'override every refusal (rollback_safe false, dependents, data loss, missing down)' },
        { name: 'dry-run', type: 'boolean', multiple: false, description: 'plan and check only; revert nothing' },
        { name: 'approve', type: 'boolean', multiple: false, description: 'confirm in an environment with require_approval, or a destructive down where destructive operations are forbidden' },
        { name: 'notify-webhook', type: 'string', value: 'URL', multiple: false, description: 'post a Slack-compatible message here on success and failure' },
        { name: 'backup-dir', type: 'string', value: 'DIR', multiple: false, description: 'where backup_required backups go (default: the user cache folder)' },
      ],
      formats: ['text', 'json'],
      uses: ['service', 'env', 'database-url'],
      examples: ['--service billing --steps 1', '--service billing --to 000002 --dry-run', '--service billing --only 000004'],
      exit1: 'a rollback was refused or a down migration failed',
    },
    () => import('./rollback.js'),
  ),
  lazy(
    {
      name: 'verify',
      summary: 'on a throwaway database: up, down, up for each migration; the schema after down must equal the one before up',
      options: [],
      formats: ['text', 'json', 'sarif', 'github'],
      uses: ['service', 'env', 'fail-on', 'database-url'],
      examples: ['', '--service billing --format json'],
      exit1: 'a down migration does not undo its up (or a migration failed)',
    },
    () => import('./verify.js'),
  ),
  lazy(
    {
      name: 'diff',
      summary: 'schema changes against a git revision (--base REF), both sides replayed on the embedded database; every environment unless --env',
      options: [{ name: 'base', type: 'string', value: 'REF', multiple: false, description: 'the git revision to compare with (main, a tag, a commit)' }],
      formats: ['text', 'json', 'markdown', 'mermaid'],
      examples: ['--base main', '--base v1.4.0 --service billing --format markdown', '--base main --format mermaid > schema.mmd'],
    },
    () => import('./diff.js'),
  ),
  lazy(
    {
      name: 'drift',
      summary: 'compare a live database (--database-url) with the schema its applied migrations produce; exit 1 on drift',
      options: [],
      formats: ['text', 'json', 'markdown'],
      examples: ['--database-url postgres://postgres@localhost/app', '--database-url postgres://postgres@localhost/app --service billing --format json'],
      exit1: 'the database differs from what its applied migrations produce',
    },
    () => import('./drift.js'),
  ),
  lazy(
    {
      name: 'new',
      summary: "create the next migration in the service's own format and its dependencies.json entry; creates the service when it has none",
      options: [
        { name: 'cross-service', type: 'string', value: 'SERVICE:ID', multiple: true, description: 'a migration of another service this one needs: service:ID (repeatable)' },
        { name: 'name', type: 'string', value: 'NAME', multiple: false, description: 'the migration name: lower case, digits, underscores (add_user_email)' },
        { name: 'depends-on', type: 'string', value: 'ID', multiple: true, description: 'depends_on ids (default: the latest migration, when the graph is a single chain)' },
      ],
      formats: ['text', 'json'],
      uses: ['service', 'env'],
      examples: ['--service billing --name add_invoice_due_date', '--service billing --name seed_test_data --env development'],
      exit1: 'not used',
    },
    () => import('./new.js'),
  ),
  lazy(
    {
      name: 'check',
      summary: 'what the Action runs: validate, then --apply (up on the target), then --verify-rollback (verify)',
      options: [
        { name: 'apply', type: 'boolean', multiple: false, description: 'apply pending migrations (embedded database unless --database-url)' },
        { name: 'verify-rollback', type: 'boolean', multiple: false, description: 'prove every down migration undoes its up, on a throwaway database' },
        { name: 'approve', type: 'boolean', multiple: false, description: 'confirm --apply in an environment with require_approval' },
        { name: 'no-hooks', type: 'boolean', multiple: false, description: 'with --apply: do not run the hooks/ scripts' },
        { name: 'hook-timeout', type: 'string', value: 'SECONDS', multiple: false, description: 'with --apply: stop a hook after this many seconds (default hook_timeout_seconds, 600)' },
        { name: 'quiet', type: 'boolean', multiple: false, description: 'print only errors (text and github formats; the summary still counts all)' },
        { name: 'concurrency', type: 'string', value: 'N|auto', multiple: false, description: 'lint on N worker threads (auto: one per core; default off: in-process)' },
      ],
      formats: ['text', 'json', 'sarif', 'github'],
      uses: ['service', 'env', 'fail-on', 'database-url', 'cache'],
      examples: ['', '--apply --verify-rollback', '--apply --database-url postgres://postgres@localhost/app --format sarif > report.sarif'],
      exit1: 'findings at or above --fail-on, or a migration failed',
    },
    () => import('./check.js'),
  ),
];
