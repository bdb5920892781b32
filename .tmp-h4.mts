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
for (let k = 0; k < 6; k++) {
const t0 = Date.now();
for (const t of texts) lintFile({ text: t, facts: DEFAULT_FACTS }, rules);
console.log('all rules', Date.now() - t0);
}
