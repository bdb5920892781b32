import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureParser } from '../src/sql/parser.js';
import { lintFile } from '../src/lint/lint-file.js';
import { DEFAULT_FACTS } from '../src/rules/test-utils.js';
import { rules } from '../src/rules/index.js';
await ensureParser();
const mine = new Set(process.argv[2]!.split(','));
const only = process.argv[3];
const sel = rules.filter((r) => mine.has(r.id));
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.sql')) files.push(p); } };
walk('/work/shared/corpus');
const counts: Record<string, number> = {};
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const direction = /down/.test(f.split('/').pop()!) ? 'down' : 'up';
  const res = lintFile({ text, facts: { ...DEFAULT_FACTS, direction, file: f } }, sel);
  for (const v of res.violations) {
    if (!mine.has(v.finding.rule)) continue;
    counts[v.finding.rule] = (counts[v.finding.rule] ?? 0) + 1;
    if (only === v.finding.rule || only === 'all') {
      const line = text.split('\n')[v.finding.line! - 1]!;
      console.log(`${f.replace('/work/shared/corpus/', '')}:${v.finding.line}:${v.finding.column} ${v.messageId} | ${line.trim().slice(0, 110)}`);
    }
  }
}
console.log(counts);
