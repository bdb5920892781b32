/**
 * One JSON envelope for every command (issue #19): `version`, `environment`, `findings`, `summary` first, then the
 * command's payload; one spelling per key across commands: dependencies.json fields as the file spells them
 * (`depends_on`), every other key camelCase like the report of spec section 3 (`endLine`).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from './helpers/cli.js';

const schema = JSON.parse(readFileSync('schemas/dependencies.schema.json', 'utf8')) as unknown;
/** Every property name dependencies.json may hold (its spelling wins for those). */
const FILE_KEYS = new Set<string>();
(function walk(node: unknown): void {
  if (Array.isArray(node)) node.forEach(walk);
  else if (node && typeof node === 'object') {
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) for (const k of Object.keys(props)) FILE_KEYS.add(k);
    Object.values(node).forEach(walk);
  }
})(schema);
const camel = (k: string): string => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const FILE_KEYS_CAMEL = new Set([...FILE_KEYS].filter((k) => k.includes('_')).map(camel));

/** Keys that are data, not field names: services, migration ids, cross-service maps. */
function isData(key: string, parent: string | undefined): boolean {
  return /^\d+$/.test(key) || parent === 'cross_service_dependencies' || (parent === 'services' && /-/.test(key)) || /-service$/.test(key);
}

function badKeys(value: unknown, parent?: string, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => badKeys(v, parent, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isData(k, parent)) {
        if (FILE_KEYS_CAMEL.has(k)) out.push(`${k} (dependencies.json spells it ${[...FILE_KEYS].find((f) => camel(f) === k)})`);
        else if (!FILE_KEYS.has(k) && !/^[a-z][a-zA-Z0-9]*$/.test(k)) out.push(`${k} (not camelCase)`);
      }
      badKeys(v, k, out);
    }
  }
  return out;
}

const repo = mkdtempSync(join(tmpdir(), 'svcm-json-'));
cpSync(resolve('fixtures'), repo, { recursive: true });

const RUNS: [string, string[]][] = [
  ['validate', ['validate']],
  ['deps', ['deps']],
  ['plan', ['plan']],
  // status and rollback mean nothing on the in-memory default (exit 2): they read the database up wrote.
  ['up', ['up', '--no-hooks', '--database-url', `pglite://${join(repo, '.db-json')}`]],
  ['status', ['status', '--database-url', `pglite://${join(repo, '.db-json')}`]],
  ['rollback', ['rollback', '--service', 'user-service', '--steps', '1', '--dry-run', '--database-url', `pglite://${join(repo, '.db-json')}`]],
  ['new', ['new', '--service', 'user-service', '--name', 'add_thing']],
  ['check', ['check']],
  ['verify', ['verify', '--service', 'user-service']],
  ['backup', ['backup', '--database-url', `pglite://${join(repo, '.db')}`, '--backup-dir', join(repo, '.backups')]],
];

describe.each(RUNS)('%s --format json', (_name, argv) => {
  test('the envelope, then the payload, with one spelling per key', async () => {
    const r = await cli([...argv, '--root', repo, '--format', 'json']);
    expect(r.code).toBeLessThan(2);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report).slice(0, 4)).toEqual(['version', 'environment', 'findings', 'summary']);
    expect(report.version).toBe(1);
    expect(typeof report.environment).toBe('string');
    expect(Object.keys(report.summary as object).sort()).toEqual(['errors', 'files', 'infos', 'migrations', 'services', 'warnings']);
    expect(badKeys(report)).toEqual([]);
  }, 60_000);
});

test('plan spells depends_on as dependencies.json does, like deps', async () => {
  const plan = JSON.parse((await cli(['plan', '--root', 'fixtures', '--format', 'json'])).stdout);
  const deps = JSON.parse((await cli(['deps', '--root', 'fixtures', '--format', 'json'])).stdout);
  const step = plan.steps.find((s: { service: string; id: string }) => s.service === 'user-service' && s.id === '000002');
  expect(step.depends_on).toEqual(deps.services['user-service'].migrations['000002'].depends_on);
  expect(step.dependsOn).toBeUndefined();
});

test('up with nothing to do reports the services it looked at', async () => {
  // Applied once, nothing is left to do the second time.
  const db = `pglite://${join(repo, '.db-nothing')}`;
  expect((await cli(['up', '--root', 'fixtures', '--no-hooks', '--database-url', db])).code).toBe(0);
  const r = JSON.parse((await cli(['up', '--root', 'fixtures', '--format', 'json', '--no-hooks', '--database-url', db])).stdout);
  expect(r.applied).toEqual([]);
  expect(r.summary.services).toBe(3);
  const one = JSON.parse((await cli(['up', '--root', 'fixtures', '--format', 'json', '--no-hooks', '--service', 'user-service', '--database-url', db])).stdout);
  expect(one.applied).toEqual([]);
  expect(one.summary.services).toBe(1);
}, 60_000);

test('the badKeys check itself catches both mistakes', () => {
  expect(badKeys({ steps: [{ dependsOn: [] }] })).toEqual(['dependsOn (dependencies.json spells it depends_on)']);
  expect(badKeys({ applied_at: 1 })).toEqual(['applied_at (not camelCase)']);
  expect(badKeys({ services: { 'user-service': { migrations: { '000001': { depends_on: [] } } } } })).toEqual([]);
});
