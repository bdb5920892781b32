/**
 * Hooks on the embedded database get a DATABASE_URL that real `psql` can use: the database is served on loopback
 * for the run (spec section 4). Before, hooks got DATABASE_URL="" and `psql ""` reached whatever server the
 * machine had.
 */
import { execFileSync } from 'node:child_process';
import { openPglite } from '../src/apply/db/pglite.js';
import type { Database } from '../src/apply/db/types.js';
import { runUp } from '../src/apply/run.js';
import { miniRepo } from './helpers/mini-repo.js';

const SLOW = 120_000;
let psql = true;
try {
  execFileSync('psql', ['--version']);
} catch {
  psql = false;
}

let db: Database;
beforeAll(async () => {
  db = await openPglite(undefined);
}, SLOW);
afterAll(async () => {
  await db?.close();
});

(psql ? test : test.skip)(
  'pre and post hooks run psql "$DATABASE_URL" against the embedded database itself',
  async () => {
    const repo = miniRepo([
      {
        name: 'h-svc',
        migrations: [{ id: '000001', name: 'init', up: 'CREATE SCHEMA h_svc;\nCREATE TABLE h_svc.items (id int);\nINSERT INTO h_svc.items VALUES (1), (2);' }],
        hooks: {
          // PGHOST/PGPORT point elsewhere: only the URL may decide where psql goes.
          'pre_migrate.sh': 'set -e\ncase "$DATABASE_URL" in postgres://*127.0.0.1*) ;; *) echo "bad url: $DATABASE_URL" >&2; exit 3;; esac\npsql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qc "CREATE TABLE public.hook_log (phase text)" -c "INSERT INTO public.hook_log VALUES (\'pre\')"\n',
          'post_migrate.sh': 'set -e\nn=$(psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -tAc "SELECT count(*) FROM h_svc.items")\necho "items: $n"\npsql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qc "INSERT INTO public.hook_log VALUES (\'post\')"\n',
        },
      },
    ]);
    const lines: string[] = [];
    const r = await runUp({ repo, env: 'development', db, out: (l) => lines.push(l), processEnv: { PATH: process.env.PATH, PGHOST: '192.0.2.1', PGPORT: '1' } });
    expect(r.failed).toBeUndefined();
    expect(r.applied.map((s) => s.id)).toEqual(['000001']);
    expect(lines).toContain('items: 2');
    expect((await db.query<{ phase: string }>('SELECT phase FROM public.hook_log ORDER BY phase DESC')).rows.map((x) => x.phase)).toEqual(['pre', 'post']);
  },
  SLOW,
);

test('without hooks on disk, nothing is served', async () => {
  const repo = miniRepo([{ name: 'n-svc', migrations: [{ id: '000001', name: 'init', up: 'CREATE SCHEMA n_svc;' }] }]);
  const served: string[] = [];
  const spy: Database = { ...db, serve: async () => { served.push('x'); return db.serve!(); } };
  const r = await runUp({ repo, env: 'development', db: spy, out: () => undefined, processEnv: {} });
  expect(r.failed).toBeUndefined();
  expect(served).toEqual([]);
});
