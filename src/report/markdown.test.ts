import type { Finding, Report } from '../core/types.js';
import { countFindings } from '../core/types.js';
import { COMMENT_MARKER, escapeCell, formatComment, formatSummary, MAX_COMMENT_CHARS } from './markdown.js';

function report(findings: Finding[]): Report {
  return {
    version: 1,
    environment: 'development',
    findings,
    summary: { ...countFindings(findings), services: 2, migrations: 3, files: 6 },
  };
}

function many(n: number, messageLength = 80): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: 'unqualified-table',
    severity: i % 3 === 0 ? ('error' as const) : ('warning' as const),
    message: `table users is not schema-qualified ${'x'.repeat(messageLength)}`,
    file: `services/user-service/migrations/common/${String(i).padStart(6, '0')}_x.up.sql`,
    line: 1,
    column: 1,
    service: 'user-service',
  }));
}

describe('escapeCell', () => {
  test.each([
    ['a|b', 'a\\|b'],
    ['a\nb', 'a<br>b'],
    ['<script>', '&lt;script&gt;'],
  ])('%j', (input, expected) => expect(escapeCell(input)).toBe(expected));
});

describe('formatSummary', () => {
  test('all clear', () => {
    const md = formatSummary(report([]), { services: [{ name: 'user-service', migrations: 3 }] });
    expect(md).toMatch(/no findings/);
    expect(md).toMatch(/\| user-service \| 3 \| 0 \| 0 \| 0 \|/);
    expect(md).not.toMatch(/### Findings/);
  });

  test('counts per service, plan table, findings open when few', () => {
    const md = formatSummary(report(many(3)), {
      services: [
        { name: 'user-service', migrations: 3 },
        { name: 'billing', migrations: 2 },
      ],
      plan: [{ service: 'billing', level: 0, migrations: [{ id: '000001', name: 'init' }] }],
    });
    expect(md).toMatch(/\| billing \| 2 \| 0 \| 0 \| 0 \|/);
    expect(md).toMatch(/\| user-service \| 3 \| 1 \| 2 \| 0 \|/);
    expect(md).toMatch(/### Plan[\s\S]*\| billing \| 0 \| `000001` init \|/);
    expect(md).not.toMatch(/<details>/);
  });

  test('many findings fold into details and mention the annotation cap', () => {
    const md = formatSummary(report(many(40)), { annotationLimit: 10 });
    expect(md).toMatch(/<details>\n<summary>All 40 findings<\/summary>/);
    expect(md).toMatch(/at most 10 annotations per severity/);
    // errors are listed first
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    expect(rows).toHaveLength(40);
    expect(rows[0]!.startsWith('| ❌')).toBe(true);
    expect(rows.at(-1)!.startsWith('| ⚠️')).toBe(true);
  });
});

describe('formatComment', () => {
  test('starts with the marker; all clear says so', () => {
    const body = formatComment(report([]));
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/no findings/);
  });

  test.each([10, 500, 3000])('%i findings stay under the limit', (n) => {
    const body = formatComment(report(many(n, 200)), { runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    if (n === 10) expect(body).not.toMatch(/full list/);
    else expect(body).toMatch(/\[job summary of this run\]\(https:\/\/github.com\/o\/r\/actions\/runs\/1\)/);
  });

  test('a huge plan is dropped before any finding is', () => {
    const plan = [{ service: 'user-service', level: 0, migrations: Array.from({ length: 5000 }, (_, i) => ({ id: String(i).padStart(6, '0'), name: 'x'.repeat(20) })) }];
    const body = formatComment(report(many(5)), { plan, runUrl: 'https://x' });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).not.toMatch(/### Plan/);
    expect(body.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'))).toHaveLength(5);
  });

  test('a tiny limit still yields a body within it that keeps the marker', () => {
    const body = formatComment(report(many(50)), { runUrl: 'https://x' }, 300);
    expect(body.length).toBeLessThanOrEqual(300);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  test('links locations when a link builder is given', () => {
    const body = formatComment(report(many(1)), { linkFor: (file, line) => `https://h/${file}#L${line}` });
    expect(body).toMatch(/\[`services\/user-service\/migrations\/common\/000000_x.up.sql:1:1`\]\(https:\/\/h\/services/);
  });
});
