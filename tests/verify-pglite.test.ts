/**
 * verify on the embedded database (a fresh in-memory PGlite, no server): the same catalog snapshot SQL as on
 * PostgreSQL, so a tiny repository passes and a forgotten DROP INDEX is caught.
 */
import { rmSync } from 'node:fs';
import { verifyRollbacks } from '../src/apply/verify.js';
import { miniRepo } from './helpers/mini-repo.js';

describe('verify on PGlite (in memory)', () => {
  test('a good repository passes; a down that forgets an index does not', async () => {
    const repo = miniRepo([
      {
        name: 'tiny',
        migrations: [
          {
            id: '1',
            name: 'create_items',
            up: "CREATE SCHEMA tiny;\nCREATE TYPE tiny.state AS ENUM ('new', 'done');\nCREATE TABLE tiny.items (id serial PRIMARY KEY, state tiny.state NOT NULL DEFAULT 'new');\n",
            down: 'DROP TABLE tiny.items;\nDROP TYPE tiny.state;\nDROP SCHEMA tiny;\n',
          },
          {
            id: '2',
            name: 'index_state',
            up: 'CREATE INDEX items_state_idx ON tiny.items (state);\n',
            down: '-- forgot the DROP INDEX\n',
            meta: { depends_on: ['1'] },
          },
        ],
      },
    ]);
    try {
      const result = await verifyRollbacks({ repo, env: 'development' });
      expect(result.database).toMatch(/^embedded PostgreSQL \d+\.\d+ \(PGlite, in memory\)$/);
      expect(result.outcomes.map((o) => [o.id, o.status])).toEqual([
        ['1', 'ok'],
        ['2', 'mismatch'],
      ]);
      expect(result.outcomes[1]?.diff).toEqual([
        '+ index tiny.items_state_idx: CREATE INDEX items_state_idx ON tiny.items USING btree (state)',
      ]);
      // The index left behind also makes the second up fail ("already exists"): both at the down file.
      expect(result.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
        ['rollback-mismatch', 'services/tiny/migrations/common/2_index_state.down.sql', 1],
        ['rollback-mismatch', 'services/tiny/migrations/common/2_index_state.down.sql', 1],
      ]);
      expect(result.findings[1]?.message).toContain('already exists');
    } finally {
      rmSync(repo.root, { recursive: true, force: true });
    }
  }, 180_000); // a cold PGlite initdb takes tens of seconds on a busy machine
});
