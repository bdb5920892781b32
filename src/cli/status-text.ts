/**
 * `status` as text: a table whose every migration line keeps the spec's form, `<id> <ms> <state> <flags>
 * <service> <name>`, under a header that names the database and environment, with a totals line per service.
 * On a terminal the columns are aligned (padding changes no awk field); in a pipe each field is followed by one
 * space, exactly the spec's line, for scripts that match whole lines.
 *
 * Header and totals lines start with `# -`: `grep -v '^#'` drops them, and their second field, `-`, compares
 * below any number as a string, so `awk '$2 > 30000'` never selects them (a word there would: awk compares a
 * non-numeric field as text, and "database:" > "30000").
 */
import type { MigrationState, MigrationStatus, ServiceStatus } from '../apply/status.js';
import { paint } from '../report/text.js';

export interface StatusTextOptions {
  /** The database looked at, password removed (Database.label). */
  database: string;
  environment: string;
  color: boolean;
  /** Align the columns (a terminal). */
  align: boolean;
}

const STATE_COLOR: Record<MigrationState, 'green' | 'yellow' | 'red'> = { applied: 'green', pending: 'yellow', dirty: 'red' };

/** The status table; an empty repository still gets its header and says so. */
export function formatStatusText(services: readonly ServiceStatus[], opts: StatusTextOptions): string {
  const c = opts.color;
  const rows = services.flatMap((s) => s.migrations.map((m) => [m.id, String(Math.round(m.ms)), m.state, flagsOf(m), s.service, m.name || '-']));
  const header = ['id', 'ms', 'state', 'flags', 'service', 'name'];
  // Widths over the header too; the header's first cell starts after the `# - ` marker.
  const widths = opts.align ? header.map((h, i) => Math.max(i === 0 ? 0 : h.length, ...rows.map((r) => r[i]!.length))) : header.map(() => 0);
  const gap = opts.align ? '  ' : ' ';
  const lines = [paint(c, 'dim', `# - database ${opts.database}, environment ${opts.environment}`)];
  if (rows.length === 0) return [...lines, paint(c, 'dim', '# - no migrations')].join('\n') + '\n';
  const idWidth = opts.align ? Math.max(widths[0]!, 4 + header[0]!.length) : 0;
  lines.push(paint(c, 'dim', ['# - id'.padEnd(idWidth), header[1]!.padStart(widths[1]!), ...header.slice(2).map((h, i) => h.padEnd(widths[i + 2]!))].join(gap).trimEnd()));
  for (const s of services) {
    for (const m of s.migrations) {
      const cells = [m.id.padEnd(idWidth), String(Math.round(m.ms)).padStart(widths[1]!)];
      cells.push(paint(c, STATE_COLOR[m.state], m.state.padEnd(widths[2]!)), flagsOf(m).padEnd(widths[3]!), s.service.padEnd(widths[4]!), m.name || '-');
      lines.push(cells.join(gap).trimEnd());
    }
    lines.push(paint(c, 'dim', `# - ${s.service}: ${totals(s.migrations)}`));
  }
  return lines.join('\n') + '\n';
}

function flagsOf(m: MigrationStatus): string {
  return [m.slow ? 'slow' : '', m.checksumChanged ? 'checksum-changed' : '', m.fileMissing ? 'file-missing' : ''].filter(Boolean).join(',') || '-';
}

/** `3 applied, 1 pending, 0 dirty; 70 s in all` (dirty only when there is one; time of the applied ones). */
function totals(list: readonly MigrationStatus[]): string {
  const count = (state: MigrationState): number => list.filter((m) => m.state === state).length;
  const parts = [`${count('applied')} applied`, `${count('pending')} pending`];
  if (count('dirty') > 0) parts.push(`${count('dirty')} dirty`);
  const slow = list.filter((m) => m.slow).length;
  if (slow > 0) parts.push(`${slow} slow`);
  const ms = Math.round(list.reduce((n, m) => n + m.ms, 0));
  return `${parts.join(', ')}; ${ms} ms in all`;
}
