import { ensureParser } from '../src/sql/parser.js';
import { lintFile } from '../src/lint/lint-file.js';
import { DEFAULT_FACTS } from '../src/rules/test-utils.js';
import { rules } from '../src/rules/index.js';
await ensureParser();
const parts: string[] = [];
for (let i = 0; i < 1500; i++) parts.push(`CREATE TABLE app.t${i} (id serial PRIMARY KEY, name varchar(10));`, `ALTER TABLE app.users ADD COLUMN c${i} text;`, `UPDATE app.users SET c${i} = 'x' WHERE c${i} IS NULL;`);
const text = parts.join('\n');
const t0 = Date.now();
const r = lintFile({ text, facts: DEFAULT_FACTS }, rules);
console.log(parts.length, 'statements', Date.now() - t0, 'ms', r.findings.length, 'findings');
const byRule: Record<string, number> = {};
for (const rule of rules) {
  const t = Date.now();
  lintFile({ text, facts: DEFAULT_FACTS }, [rule]);
  byRule[rule.id] = Date.now() - t;
}
console.log(Object.entries(byRule).sort((a, b) => b[1] - a[1]).slice(0, 8));
