import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureParser, scanSql } from './src/sql/parser.js';
import { lex } from './src/sql/tokens.js';
await ensureParser();
const root = '/work/shared/corpus';
const files: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d)) { const p = path.join(d, e); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.sql')) files.push(p); } };
walk(root);
let bad = 0;
const texts = files.map((f) => readFileSync(f, 'utf8'));
for (let k = 0; k < 4; k++) { const t0 = Date.now(); for (const t of texts) lex(t); console.log('lex ms', Date.now() - t0); }
for (const f of files) {
  const t = readFileSync(f, 'utf8');
  if (!t.trim()) continue;
  const a = scanSql(t).tokens.map((x) => `${x.start}-${x.end}`);
  const b = lex(t).map((x) => `${x.start}-${x.end}`);
  const sa = new Set(a), sb = new Set(b);
  const onlyA = a.filter((x) => !sb.has(x)), onlyB = b.filter((x) => !sa.has(x));
  if (onlyA.length || onlyB.length) { bad++; if (bad < 6) console.log(f, onlyA.slice(0, 3), onlyB.slice(0, 3), onlyA.slice(0,3).map(r => { const [s,e] = r.split('-').map(Number); return Buffer.from(t).subarray(s!, e!).toString(); }), onlyB.slice(0,3).map(r => { const [s,e] = r.split('-').map(Number); return Buffer.from(t).subarray(s!, e!).toString(); })); }
}
console.log('files differing', bad, 'of', files.length);
