import { readFileSync } from 'node:fs';
import { ensureParser } from '../src/sql/parser.js';
import { runRule } from '../src/rules/test-utils.js';
import { rules } from '../src/rules/index.js';
await ensureParser();
const data = JSON.parse(readFileSync('/tmp/h4/docs.json', 'utf8')) as Record<string, { bad: string; good: string }>;
for (const [id, d] of Object.entries(data)) {
  const rule = rules.find((r) => r.id === id)!;
  const bad = runRule(rule, d.bad);
  const good = runRule(rule, d.good);
  if (bad.length === 0 || good.length > 0) console.log(id, 'bad:', bad.length, 'good:', good.map((g) => `${g.messageId}@${g.line}`));
}
console.log('checked');
