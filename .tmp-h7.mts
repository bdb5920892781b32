import { ensureParser, parseSql } from './src/sql/parser.js';
import { lintFile } from './src/lint/lint-file.js';
import { rules } from './src/rules/index.js';
import { DEFAULT_FACTS } from './src/rules/test-utils.js';
await ensureParser();
const row = "INSERT INTO user_service.big (id, note) VALUES (1, 'ünïcödé text to fill the file');\n";
const mine = rules.slice(0, 11);
for (const n of [4000, 8000, 16000, 32000]) {
const text = row.repeat(n);
const parsed = parseSql(text);
let t0 = Date.now();
lintFile({ text, facts: DEFAULT_FACTS, parsed }, []);
const e = Date.now() - t0;
t0 = Date.now();
lintFile({ text, facts: DEFAULT_FACTS, parsed }, mine);
const m = Date.now() - t0;
t0 = Date.now();
lintFile({ text, facts: DEFAULT_FACTS, parsed }, rules.filter((r) => r.id !== 'adding-enum-value-in-transaction'));
console.log(n, 'engine', e, 'mine', m, 'all but enum', Date.now() - t0);
}
