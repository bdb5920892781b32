import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureParser, parseSql } from './src/sql/parser.js';
import { lintFile } from './src/lint/lint-file.js';
import { rules } from './src/rules/index.js';
import { DEFAULT_FACTS } from './src/rules/test-utils.js';
await ensureParser();
const root = '/work/shared/corpus';
const files: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d)) { const p = path.join(d, e); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.sql')) files.push(p); } };
walk(root);
const texts = files.map((f) => readFileSync(f, 'utf8'));
for (let k = 0; k < 4; k++) {
let t0 = Date.now();
for (const t of texts) lintFile({ text: t, facts: DEFAULT_FACTS }, []);
const a = Date.now() - t0;
t0 = Date.now();
for (const t of texts) lintFile({ text: t, facts: DEFAULT_FACTS }, rules);
console.log('engine no rules', a, 'all rules', Date.now() - t0);
}
const times: Record<string, number> = {};
for (const r of rules) {
  const parsed = texts.map((t) => parseSql(t));
  const t0 = Date.now();
  for (let i = 0; i < texts.length; i++) lintFile({ text: texts[i]!, facts: DEFAULT_FACTS, parsed: parsed[i] }, [r]);
  times[r.id] = Date.now() - t0;
}
console.log(Object.entries(times).sort((a, b) => b[1] - a[1]).slice(0, 12));
