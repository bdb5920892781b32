/**
 * The text report, for people: findings grouped by service, each as `file:line:col severity rule`, the
 * message, the offending line with a caret under the text, and what to do; then one summary line.
 */
import type { Finding, Report, ServiceSummary, Severity } from '../core/types.js';

export interface TextOptions {
  color: boolean;
  /** Source lines by file, for excerpts (see sourceLines in src/lint/validate.ts). */
  sources?: Map<string, string[]>;
  /** List the tables each migration writes under its service. */
  impact?: boolean;
}

const COLORS: Record<string, string> = { red: '31', yellow: '33', blue: '34', green: '32', dim: '2', bold: '1', cyan: '36' };

function paint(enabled: boolean, color: keyof typeof COLORS, text: string): string {
  return enabled ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
}

const SEVERITY_COLOR: Record<Severity, keyof typeof COLORS> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Renders a whole report (validate, check) as text. */
export function formatText(report: Report, options: TextOptions): string {
  const c = options.color;
  const out: string[] = [];
  const services = (report.services as ServiceSummary[] | undefined) ?? [];
  const byService = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.service ?? '';
    if (!byService.has(key)) byService.set(key, []);
    byService.get(key)!.push(f);
  }
  const projectFindings = byService.get('') ?? [];
  if (projectFindings.length > 0) {
    out.push(paint(c, 'bold', 'project'));
    for (const f of projectFindings) out.push(...formatFinding(f, options));
    out.push('');
  }
  const names = [...new Set([...services.map((s) => s.name), ...[...byService.keys()].filter(Boolean)])];
  for (const name of names) {
    const summary = services.find((s) => s.name === name);
    const findings = byService.get(name) ?? [];
    out.push(paint(c, 'bold', name) + (summary ? paint(c, 'dim', `  (${summary.dir})`) : ''));
    if (summary) out.push(...formatServiceFacts(summary, report.environment, c));
    if (summary && options.impact) out.push(...formatImpact(summary, c));
    for (const f of findings) out.push(...formatFinding(f, options));
    out.push('');
  }
  out.push(formatSummaryLine(report, c));
  return out.join('\n') + '\n';
}

function formatServiceFacts(s: ServiceSummary, env: string, c: boolean): string[] {
  const ok = paint(c, 'green', '✓');
  const no = paint(c, 'yellow', '-');
  const lines: string[] = [];
  lines.push(
    s.dependencyFile
      ? `  ${ok} dependency file found: ${s.dependencyFile} (${s.dependencyEntries} migrations in the dependency file)`
      : `  ${no} no dependencies.json`,
  );
  if (s.environmentsFile) lines.push(`  ${ok} environments file found: ${s.environmentsFile} (${s.environments.join(', ') || 'no environments'})`);
  const groups = Object.entries(s.groups).map(([g, n]) => `${g} (${n})`).join(', ');
  lines.push(`  ${ok} migration groups found: ${groups || 'none'}${s.layout === 'flat' ? ' [flat golang-migrate layout]' : ''}`);
  lines.push(`  ${ok} ${plural(s.files, 'SQL file')} checked, ${plural(s.migrations, 'migration')}, ${s.applicable} of them apply in ${env}`);
  return lines;
}

/** `    000002 writes user_service.user_profiles, user_service.users`, one line per migration that writes. */
function formatImpact(s: ServiceSummary, c: boolean): string[] {
  const ids = Object.keys(s.tables).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  if (ids.length === 0) return [`  ${paint(c, 'dim', 'tables written: none found')}`];
  return ['  tables written:', ...ids.map((id) => `    ${id} ${s.tables[id]!.join(', ')}`)];
}

function formatFinding(f: Finding, options: TextOptions): string[] {
  const c = options.color;
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : '(repository)';
  const lines = [`  ${where}  ${paint(c, SEVERITY_COLOR[f.severity], f.severity)}  ${paint(c, 'dim', f.rule)}`];
  lines.push(`    ${f.message}`);
  const source = f.file && f.line ? options.sources?.get(f.file)?.[f.line - 1] : undefined;
  if (source !== undefined && source.length <= 400) {
    const gutter = String(f.line);
    lines.push(paint(c, 'dim', `    ${gutter} | `) + source.replace(/\t/g, ' '));
    if (f.column) {
      const chars = [...source];
      const start = Math.min(f.column, chars.length + 1);
      const end = f.endLine === f.line && f.endColumn ? Math.max(f.endColumn, start + 1) : chars.length + 1;
      const width = Math.max(1, Math.min(end, chars.length + 1) - start);
      lines.push(paint(c, 'dim', `    ${' '.repeat(gutter.length)} | `) + ' '.repeat(start - 1) + paint(c, SEVERITY_COLOR[f.severity], '^'.repeat(width)));
    }
  }
  if (f.help) lines.push(`    ${paint(c, 'cyan', 'help:')} ${f.help}`);
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `✖ 2 errors, 1 warning, 0 infos in 3 services (12 migrations, 24 files)`. */
export function formatSummaryLine(report: Report, c: boolean): string {
  const s = report.summary;
  const mark = s.errors > 0 ? paint(c, 'red', '✖') : s.warnings > 0 ? paint(c, 'yellow', '!') : paint(c, 'green', '✔');
  return `${mark} ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} in ${plural(s.services, 'service')} (${plural(s.migrations, 'migration')}, ${plural(s.files, 'file')}; environment ${report.environment})`;
}
