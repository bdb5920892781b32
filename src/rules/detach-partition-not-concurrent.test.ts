import rule from './detach-partition-not-concurrent.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    { name: 'down migrations are not checked (lock advice is noise there)', code: 'ALTER TABLE app.events DETACH PARTITION app.events_2020;', facts: { direction: 'down' } },
    'ALTER TABLE app.events DETACH PARTITION app.events_2020 CONCURRENTLY;',
    'ALTER TABLE app.events DETACH PARTITION app.events_2020 FINALIZE;',
    { code: 'ALTER TABLE app.events DETACH PARTITION app.events_2020;', facts: { pgVersion: 13 } },
    'CREATE TABLE app.e (at date) PARTITION BY RANGE (at);\nALTER TABLE app.e DETACH PARTITION app.e_1;',
  ],
  invalid: [
    {
      code: 'ALTER TABLE app.events DETACH PARTITION app.events_2020;',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 24, endColumn: 40 }],
    },
  ],
});
