import rule from './identifier-too-long.js';
import { runRuleTests } from './test-utils.js';

const n63 = 'a'.repeat(63);
const n64 = 'b'.repeat(64);

runRuleTests(rule, {
  valid: [
    `CREATE INDEX ${n63} ON app.users (email);`,
    `CREATE TABLE app.t (note text DEFAULT '${n64}');`,
    // 31 two-byte characters plus one byte: 63 bytes.
    `CREATE TABLE app."${'é'.repeat(31)}x" (a int);`,
  ],
  invalid: [
    {
      code: `CREATE INDEX ${n64} ON app.users (email);`,
      errors: [{ messageId: 'tooLong', line: 1, column: 14, endColumn: 78 }],
    },
    {
      code: `-- é\nCREATE TABLE app."${'é'.repeat(32)}" (a int);`,
      facts: { direction: 'down' },
      errors: [{ messageId: 'tooLong', line: 2, column: 18, endColumn: 52 }],
    },
  ],
});
