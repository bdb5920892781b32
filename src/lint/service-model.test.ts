import { rmSync } from 'node:fs';
import { miniRepo } from '../../tests/helpers/mini-repo.js';
import type { Repo } from '../repo/types.js';
import { lintRepo } from './lint.js';

const CHECK = 'ALTER TABLE app.users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;\n';
const VALIDATE = 'ALTER TABLE app.users VALIDATE CONSTRAINT email_nn;\n';
const SET = 'ALTER TABLE app.users ALTER COLUMN email SET NOT NULL;\n';

let repo: Repo | undefined;
afterEach(() => {
  if (repo) rmSync(repo.root, { recursive: true, force: true });
  repo = undefined;
});

/** The migrations whose SET NOT NULL is reported, linting in `env`. */
async function scans(migrations: Parameters<typeof miniRepo>[0][number]['migrations'], env = 'development'): Promise<(string | undefined)[]> {
  repo = miniRepo([{ name: 'app', migrations }]);
  const r = await lintRepo(repo, env);
  return r.findings.filter((f) => f.rule === 'set-not-null-on-existing').map((f) => f.migration);
}

test('earlier migrations count in the order up applies them (depends_on), not by id', async () => {
  // 000002 depends on 000003: up applies 000001, 000003, 000002 — the VALIDATE comes before the SET NOT NULL.
  expect(await scans([
    { id: '000001', name: 'check', up: CHECK, down: 'SELECT 1;' },
    { id: '000002', name: 'set', up: SET, down: 'SELECT 1;', meta: { depends_on: ['000003'] } },
    { id: '000003', name: 'validate', up: VALIDATE, down: 'SELECT 1;', meta: { depends_on: ['000001'] } },
  ])).toEqual([]);
  // In id order with no dependencies, the SET NOT NULL runs before the VALIDATE: PostgreSQL scans.
  expect(await scans([
    { id: '000001', name: 'check', up: CHECK, down: 'SELECT 1;' },
    { id: '000002', name: 'set', up: SET, down: 'SELECT 1;' },
    { id: '000003', name: 'validate', up: VALIDATE, down: 'SELECT 1;' },
  ])).toEqual(['000002']);
});

test('a migration of another environment does not prove anything for this one', async () => {
  const migrations = [
    { id: '000001', name: 'check', up: CHECK, down: 'SELECT 1;' },
    { id: '000002', name: 'validate', up: VALIDATE, down: 'SELECT 1;', folder: 'staging' },
    { id: '000003', name: 'set', up: SET, down: 'SELECT 1;' },
  ];
  expect(await scans(migrations, 'development')).toEqual(['000003']);
  expect(await scans(migrations, 'staging')).toEqual([]);
});

test('a migration that does not apply in the environment is judged against the applied ones before it', async () => {
  expect(await scans([
    { id: '000001', name: 'check', up: CHECK + VALIDATE, down: 'SELECT 1;' },
    { id: '000002', name: 'set', up: SET, down: 'SELECT 1;', folder: 'staging' },
  ], 'development')).toEqual([]);
});
