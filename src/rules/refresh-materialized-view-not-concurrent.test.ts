import rule from './refresh-materialized-view-not-concurrent.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    { name: 'down migrations are not checked (lock advice is noise there)', code: 'REFRESH MATERIALIZED VIEW app.stats WITH DATA;', facts: { direction: 'down' } },
    'REFRESH MATERIALIZED VIEW CONCURRENTLY app.stats;',
    'REFRESH MATERIALIZED VIEW app.stats WITH NO DATA;',
    'CREATE MATERIALIZED VIEW app.stats AS SELECT 1 AS n WITH NO DATA;\nREFRESH MATERIALIZED VIEW app.stats;',
  ],
  invalid: [
    {
      code: 'REFRESH MATERIALIZED VIEW app.stats;',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 1, endColumn: 26 }],
    },
    {
      code: '-- é\nREFRESH MATERIALIZED VIEW app.stats WITH DATA;',
      errors: [{ messageId: 'notConcurrent', line: 2, column: 1 }],
    },
  ],
});
