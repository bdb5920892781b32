import type { Finding, Report } from '../core/types.js';
import { countFindings } from '../core/types.js';
import { byteLength, COMMENT_MARKER, escapeMarkdown, formatComment, formatSummary, MAX_COMMENT_CHARS, MAX_SUMMARY_BYTES } from './markdown.js';

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

describe('escapeMarkdown', () => {
  test.each([
    ['a|b', 'a\\|b'],
    ['a\nb', 'a<br>b'],
    ['a\r\nb\rc', 'a<br>b<br>c'],
    ['<script>', '&lt;script&gt;'],
    ['`x` *y* _z_ [l](u) ~s~ $m$ #1 a\\b', '\\`x\\` \\*y\\* \\_z\\_ \\[l\\](u) \\~s\\~ \\$m\\$ \\#1 a\\\\b'],
    ['&lt;', '&amp;lt;'],
  ])('%j', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));
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
    expect(md).toMatch(/### Plan[\s\S]*\| billing \| 0 \| <code>000001<\/code> init \|/);
    expect(md).not.toMatch(/<details>/);
  });

  test('many findings fold into details and say how many were not annotated', () => {
    const md = formatSummary(report(many(40)), { unannotated: { count: 21, limit: 10 } });
    expect(md).toMatch(/<details>\n<summary>All 40 findings<\/summary>/);
    expect(md).toMatch(/at most 10 annotations per level in a step: 21 findings are not annotated/);
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

  test('a huge plan is cut, not the findings', () => {
    const plan = Array.from({ length: 2000 }, (_, s) => ({
      service: `service-${s}`,
      level: 0,
      migrations: Array.from({ length: 60 }, (_, i) => ({ id: String(i).padStart(6, '0'), name: 'x'.repeat(20) })),
    }));
    const body = formatComment(report(many(5)), { plan, runUrl: 'https://x' });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toMatch(/…and 10 more<br>|…and 10 more \|/);
    expect(body).toMatch(/…and \d+ more services in the plan\./);
    expect(body.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'))).toHaveLength(5);
    expect(body).not.toMatch(/full list/);
  });

  test('a tiny limit still yields a body within it that keeps the marker', () => {
    const body = formatComment(report(many(50)), { runUrl: 'https://x' }, 300);
    expect(body.length).toBeLessThanOrEqual(300);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  test('links locations when a link builder is given', () => {
    const body = formatComment(report(many(1)), { linkFor: (file, line) => `https://h/${file}#L${line}` });
    expect(body).toMatch(/\[<code>services\/user-service\/migrations\/common\/000000\\_x.up.sql:1:1<\/code>\]\(https:\/\/h\/services/);
  });

  test('paths with newlines, pipes and backticks cannot break a table row or a link', () => {
    const nasty = 'services/a/migrations/common/000001_a|b`c\nd](x).up.sql';
    const findings: Finding[] = [{ rule: 'sql-syntax', severity: 'error', message: 'bad\n| x |', file: nasty, line: 1, service: 'a' }];
    for (const md of [formatComment(report(findings), { linkFor: () => 'https://h/f' }), formatSummary(report(findings))]) {
      const row = md.split('\n').find((l) => l.startsWith('| ❌'))!;
      // One row, four cells: every pipe inside a cell is escaped.
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
      expect(row).toContain('a\\|b\\`c<br>d\\](x).up.sql');
    }
  });
});

describe('budgets', () => {
  test('the summary stays under its byte budget and says how many findings it left out', () => {
    // 20,000 findings with long multi-byte messages: about 10 MB if listed whole.
    const findings = many(20_000, 200).map((f) => ({ ...f, message: `${f.message} é€😀` }));
    const md = formatSummary(report(findings), { services: [{ name: 'user-service', migrations: 20_000 }] });
    expect(byteLength(md)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(byteLength(md)).toBeGreaterThan(MAX_SUMMARY_BYTES * 0.8);
    const shown = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️')).length;
    const m = /…and (\d+) more findings \((\d+) errors?, (\d+) warnings?\), left out/.exec(md);
    expect(m).not.toBeNull();
    expect(shown + Number(m![1])).toBe(20_000);
    expect(Number(m![2]) + Number(m![3])).toBe(Number(m![1]));
    expect(md).toMatch(/^## svc-migrate\n\n❌ \*\*svc-migrate\*\*: 6667 errors, 13333 warnings/);
  });

  test.each([2_000, 20_000, 200_000])('a summary budget of %i bytes is kept', (max) => {
    const md = formatSummary(report(many(5000, 100)), {}, max);
    expect(byteLength(md)).toBeLessThanOrEqual(max);
    expect(md).toMatch(/more findings/);
  });

  test('an added section gets its own budget and sits before the findings', () => {
    const section = { maxSize: 100, render: (max: number) => (max >= 50 ? '### Schema diff\n\nA table changed.' : '') };
    const md = formatSummary(report(many(3)), { sections: [section] });
    expect(md.indexOf('### Schema diff')).toBeGreaterThan(0);
    expect(md.indexOf('### Schema diff')).toBeLessThan(md.indexOf('### Findings'));
    const greedy = { maxSize: 10, render: () => 'y'.repeat(1000) };
    expect(formatSummary(report(many(3)), { sections: [greedy] })).not.toContain('yyyyyyyyyy');
  });
});
