/**
 * The rule API. A rule is data plus one function over a statement; the engine (src/lint) computes file facts
 * once, calls every enabled rule, applies ignore comments after all rules ran, and turns byte offsets into
 * lines and columns. Rules never see line numbers.
 */
import type { Severity } from '../core/types.js';
import type { ParsedSql, Statement } from '../sql/parser.js';
import type { Direction } from '../repo/types.js';
import type { ModelCondition } from '../sql/schema-model.js';

/** Facts about the whole file, computed once before any rule runs. */
export interface FileFacts {
  /** Relative to the root, with '/'. */
  file: string;
  service: string;
  /** The service's own schema (`user-service` -> `user_service`). */
  serviceSchema: string;
  /** Snake schemas of every service in the repository (for foreign-schema). */
  allServiceSchemas: ReadonlySet<string>;
  migration: string;
  direction: Direction;
  /** 'common' or the environment folder. */
  folder: string;
  /** Environments the migration runs in. */
  environments: readonly string[];
  /**
   * The environments among `environments` whose allow_destructive_operations is false, in `environments` order
   * (what destructive-operation names); empty when every one allows destructive operations.
   */
  destructiveForbiddenIn: readonly string[];
  /** PostgreSQL major version the rules assume (svc-migrate.json `pg_version`, default 15). */
  pgVersion: number;
  /** The file runs inside one transaction (false when it holds a statement that cannot run in one). */
  inTransaction: boolean;
  /** `affects_tables` of the migration's dependencies.json entry; undefined when it declares none. */
  affectsTables?: readonly string[];
  sql: ParsedSql;
}

/** Where a statement sits: top level, or inside a DO block / function body. */
export interface StatementOrigin {
  /** 'top' for a file statement; 'plpgsql' for one found in a DO block or a PL/pgSQL function body. */
  kind: 'top' | 'plpgsql';
  /** For 'plpgsql': a DO block runs during the migration; a function body only when it is called later. */
  container?: 'do' | 'function';
}

export interface RuleContext {
  facts: FileFacts;
  stmt: Statement;
  origin: StatementOrigin;
  /** `schema.table` (or bare `table`) names created earlier in this file, spelled as `tableKey` (facts.ts) spells them. */
  createdTables: ReadonlySet<string>;
  /** Names (see `tableKey`) of temporary tables created earlier in this file (they need no schema). */
  tempTables?: ReadonlySet<string>;
  /** Report a violation on the narrowest byte range that shows the problem. */
  report(v: Violation): void;
}

export interface Violation {
  messageId: string;
  /** Values for `{{name}}` placeholders in the message. */
  data?: Record<string, string | number>;
  /** Byte offsets in the file's UTF-8 text. */
  start: number;
  end: number;
  /** Overrides the rule's severity for this violation (e.g. destructive-operation: error vs warning). */
  severity?: Severity;
  /**
   * A fact about what earlier migrations of the service built that makes this violation void (see
   * sql/schema-model.ts). The engine drops the violation when the service's model, as it stands at this statement
   * (earlier migrations in order, then this file's statements before it), holds the fact.
   */
  unless?: ModelCondition;
}

export interface RuleMeta {
  /** Kebab-case id; doc at docs/rules/<id>.md. */
  id: string;
  /** One sentence; equals the first paragraph of the doc. */
  description: string;
  severity: Severity;
  /** Which migration files the rule looks at. */
  direction: Direction | 'both';
  /** messageId -> message (why it hurts a live database). `{{name}}` placeholders come from `data`. */
  messages: Record<string, string>;
  /** What to write instead. */
  help: string;
  /** Smallest PostgreSQL major version where the problem exists / largest where it does; omitted = all. */
  minPgVersion?: number;
  maxPgVersion?: number;
}

/** A statement as the engine hands it to file-level checks. */
export interface StatementEntry {
  stmt: Statement;
  origin: StatementOrigin;
}

/** What a file-level check sees: every statement (top level and embedded), in file order. */
export interface FileRuleContext {
  facts: FileFacts;
  statements: readonly StatementEntry[];
  report(v: Violation): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
  /** Optional check over the whole file, run once after `check` saw every statement (e.g. affects-tables). */
  checkFile?(ctx: FileRuleContext): void;
}

/** Builds a rule; exists so every rule file reads the same. */
export function createRule(rule: Rule): Rule {
  return rule;
}
