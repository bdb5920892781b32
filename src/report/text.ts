/**
 * The text report, for people: findings grouped by service, each as `file:line:col severity rule`, the
 * message, the offending line with a caret under the text, and what to do; then one summary line.
 */
import { compareText, type Finding, type Report, type ServiceSummary, type Severity } from '../core/types.js';

export interface TextOptions {
  color: boolean;
  /** Source lines by file, for excerpts (see sourceLines in src/lint/validate.ts). */
  sources?: Map<string, string[]>;
  /** List the tables each migration writes under its service. */
  impact?: boolean;
  /** Wrap messages and help to this many columns (a terminal's width); undefined: no wrapping. */
  columns?: number;
  /** Draw the rule id as an OSC-8 link to its doc; else the doc's URL is printed on a line of its own. */
  hyperlinks?: boolean;
  /** The doc page of a rule, when it has one. */
  ruleUrl?: (rule: string) => string | undefined;
  /** End with the rule table and the summary line (default); `check` prints them last, after applying. */
  summary?: boolean;
  /** Show only errors (`--quiet`); the summary line still counts everything. */
  quiet?: boolean;
}

const COLORS: Record<string, string> = { red: '31', yellow: '33', blue: '34', green: '32', dim: '2', bold: '1', cyan: '36' };

/** `text` in a colour (SGR), or as is when colours are off. */
export function paint(enabled: boolean, color: keyof typeof COLORS, text: string): string {
  return enabled ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
}

const SEVERITY_COLOR: Record<Severity, keyof typeof COLORS> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Renders a whole report (validate, check) as text. */
export function formatText(report: Report, options: TextOptions): string {
  const c = options.color;
  const out: string[] = [];
  const services = (report.services as ServiceSummary[] | undefined) ?? [];
  const byService = new Map<string, Finding[]>();
  const shown = options.quiet ? report.findings.filter((f) => f.severity === 'error') : report.findings;
  for (const f of shown) {
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
    // Quiet: a service with nothing to show is not listed at all.
    if (options.quiet && findings.length === 0) continue;
    out.push(paint(c, 'bold', name) + (summary ? paint(c, 'dim', `  (${summary.dir})`) : ''));
    if (summary) out.push(...formatServiceFacts(summary, report.environment, c).flatMap((l) => wrapText(l.slice(2), options.columns, '  ', '      ')));
    if (summary && options.impact) out.push(...formatImpact(summary, c));
    for (const f of findings) out.push(...formatFinding(f, options));
    out.push('');
  }
  if (options.summary === false) return out.length > 0 ? out.join('\n') + '\n' : '';
  out.push(...formatRuleSummary(shown, c));
  out.push(...wrapText(formatSummaryLine(report, c), options.columns, '', '  '));
  return out.join('\n') + '\n';
}

/**
 * A table of the findings per rule, most severe first, then by count: on a real history the findings run to
 * thousands of lines, and this is what a reader looks at first. Nothing when there are no findings.
 */
export function formatRuleSummary(findings: readonly Finding[], c: boolean): string[] {
  if (findings.length === 0) return [];
  const rows = new Map<string, { rule: string; severity: Severity; count: number; files: Set<string> }>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.rule}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { rule: f.rule, severity: f.severity, count: 0, files: new Set() }));
    row.count++;
    if (f.file) row.files.add(f.file);
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const sorted = [...rows.values()].sort((a, b) => rank[a.severity] - rank[b.severity] || b.count - a.count || compareText(a.rule, b.rule));
  const header = ['rule', 'severity', 'findings', 'files'];
  const cells = sorted.map((r) => [r.rule, r.severity, String(r.count), String(r.files.size)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  // Text columns left, numbers right; colour is added after padding so that escapes do not count as width.
  const line = (row: string[], severity?: Severity): string => '  ' + row.map((v, i) => {
    const padded = i >= 2 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!);
    return i === 1 && severity ? paint(c, SEVERITY_COLOR[severity], padded) : padded;
  }).join('  ').trimEnd();
  return [
    paint(c, 'bold', 'findings by rule'),
    line(header),
    '  ' + widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((row, i) => line(row, sorted[i]!.severity)),
    '',
  ];
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
  lines.push(`  ${ok} migration groups found: ${groups || 'none'}${s.format ? ` [${s.format} format, read in place]` : s.layout === 'flat' ? ' [flat golang-migrate layout]' : ''}`);
  lines.push(`  ${ok} ${plural(s.files, 'SQL file')} checked, ${plural(s.migrations, 'migration')}, ${s.applicable} of them apply in ${env}`);
  return lines;
}

/** `    000002 writes user_service.user_profiles, user_service.users`, one line per migration that writes. */
function formatImpact(s: ServiceSummary, c: boolean): string[] {
  const ids = s.tableOrder ?? Object.keys(s.tables);
  if (ids.length === 0) return [`  ${paint(c, 'dim', 'tables written: none found')}`];
  return ['  tables written:', ...ids.map((id) => `    ${id} ${s.tables[id]!.join(', ')}`)];
}

function formatFinding(f: Finding, options: TextOptions): string[] {
  const c = options.color;
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : '(repository)';
  const url = options.ruleUrl?.(f.rule);
  const rule = url && options.hyperlinks ? hyperlink(url, paint(c, 'dim', f.rule)) : paint(c, 'dim', f.rule);
  const lines = [`  ${where}  ${paint(c, SEVERITY_COLOR[f.severity], f.severity)}  ${rule}`];
  lines.push(...wrapText(f.message, options.columns, '    ', '    '));
  const source = f.file && f.line ? options.sources?.get(f.file) : undefined;
  if (source && f.line) lines.push(...formatExcerpt(f, source, c));
  if (f.help) {
    const [first = '', ...rest] = wrapText(`help: ${f.help}`, options.columns, '    ', '          ');
    lines.push(first.replace('help:', paint(c, 'cyan', 'help:')), ...rest);
  }
  if (url && !options.hyperlinks) lines.push(`    ${paint(c, 'dim', `docs: ${url}`)}`);
  return lines;
}

/** An OSC-8 hyperlink: terminals that know it show `text`, clickable. */
export function hyperlink(url: string, text: string): string {
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}

/**
 * `text` broken at spaces into lines of at most `columns` characters, the first starting with `first`, the others
 * with `next`; a word longer than a line stays whole. No `columns` (not a terminal): one line, as is.
 */
export function wrapText(text: string, columns: number | undefined, first: string, next: string): string[] {
  if (columns === undefined || visibleLength(first + text) <= columns) return [first + text];
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && visibleLength(line) + 1 + visibleLength(word) > columns) {
      lines.push(line);
      line = next;
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Characters a terminal draws: colour (SGR) and hyperlink (OSC-8) sequences take no room. */
function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- the escape character is what is being matched
  return text.replace(/\u001b\[[0-9;]*m|\u001b\]8;;[^\u001b]*\u001b\\/g, '').length;
}

/** Lines of a multi-line range shown before the rest is elided. */
const MAX_EXCERPT_LINES = 3;
/** Longer source lines are not shown: a minified or generated line would flood the terminal. */
const MAX_EXCERPT_CHARS = 400;

/**
 * The offending source lines, each with a line of carets under the range. Columns in findings count characters
 * (as JSON, SARIF and editors do), but a terminal draws CJK and emoji two cells wide and combining marks in no
 * cell, so the carets are placed by display width; tabs are copied as tabs so they expand to the same stop.
 * A range over several lines shows its first MAX_EXCERPT_LINES lines, then `…`.
 */
function formatExcerpt(f: Finding, source: readonly string[], c: boolean): string[] {
  const first = f.line!;
  let last = f.endLine !== undefined && f.endLine > first ? f.endLine : first;
  let endColumn = f.endColumn;
  // A range that ends at the very start of a line (column 1, exclusive) does not reach into that line.
  if (last > first && endColumn === 1) {
    last--;
    endColumn = undefined;
  }
  const shown = Math.min(last, first + MAX_EXCERPT_LINES - 1);
  const gutterWidth = String(last > shown ? shown + 1 : shown).length;
  const out: string[] = [];
  for (let n = first; n <= shown; n++) {
    const text = source[n - 1];
    if (text === undefined || text.length > MAX_EXCERPT_CHARS) break;
    out.push(paint(c, 'dim', `    ${String(n).padStart(gutterWidth)} | `) + text);
    if (!f.column) continue;
    const points = [...text];
    const cells = displayCells(text);
    // Code point offsets of the underlined part of this line: from the finding's column on its first line, from
    // the first non-blank character on the others; to endColumn on its last line, else to the end of the line.
    const from = n === first ? Math.min(f.column - 1, cells.length) : Math.max(0, points.findIndex((p) => !/\s/.test(p)));
    const to = n === last && endColumn !== undefined ? Math.min(Math.max(endColumn - 1, from + 1), cells.length) : cells.length;
    let pad = '';
    for (let i = 0; i < from; i++) pad += cells[i] === -1 ? '\t' : ' '.repeat(cells[i]!);
    let width = 0;
    for (let i = from; i < to; i++) width += Math.abs(cells[i]!);
    out.push(paint(c, 'dim', `    ${' '.repeat(gutterWidth)} | `) + pad + paint(c, SEVERITY_COLOR[f.severity], '^'.repeat(Math.max(1, width))));
  }
  if (last > shown && out.length > 0) out.push(paint(c, 'dim', `    ${' '.repeat(gutterWidth)} | `) + '…');
  return out;
}

/** East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W/F), which terminals draw two cells wide. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{16FE0}-\u{16FE4}\u{17000}-\u{18AFF}\u{1B000}-\u{1B2FF}\u{1F200}-\u{1F2FF}\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}]|\p{Emoji_Presentation}/u;
/** Drawn in no cell: combining marks, format characters (zero-width joiner, BOM), variation selectors. */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/** Created on first use: ICU's segmenter costs about 10 ms to build, which a JSON report must not pay. */
let segmenter: Intl.Segmenter | undefined;

/**
 * Cells each code point of `line` takes in a terminal: a grapheme's width goes to its first code point (an emoji
 * sequence joined by ZWJ, a flag, `e` + combining accent each draw as one glyph), 0 to the rest; -1 for a tab.
 */
function displayCells(line: string): number[] {
  const cells: number[] = [];
  for (const { segment } of (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(line)) {
    const points = [...segment];
    let width = 0;
    if (segment === '\t') width = -1;
    else if (segment.includes('\uFE0F') && /\p{Extended_Pictographic}/u.test(segment)) width = 2; // emoji presentation: ❤️
    else for (const p of points) width = Math.max(width, ZERO.test(p) ? 0 : WIDE.test(p) ? 2 : 1);
    cells.push(width, ...new Array<number>(points.length - 1).fill(0));
  }
  return cells;
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
