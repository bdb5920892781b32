/**
 * A tiny table-driven runner for rule tests, in the style of ESLint's RuleTester:
 *
 *   runRuleTests(rule, {
 *     valid: ['CREATE INDEX CONCURRENTLY i ON s.t (a);'],
 *     invalid: [{ code: 'CREATE INDEX i ON s.t (a);', errors: [{ messageId: 'notConcurrent', line: 1, column: 1 }] }],
 *   });
 *
 * Each case runs through the real lint engine (`lintFile`) with only this rule enabled, so embedded PL/pgSQL,
 * createdTables and ignore comments behave as in production. A case may override file facts (direction,
 * environments, destructiveForbiddenIn, pgVersion, affectsTables, ...), and give `prior`: the SQL of the service's
 * earlier migrations, whose schema model (sql/schema-model.ts) the case then runs on.
 */
import { ensureParser } from '../sql/parser.js';
import { lintFile } from '../lint/lint-file.js';
import type { FileFactsInput } from '../lint/lint-file.js';
import type { Severity } from '../core/types.js';
import type { Rule } from './types.js';

/** Facts every case starts from: an up migration of `user-service` in `common/`, run in three environments. */
export const DEFAULT_FACTS: FileFactsInput = {
  file: 'services/user-service/migrations/common/000002_change.up.sql',
  service: 'user-service',
  serviceSchema: 'user_service',
  allServiceSchemas: new Set(['user_service', 'order_service', 'notification_service']),
  migration: '000002',
  direction: 'up',
  folder: 'common',
  environments: ['development', 'staging', 'production'],
  destructiveForbiddenIn: [],
  pgVersion: 15,
};

export interface ValidCase {
  code: string;
  facts?: Partial<FileFactsInput>;
  /** The SQL of the service's earlier migrations, in order (one string per migration). */
  prior?: string[];
  name?: string;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
}

export interface InvalidCase {
  code: string;
  errors: ExpectedError[];
  facts?: Partial<FileFactsInput>;
  prior?: string[];
  name?: string;
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Lints `code` with only `rule` and returns the rule's violations (message id, position, severity). */
export function runRule(rule: Rule, code: string, facts: Partial<FileFactsInput> = {}, prior?: readonly string[]): (ExpectedError & { message: string; help?: string })[] {
  const all = { ...DEFAULT_FACTS, ...facts };
  const events = prior?.flatMap((sql) => lintFile({ text: sql, facts: all }, []).modelEvents);
  const result = lintFile({ text: code, facts: all }, [rule], events ? { prior: events } : {});
  return result.violations
    .filter((v) => v.finding.rule === rule.id)
    .map((v) => ({
      messageId: v.messageId,
      line: v.finding.line!,
      column: v.finding.column!,
      endLine: v.finding.endLine,
      endColumn: v.finding.endColumn,
      severity: v.finding.severity,
      message: v.finding.message,
      help: v.finding.help,
    }));
}

/** Declares one Jest `describe` per rule with a test per case. Valid cases must report nothing. */
export function runRuleTests(rule: Rule, tests: RuleTests): void {
  describe(rule.id, () => {
    beforeAll(async () => {
      await ensureParser();
    });

    it('has a message for every message id it is tested with, and a help line', () => {
      expect(rule.help.length).toBeGreaterThan(0);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const c of tests.invalid) for (const e of c.errors) expect(Object.keys(rule.messages)).toContain(e.messageId);
    });

    tests.valid.forEach((raw, i) => {
      const c = typeof raw === 'string' ? { code: raw } : raw;
      it(`valid #${i + 1}: ${c.name ?? c.code.slice(0, 60)}`, () => {
        expect(runRule(rule, c.code, c.facts, c.prior).map(strip)).toEqual([]);
      });
    });

    tests.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}: ${c.name ?? c.code.slice(0, 60)}`, () => {
        const got = runRule(rule, c.code, c.facts, c.prior);
        // Compare only the keys each expectation names, so endLine/endColumn/severity stay optional.
        const shaped = got.map((g, k) => {
          const want = c.errors[k];
          const keys = want ? (Object.keys(want) as (keyof ExpectedError)[]) : (['messageId', 'line', 'column'] as const);
          return Object.fromEntries(keys.map((key) => [key, g[key]]));
        });
        expect(shaped).toEqual(c.errors);
        for (const g of got) expect(`${g.message} ${g.help ?? ''}`).not.toMatch(/\{\{/); // every placeholder was filled
      });
    });
  });
}

function strip(e: ExpectedError & { message: string }): string {
  return `${e.messageId} at ${e.line}:${e.column}: ${e.message}`;
}
