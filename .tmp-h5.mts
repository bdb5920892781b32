import { ensureParser, parseSql } from './src/sql/parser.js';
import { lintFile } from './src/lint/lint-file.js';
import { rules } from './src/rules/index.js';
import { DEFAULT_FACTS } from './src/rules/test-utils.js';
await ensureParser();
const row = "INSERT INTO user_service.big (id, note) VALUES (1, 'ünïcödé text to fill the file');\n";
const text = row.repeat(Number(process.argv[2] ?? 2000));
let t0 = Date.now();
const parsed = parseSql(text);
console.log('parse', Date.now() - t0, parsed.statements.length);
t0 = Date.now();
lintFile({ text, facts: DEFAULT_FACTS, parsed }, []);
console.log('engine', Date.now() - t0);
for (const r of rules) {
  t0 = Date.now();
  lintFile({ text, facts: DEFAULT_FACTS, parsed }, [r]);
  const ms = Date.now() - t0;
  if (ms > 50) console.log(r.id, ms);
}
