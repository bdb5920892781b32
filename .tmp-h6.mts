import { ensureParser, parseSql } from './src/sql/parser.js';
import { lintFile } from './src/lint/lint-file.js';
import { rules } from './src/rules/index.js';
import { DEFAULT_FACTS } from './src/rules/test-utils.js';
await ensureParser();
const row = "INSERT INTO user_service.big (id, note) VALUES (1, 'ünïcödé text to fill the file');\n";
for (const n of [2000, 4000, 8000]) {
const text = row.repeat(n);
let t0 = Date.now();
const parsed = parseSql(text);
const p = Date.now() - t0;
t0 = Date.now();
lintFile({ text, facts: DEFAULT_FACTS, parsed }, rules);
console.log(n, 'parse', p, 'lint', Date.now() - t0);
}
