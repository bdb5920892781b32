import { ensureParser } from '../src/sql/parser.js';
import { runRule } from '../src/rules/test-utils.js';
import { rules } from '../src/rules/index.js';
await ensureParser();
const [id, code, factsJson] = process.argv.slice(2);
const rule = rules.find((r) => r.id === id)!;
const out = runRule(rule, code!, factsJson ? JSON.parse(factsJson) : {});
const lines = code!.split('\n');
for (const v of out) {
  const l = [...lines[v.line - 1]!];
  console.log(`${v.messageId} ${v.line}:${v.column}-${v.endLine}:${v.endColumn} [${l.slice(v.column - 1, v.endLine === v.line ? v.endColumn! - 1 : undefined).join('')}] ${v.severity} | ${v.message}`);
}
if (!out.length) console.log('(none)');
