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
    // Quotes in comments and a doubled quote inside a short name.
    `-- the "users" table\nCREATE TABLE app."a""b" (note text DEFAULT '"${n64}"');`,
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
    {
      // A short quoted name before a long one; a long name holding a doubled quote.
      code: `CREATE TABLE app."t" ("${'x'.repeat(30)}""${'y'.repeat(33)}" int, ${n64} int);`,
      errors: [
        { messageId: 'tooLong', line: 1, column: 23, endColumn: 90 },
        { messageId: 'tooLong', line: 1, column: 96, endColumn: 160 },
      ],
    },
  ],
});
