import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureParser } from './src/sql/parser.js';
import { lintFile } from './src/lint/lint-file.js';
import { rules } from './src/rules/index.js';
import { DEFAULT_FACTS } from './src/rules/test-utils.js';
await ensureParser();
const root = '/work/shared/corpus';
const files: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d)) { const p = path.join(d, e); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.sql')) files.push(p); } };
walk(root);
const counts: Record<string, number> = {};
const t0 = Date.now();
const mine = new Set(['unqualified-table','foreign-schema','delete-without-where','update-without-where','drop-cascade','destructive-operation','index-not-concurrent','not-null-without-default','column-type-change','foreign-key-not-valid','sql-syntax','empty-migration','plpgsql-syntax','ignore-unknown-rule','ignore-unused']);
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const dir = /down/.test(path.basename(f)) ? 'down' : 'up';
  const r = lintFile({ text, facts: { ...DEFAULT_FACTS, file: f, direction: dir as 'up'|'down' } }, rules);
  for (const x of r.findings) {
    counts[x.rule] = (counts[x.rule] ?? 0) + 1;
    if (['sql-syntax','plpgsql-syntax','delete-without-where','update-without-where','empty-migration', 'not-null-without-default'].includes(x.rule) ) console.log(x.rule, f.replace(root,''), x.line, x.column, x.message.slice(0, 100));
  }
}
console.log(Date.now() - t0, 'ms', files.length, counts);
