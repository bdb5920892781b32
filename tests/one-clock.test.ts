/**
 * One clock (spec section 4): the time `up` prints for a migration, the one in its tracking row, in its attempt
 * row and in the webhook are the same measurement. Before, 105 ms was printed and 15 ms recorded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../src/apply/db/open.js';
import { runUp } from '../src/apply/run.js';
import { readApplied, readAttempts } from '../src/apply/tracking.js';
import { miniRepo } from './helpers/mini-repo.js';
import { describeWithPostgres, withTempDatabase } from './helpers/pg.js';

describeWithPostgres('one clock', () => {
  test('printed, tracked, attempted and notified times are one measurement', async () => {
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        bodies.push(body);
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const webhook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const repo = miniRepo([
      {
        name: 't-svc',
        migrations: [
          { id: '000001', name: 'sleepy', up: 'CREATE SCHEMA t_svc;\nSELECT pg_sleep(0.2);\n' },
          // Outside a transaction: measured by the client, statement by statement.
          { id: '000002', name: 'concurrent', up: 'CREATE TABLE t_svc.x (id int);\nCREATE INDEX CONCURRENTLY x_id ON t_svc.x (id);\n', meta: { depends_on: ['000001'] } },
        ],
      },
    ]);
    try {
      await withTempDatabase(async (url) => {
        const db = await openDatabase(url);
        try {
          const lines: string[] = [];
          const r = await runUp({ repo, env: 'development', db, out: (l) => lines.push(l), webhook, processEnv: {} });
          expect(r.failed).toBeUndefined();
          const printed = new Map(lines.map((l) => /^(\d+)\/u \w+ \(([\d.]+)ms\)$/.exec(l)).filter((m) => m !== null).map((m) => [m[1]!.padStart(6, '0'), Number(m[2])]));
          const service = repo.services[0]!;
          const tracked = new Map((await readApplied(db, service)).map((row) => [row.version, row.executionTimeMs]));
          const attempts = new Map((await readAttempts(db, service)).map((a) => [a.migrationId, a.executionTimeMs]));
          expect([...printed.keys()]).toEqual(['000001', '000002']);
          for (const [id, ms] of printed) {
            expect(tracked.get(id)).toBeCloseTo(ms, 5);
            expect(attempts.get(id)).toBeCloseTo(ms, 5);
            expect(r.applied.find((a) => a.id === id)?.ms).toBeCloseTo(ms, 5);
            expect(bodies[0]).toContain(`t-svc ${id} ${id === '000001' ? 'sleepy' : 'concurrent'} (${Math.round(ms)} ms)`);
          }
          expect(printed.get('000001')).toBeGreaterThanOrEqual(200);
        } finally {
          await db.close();
        }
      });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
