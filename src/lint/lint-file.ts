/**
 * The SQL lint engine for one file: parse -> file facts -> rules over every statement (top level and embedded
 * PL/pgSQL) -> ignore comments -> findings with line and column. Pure: no file system.
 */
import { compareFindings } from '../core/types.js';
import { FILE_AND_GRAPH_FINDINGS } from '../core/finding-ids.js';
import type { Finding, Severity } from '../core/types.js';
import { parseSql } from '../sql/parser.js';
import type { ParsedSql, Statement } from '../sql/parser.js';
import { isTransactional, tableKey, tablesCreated, tableWrites, tablesWritten } from '../sql/facts.js';
import { nodeOf, nodesOf } from '../sql/ast.js';
import { checkFunctionBodiesSetting, embeddedStatements } from '../sql/plpgsql.js';
import { findIgnores } from '../sql/ignores.js';
import { modelEvents, SchemaModel } from '../sql/schema-model.js';
import type { ModelCondition, ModelEvent } from '../sql/schema-model.js';
import type { FileFacts, Rule, RuleContext, StatementEntry, Violation } from '../rules/types.js';

/** Findings the engine itself produces (not rules of the registry). Their ids may be named in ignores/config. */
export const ENGINE_RULES = {
  'sql-syntax': { severity: 'error', description: 'SQL that the PostgreSQL parser rejects.' },
  'sql-encoding': { severity: 'error', description: 'A migration file that is not UTF-8 text (invalid bytes or NUL bytes).' },
  'empty-migration': { severity: 'warning', description: 'A migration file with no SQL statement: an up file that is empty, blank or comments only, or a down file with nothing in it, not even a comment that says why.' },
  'plpgsql-syntax': { severity: 'error', description: 'A DO block or PL/pgSQL function body that PostgreSQL rejects, so the migration fails when applied.' },
  'ignore-unknown-rule': { severity: 'warning', description: 'An ignore comment that names a rule that does not exist (or names none).' },
  'ignore-unused': { severity: 'info', description: 'An ignore comment that silenced nothing.' },
  'ignore-malformed': { severity: 'warning', description: 'A comment that looks like an ignore comment but cannot be read, so it silences nothing.' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

/** Facts the caller knows before parsing (everything but the parsed SQL and the transaction flag). */
export type FileFactsInput = Omit<FileFacts, 'sql' | 'inTransaction'>;

export type SeverityOverride = 'off' | Severity;

export interface LintFileOptions {
  /** rule id -> 'off' or a severity (project config, then the environment's). */
  severities?: Readonly<Record<string, SeverityOverride>>;
  /** The rule lists of `prepareRules(rules, severities, pgVersion)`, computed once per run instead of per file. */
  prepared?: PreparedRules;
  /**
   * What the service's earlier migrations did to its schema, in order. With it, violations whose `unless` the
   * model holds are dropped here; without it they are kept, with their condition, for the caller to resolve
   * (lintRepo does, per service, after the cache: see service-model.ts).
   */
  prior?: readonly ModelEvent[];
}

/** A violation the service's model may void: its condition, and how many of the file's events came before it. */
export interface ConditionalViolation {
  unless: ModelCondition;
  at: number;
}

/** The rules that run on up files and on down files, and every id an ignore comment may name. */
export interface PreparedRules {
  up: readonly Rule[];
  down: readonly Rule[];
  known: ReadonlySet<string>;
}

/** Filters the enabled rules once per run: by severity override, direction and PostgreSQL version. */
export function prepareRules(rules: readonly Rule[], severities: Readonly<Record<string, SeverityOverride>>, pgVersion: number): PreparedRules {
  const active = (direction: 'up' | 'down') => rules.filter((r) => severities[r.id] !== 'off' && (r.direction === 'both' || r.direction === direction) &&
    (r.minPgVersion === undefined || pgVersion >= r.minPgVersion) && (r.maxPgVersion === undefined || pgVersion <= r.maxPgVersion));
  return {
    up: active('up'),
    down: active('down'),
    known: new Set<string>([...rules.map((r) => r.id), ...Object.keys(ENGINE_RULES), ...FILE_AND_GRAPH_FINDINGS, 'affects-tables-mismatch']),
  };
}

/** A finding with the message id that produced it (tests assert ids, not English). */
export interface LintedViolation {
  finding: Finding;
  messageId: string;
  /** Set when the service's earlier migrations may make it void (see ConditionalViolation). */
  conditional?: ConditionalViolation;
}

export interface FileLint {
  findings: Finding[];
  violations: LintedViolation[];
  sql: ParsedSql;
  facts: FileFacts;
  /** Lower-cased tables the file writes (bare when the SQL did not qualify them), top level and DO blocks. */
  tablesWritten: string[];
  /** True when a statement cannot run inside a transaction. */
  nonTransactional: boolean;
  /** What the file does to the service's schema model (top level and DO blocks), in order. */
  modelEvents: ModelEvent[];
  /** The file creates a schema or names a table in one other than public (see `namesSchema`). */
  namesSchema: boolean;
}

/** One statement with where it came from, as rules see it. */
interface Entry extends StatementEntry {
  index: number;
}

/**
 * Lints one migration file's text. Never throws for bad SQL: a syntax error becomes a `sql-syntax` finding at
 * the parser's position, an empty file an `empty-migration` finding.
 */
export function lintFile(input: { text: string; facts: FileFactsInput; parsed?: ParsedSql }, rules: readonly Rule[], options: LintFileOptions = {}): FileLint {
  const sql = input.parsed ?? parseSql(input.text);
  const severities = options.severities ?? {};
  const enabled = (id: string) => severities[id] !== 'off';
  const raw: RawViolation[] = [];
  const events: ModelEvent[] = [];
  const { entries, bodies } = collectEntries(sql, raw, enabled);

  const nonTransactional = sql.statements.some((s) => !isTransactional(s, input.facts.pgVersion));
  // Field by field, not a spread: the spread of the caller's object showed as the costliest line of this
  // function in profiles (about 3 µs a file).
  const f = input.facts;
  const facts: FileFacts = {
    file: f.file, service: f.service, serviceSchema: f.serviceSchema, allServiceSchemas: f.allServiceSchemas, migration: f.migration,
    direction: f.direction, folder: f.folder, environments: f.environments, pgVersion: f.pgVersion,
    destructiveForbiddenIn: f.destructiveForbiddenIn, affectsTables: f.affectsTables, inTransaction: !nonTransactional, sql,
  };
  pushFileFindings(sql, input.text, facts.direction, raw);

  // Prepared lists are only valid for the severities and version they were built with; the caller guarantees it.
  const prepared = options.prepared ?? prepareRules(rules, severities, facts.pgVersion);
  const active = facts.direction === 'down' ? prepared.down : prepared.up;
  const report = (rule: Rule) => (v: Violation) => {
    const template = rule.messages[v.messageId] ?? v.messageId;
    // Rules run on a statement before its own events are recorded: `events.length` is what came before it.
    raw.push({ ruleId: rule.id, messageId: v.messageId, severity: v.severity ?? rule.severity, start: v.start, end: v.end,
      message: fill(template, v.data), help: fill(rule.help, v.data), ...(v.unless ? { conditional: { unless: v.unless, at: events.length } } : {}) });
  };
  const reporters = active.map((r) => report(r));

  const created = new Set<string>();
  const temp = new Set<string>();
  for (const entry of entries) {
    // One context per statement, its reporter swapped per rule: rules get a fresh view of the same facts
    // without an allocation per (statement, rule) pair.
    const ctx: RuleContext = { facts, stmt: entry.stmt, origin: entry.origin, createdTables: created, tempTables: temp, report: reporters[0]! };
    for (let r = 0; r < active.length; r++) {
      ctx.report = reporters[r]!;
      active[r]!.check(ctx);
    }
    // Function bodies create nothing now; DO blocks and top-level statements do.
    if (entry.origin.container === 'function') continue;
    for (const c of tablesCreated(entry.stmt)) {
      (c.temporary ? temp : created).add(tableKey(c.name));
    }
    for (const e of modelEvents(entry.stmt)) events.push(e);
  }
  active.forEach((rule, r) => rule.checkFile?.({ facts, statements: entries, report: reporters[r]! }));

  // Ignore comments, in one place, after every rule ran.
  const silenced = applyIgnores(sql, entries, bodies, raw, prepared.known, enabled);
  const violations = toViolations(raw, silenced, severities, facts, options.prior, events);

  const written = new Set<string>();
  for (const e of entries) {
    if (e.origin.container === 'function') continue;
    for (const t of tablesWritten(e.stmt)) if (!temp.has(t)) written.add(t);
  }
  return { findings: violations.map((v) => v.finding), violations, sql, facts, tablesWritten: [...written], nonTransactional, modelEvents: events,
    namesSchema: entries.some((e) => namesSchema(e.stmt)) };
}

/** A violation before ignore comments, severities and positions are applied. */
interface RawViolation {
  ruleId: string;
  messageId: string;
  message: string;
  help?: string;
  severity: Severity;
  start: number;
  end: number;
  engine?: boolean;
  /** Set for findings about the whole file, which have a fixed position instead of a byte range. */
  line?: number;
  column?: number;
  conditional?: ConditionalViolation;
}

/**
 * The statements rules see, in text order: every top-level statement, followed by the statements embedded in it
 * (DO blocks, PL/pgSQL function bodies). A body PostgreSQL would reject becomes a plpgsql-syntax violation.
 */
function collectEntries(sql: ParsedSql, raw: RawViolation[], enabled: (id: string) => boolean): { entries: Entry[]; bodies: { start: number; end: number }[] } {
  const entries: Entry[] = [];
  const bodies: { start: number; end: number }[] = [];
  // PostgreSQL compiles a plpgsql function body at CREATE unless check_function_bodies is off (pg_dump output
  // turns it off); DO bodies are compiled when they run, whatever the setting.
  let checkBodies = true;
  for (const stmt of sql.statements) {
    entries.push({ stmt, origin: { kind: 'top' }, index: entries.length });
    if (stmt.kind === 'VariableSetStmt') checkBodies = checkFunctionBodiesSetting(stmt) ?? checkBodies;
    if (stmt.kind !== 'DoStmt' && stmt.kind !== 'CreateFunctionStmt') continue;
    const embedded = embeddedStatements(sql, stmt);
    if (!embedded) continue;
    bodies.push({ start: stmt.start, end: stmt.end });
    if (embedded.error) {
      const why = firstLine(embedded.error);
      // Locating the error parses the body again a few times: only for a finding that can be reported.
      const at = enabled('plpgsql-syntax') && embedded.locateError ? embedded.locateError() : stmt;
      if (embedded.container === 'do' || checkBodies) {
        raw.push({ ruleId: 'plpgsql-syntax', messageId: embedded.container === 'do' ? 'doRejected' : 'functionRejected', severity: ENGINE_RULES['plpgsql-syntax'].severity,
          start: at.start, end: at.end, engine: true,
          message: embedded.container === 'do'
            ? `PostgreSQL rejects this DO block: ${why}. The migration would fail when applied; the statements inside the block were not checked.`
            : `PostgreSQL rejects this PL/pgSQL function body: ${why}. check_function_bodies is on by default, so CREATE FUNCTION and with it the migration would fail; the statements inside the body were not checked.`,
          help: 'Fix the PL/pgSQL at this position.' });
      } else {
        raw.push({ ruleId: 'plpgsql-syntax', messageId: 'uncheckedBody', severity: 'info', start: at.start, end: at.end, engine: true,
          message: `This PL/pgSQL function body does not compile (${why}). check_function_bodies is off here, so CREATE FUNCTION succeeds, but every call of the function will fail; the statements inside the body were not checked.`,
          help: 'Fix the PL/pgSQL at this position.' });
      }
    }
    for (const nested of embedded.statements) {
      entries.push({ stmt: nested, origin: { kind: 'plpgsql', container: embedded.container }, index: entries.length });
    }
  }
  return { entries, bodies };
}

/** sql-syntax for a file that does not parse; empty-migration for an up file with no statement or a blank down file. */
function pushFileFindings(sql: ParsedSql, text: string, direction: FileFacts['direction'], raw: RawViolation[]): void {
  if (sql.error) {
    raw.push({ ruleId: 'sql-syntax', messageId: 'syntax', severity: 'error', start: 0, end: 0, engine: true, line: sql.error.line, column: sql.error.column,
      message: `PostgreSQL rejects this SQL: ${sql.error.message}. The migration would fail when applied.`,
      help: 'Fix the statement at this position; the file must parse as PostgreSQL SQL.' });
  } else if (sql.empty && direction === 'up') {
    raw.push({ ruleId: 'empty-migration', messageId: 'empty', severity: 'warning', start: 0, end: 0, engine: true, line: 1, column: 1,
      message: 'This migration holds no SQL statement: applying it records a version that changed nothing.',
      help: 'Write the statements, or delete the migration (and its dependencies.json entry) if it is not needed.' });
  } else if (sql.empty && text.trim() === '') {
    // A down file of comments only says why it does nothing (`-- cannot be undone`): that is on purpose. A blank one
    // says nothing; lintRepo folds a service's blank down files into one finding (empty-downs.ts).
    raw.push({ ruleId: 'empty-migration', messageId: 'emptyDown', severity: 'warning', start: 0, end: 0, engine: true, line: 1, column: 1,
      message: 'This down file is blank: rolling the migration back reports success and changes nothing.',
      help: 'Write the statements that undo the up migration, or say in a comment why there is nothing to undo (`-- irreversible: ...`).' });
  }
}

/**
 * Applies the file's ignore comments to `raw` (adding the ignore-* findings about the comments themselves) and
 * returns the indices of the violations they silence.
 */
function applyIgnores(sql: ParsedSql, entries: readonly Entry[], bodies: readonly { start: number; end: number }[], raw: RawViolation[],
  known: ReadonlySet<string>, enabled: (id: string) => boolean): Set<number> {
  const silenced = new Set<number>();
  const ignores = sql.error ? [] : findIgnores(sql, bodies);
  for (const ig of ignores) {
    let target: { start: number; end: number } | undefined;
    if (ig.scope === 'next') {
      // The first statement (top level or embedded) that starts after the comment; a top-level target covers
      // the statements embedded in it.
      const next = firstStartingAt(entries, ig.end);
      target = next ? { start: next.stmt.start, end: next.stmt.end } : undefined;
    }
    if (ig.malformed) {
      const m = ig.malformed;
      raw.push({ ruleId: 'ignore-malformed', messageId: 'malformed', severity: ENGINE_RULES['ignore-malformed'].severity, start: m.start, end: m.end, engine: true,
        message: `"${m.id}" is not an ignore comment svc-migrate can read, so this comment silences nothing.`,
        help: 'Write `-- svc-migrate-ignore rule-a, rule-b` (the next statement) or `-- svc-migrate-ignore-file rule-a` (the whole file).' });
      continue;
    }
    if (ig.rules.length === 0) {
      raw.push({ ruleId: 'ignore-unknown-rule', messageId: 'noRule', severity: 'warning', start: ig.start, end: ig.end, engine: true,
        message: 'This ignore comment names no rule, so it silences nothing.',
        help: 'Name the rules to silence: `-- svc-migrate-ignore rule-a, rule-b`.' });
      continue;
    }
    for (const r of ig.rules) {
      if (!known.has(r.id)) {
        raw.push({ ruleId: 'ignore-unknown-rule', messageId: 'unknownRule', severity: 'warning', start: r.start, end: r.end, engine: true,
          message: `The ignore comment names "${r.id}", which is not a rule, so it silences nothing.`,
          help: 'Check the rule id (svc-migrate rule ids are kebab-case, e.g. drop-cascade).' });
        continue;
      }
      if (FILE_AND_GRAPH_FINDINGS.includes(r.id)) {
        raw.push({ ruleId: 'ignore-unused', messageId: 'notSilenceable', severity: 'warning', start: r.start, end: r.end, engine: true,
          message: `"${r.id}" is a finding about the migration's files, config or dependencies, not about a statement: an ignore comment cannot silence it.`,
          help: `Fix the cause (see docs/rules/${r.id}.md); svc-migrate.json \`rules\` severities cannot turn it off either.` });
        continue;
      }
      let used = false;
      raw.forEach((v, i) => {
        if (v.ruleId !== r.id || v.ruleId.startsWith('ignore-')) return;
        if (target && !(v.start >= target.start && v.start < target.end && v.line === undefined)) return;
        if (!target && ig.scope === 'next') return;
        silenced.add(i);
        used = true;
      });
      if (!used && enabled(r.id)) {
        raw.push({ ruleId: 'ignore-unused', messageId: 'unused', severity: 'info', start: r.start, end: r.end, engine: true,
          message: ig.scope === 'file'
            ? `This ignore comment silences "${r.id}" in the file, but nothing in the file triggers it.`
            : `This ignore comment silences "${r.id}" on the next statement, but that statement does not trigger it.`,
          help: 'Remove the stale ignore so it cannot hide a future problem.' });
      }
    }
  }
  return silenced;
}

/**
 * The violations that remain — not silenced, not turned off, not voided by the service's earlier migrations when
 * `prior` is given — as findings with line and column, sorted.
 */
function toViolations(raw: readonly RawViolation[], silenced: ReadonlySet<number>, severities: Readonly<Record<string, SeverityOverride>>, facts: FileFacts,
  prior: readonly ModelEvent[] | undefined, events: readonly ModelEvent[]): LintedViolation[] {
  const sql = facts.sql;
  const violations: LintedViolation[] = [];
  raw.forEach((v, i) => {
    if (silenced.has(i)) return;
    const override = severities[v.ruleId];
    if (override === 'off') return;
    if (prior && v.conditional && SchemaModel.of(prior, events.slice(0, v.conditional.at)).holds(v.conditional.unless)) return;
    const pos = v.line !== undefined ? { line: v.line, column: v.column ?? 1 } : sql.lines.fromByte(v.start);
    const endPos = v.line !== undefined ? pos : sql.lines.fromByte(Math.max(v.end, v.start));
    const finding: Finding = {
      rule: v.ruleId,
      severity: override ?? v.severity,
      message: v.message,
      ...(v.help ? { help: v.help } : {}),
      file: facts.file,
      line: pos.line,
      column: pos.column,
      endLine: endPos.line,
      endColumn: endPos.column,
      service: facts.service,
      migration: facts.migration,
    };
    violations.push({ finding, messageId: v.messageId, ...(v.conditional && !prior ? { conditional: v.conditional } : {}) });
  });
  violations.sort((a, b) => compareFindings(a.finding, b.finding));
  return violations;
}

/** Schemas every database has, which a single-schema application may name without using schemas of its own. */
const COMMON_SCHEMAS: ReadonlySet<string> = new Set(['public', 'pg_catalog', 'information_schema', 'pg_temp']);

/**
 * Whether a statement shows that its service uses schemas of its own: it creates a schema, or names a table (written
 * or read) in a schema other than public and the system ones. A service none of whose files does is a single-schema
 * application, where unqualified-table is reported once per file (see single-schema.ts).
 */
function namesSchema(stmt: Statement): boolean {
  if (stmt.kind === 'CreateSchemaStmt') {
    const name = nodeOf(stmt.node, 'CreateSchemaStmt')?.schemaname;
    return name === undefined || !COMMON_SCHEMAS.has(name);
  }
  const own = (schema: unknown): boolean => typeof schema === 'string' && !COMMON_SCHEMAS.has(schema);
  if (tableWrites(stmt).some((w) => own(w.schema))) return true;
  return nodesOf(stmt.node, 'RangeVar').some((rv) => own(rv.schemaname));
}

/** The first entry starting at or after `offset` (entries are in text order: a body's statements follow it). */
function firstStartingAt(entries: readonly Entry[], offset: number): Entry | undefined {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.stmt.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return entries[lo];
}

/** A message template cut at its `{{name}}` placeholders: text, name, text, name, ..., text. */
const templates = new Map<string, string[]>();

/**
 * Fills `{{name}}` placeholders. Templates are few and findings many (thousands in a large repository), so each
 * template is cut once instead of running a regular expression over it for every finding.
 */
function fill(template: string, data: Violation['data']): string {
  if (!data) return template;
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{\{\s*(\w+)\s*\}\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i]!;
    out += (k in data ? String(data[k]) : `{{${k}}}`) + parts[i + 1]!;
  }
  return out;
}

function firstLine(s: string): string {
  return s.split('\n', 1)[0] ?? s;
}

export type { Statement };
