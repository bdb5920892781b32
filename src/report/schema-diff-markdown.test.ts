import type { SchemaChange, SchemaDiffResult, SchemaObject } from '../core/schema-diff.js';
import { appendSection, formatSchemaDiffSection } from './schema-diff-markdown.js';

/** A diff that adds `n` tables of three columns each. */
function bigDiff(n: number): SchemaDiffResult {
  const objects: Record<string, SchemaObject> = {};
  const changes: SchemaChange[] = [];
  for (let i = 0; i < n; i++) {
    const table = `s.table_${i}`;
    objects[`table ${table}`] = { kind: 'table', name: table, schema: 's', attributes: {} };
    changes.push({ change: 'added', kind: 'table', name: table, schema: 's', attributes: {} });
    for (const c of ['id', 'name', 'created_at']) {
      const attributes = { type: c === 'id' ? 'bigint' : 'text' };
      objects[`column ${table}.${c}`] = { kind: 'column', name: `${table}.${c}`, schema: 's', table, attributes };
      changes.push({ change: 'added', kind: 'column', name: `${table}.${c}`, schema: 's', table, attributes });
    }
  }
  return {
    mode: 'diff',
    beforeLabel: 'main (abc1234)',
    afterLabel: 'working tree',
    database: 'embedded PGlite (in memory)',
    environments: ['development'],
    groups: n === 0 ? [] : [{ service: 's', environments: ['development'], changes, before: { objects: {} }, after: { objects } }],
    problems: [],
    notes: [],
  };
}

describe('formatSchemaDiffSection', () => {
  test('everything, diagram included, when it fits', () => {
    const text = formatSchemaDiffSection({ result: bigDiff(2) }, 65_536);
    expect(text).toContain('### Schema changes');
    expect(text).toContain('```mermaid');
    expect(text).not.toContain('job summary');
  });

  test.each([20_000, 5_000, 1_000])('shrinks to fit %i characters: the diagram goes first, then rows', (max) => {
    const text = formatSchemaDiffSection({ result: bigDiff(150) }, max);
    expect(text.length).toBeLessThanOrEqual(max);
    expect(text).toContain('600 added, 0 removed, 0 changed');
    expect(text).not.toContain('```mermaid');
    expect(text).toContain('the job summary');
  });

  test('nothing when not even the totals fit, or nothing changed', () => {
    expect(formatSchemaDiffSection({ result: bigDiff(150) }, 50)).toBe('');
    expect(formatSchemaDiffSection({ result: bigDiff(0) }, 65_536)).toBe('');
  });

  test('a diff that could not be made says why', () => {
    expect(formatSchemaDiffSection({ unavailable: 'no base' }, 1000)).toContain('skipped: no base');
    expect(appendSection('body\n', '')).toBe('body\n');
    expect(appendSection('body\n', 'section\n')).toBe('body\n\nsection\n');
  });
});
