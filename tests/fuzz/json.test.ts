/**
 * Fuzzing the JSON configs: dependencies.json, environments.json and svc-migrate.json replaced by wrong types,
 * huge arrays, deep nesting, duplicate keys, `__proto__` / `constructor` keys, random bytes and truncated text.
 * Property: `validate` exits 0/1/2 with no stack trace, every finding located; nothing pollutes Object.prototype.
 * (The JSON parser itself is jsonc-parser's, fuzzed by its maintainers; src/config/json-positions.test.ts tests
 * the adapter.)
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/types.js';
import { MAX_JSON_DEPTH } from '../../src/config/json-positions.js';
import { cli } from '../helpers/cli.js';
import { locationProblems, params, removeDir, STACK_TRACE, tempDir, timeoutFor } from './support.js';

/** A JSON document as a tree, so that keys may repeat and be `__proto__` (a JS object cannot hold either). */
type Json = null | boolean | number | string | { arr: Json[] } | { obj: Array<[string, Json]> };

const KEYS = [
  'migrations', 'environments', 'current_environment', 'depends_on', 'affects_tables', 'description', 'environment',
  'risk_level', 'rollback_safe', 'estimated_duration', 'cross_service_dependencies', 'config', 'rules', 'services',
  'max_dependency_depth', 'pg_version', 'slow_threshold_ms', 'allow_destructive_operations', 'skip_validation',
  'development', 'production', 'common', 'hooks', '000001', '000002', '000003', '1', '__proto__', 'constructor',
  'prototype', 'toString', 'hasOwnProperty', 'polluted', '', 'é', '🙂', '$schema', 'x-extra', 'svc-a', 'svc-b',
];
const STRINGS = [
  '000001', '000002', '999999', '000001_init.up.sql', 'development', 'svc-a', 'svc-b', 'svc_a.t', 'low', 'critical',
  '45s', '1h30m', 'services/*', '../*', '/etc/*', '**', '', 'error', 'off', 'warning', '__proto__', '\u0000', '\ud800',
];

const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'xsmall', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(Infinity, -0, 2 ** 53 + 1)),
    fc.oneof(fc.constantFrom(...STRINGS), fc.string({ unit: 'binary', maxLength: 20 })),
    fc.array(tie('value'), { maxLength: 4 }).map((arr) => ({ arr })),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('value')), { maxLength: 4 }).map((obj) => ({ obj })),
  ),
})).value;

function render(v: Json, pretty: boolean, indent = ''): string {
  const nl = pretty ? '\n' : '';
  const inner = pretty ? indent + '  ' : '';
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : Number.isFinite(v) ? String(v) : '1e400';
  if (typeof v === 'string') return JSON.stringify(v);
  if ('arr' in v) return v.arr.length === 0 ? '[]' : `[${nl}${v.arr.map((x) => inner + render(x, pretty, inner)).join(`,${nl}`)}${nl}${indent}]`;
  if (v.obj.length === 0) return '{}';
  return `{${nl}${v.obj.map(([k, x]) => `${inner}${JSON.stringify(k)}:${pretty ? ' ' : ''}${render(x, pretty, inner)}`).join(`,${nl}`)}${nl}${indent}}`;
}

/** Something shaped like the real file, with arbitrary values where the schema expects particular ones. */
const shaped = fc.oneof(
  // dependencies.json-like: {"migrations": {"<id>": {<field>: <anything>}}}
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom('000001', '000002', '000003', '__proto__', 'constructor'), fc.string({ maxLength: 6 })), fc.array(fc.tuple(fc.constantFrom(...KEYS), json), { maxLength: 6 })), { maxLength: 5 })
    .map((entries): Json => ({ obj: [['migrations', { obj: entries.map(([id, fields]) => [id, { obj: fields }] as [string, Json]) }]] })),
  // environments.json-like
  fc
    .array(fc.tuple(fc.constantFrom('development', 'production', 'common', '__proto__', 'constructor', 'x y'), fc.array(fc.tuple(fc.constantFrom('migrations', 'config', 'description', '__proto__'), json), { maxLength: 4 })), { maxLength: 4 })
    .map((envs): Json => ({ obj: [['environments', { obj: envs.map(([e, f]) => [e, { obj: f }] as [string, Json]) }], ['current_environment', 'development']] })),
  // svc-migrate.json-like
  fc.array(fc.tuple(fc.constantFrom('rules', 'environments', 'services', 'max_dependency_depth', 'pg_version', 'slow_threshold_ms', '__proto__', 'constructor'), json), { maxLength: 6 }).map((obj): Json => ({ obj })),
  json,
);

/** Pollution payloads, in the shapes a naive deep merge would walk into. */
const pollution = fc.constantFrom(
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"migrations": {"__proto__": {"polluted": "yes"}, "000001": {"__proto__": {"polluted": "yes"}}}}',
  '{"environments": {"__proto__": {"config": {"polluted": "yes"}}}, "current_environment": "__proto__"}',
  '{"rules": {"__proto__": "error", "polluted": "error"}, "environments": {"__proto__": {"rules": {"polluted": "off"}}}}',
  '{"migrations": {"000001": {"cross_service_dependencies": {"__proto__": ["000001"], "constructor": ["1"]}}}}',
);

/** Deep nesting well past the parser's limit, balanced or cut. */
const deep = fc
  .tuple(fc.integer({ min: MAX_JSON_DEPTH - 2, max: 20_000 }), fc.constantFrom('[', '{"a":'), fc.boolean())
  .map(([n, open, close]) => open.repeat(n) + '1' + (close ? (open === '[' ? ']' : '}').repeat(n) : ''));

/** A huge array where the schema wants a short list. */
const huge = fc
  .tuple(fc.integer({ min: 1_000, max: 10_000 }), fc.constantFrom('depends_on', 'migrations', 'services'))
  .map(([n, key]) => {
    const items = Array.from({ length: n }, (_, i) => JSON.stringify(String(i).padStart(6, '0'))).join(',');
    if (key === 'depends_on') return `{"migrations": {"000002": {"depends_on": [${items}]}}}`;
    if (key === 'migrations') return `{"environments": {"development": {"migrations": [${items}]}}}`;
    return `{"services": [${items}]}`;
  });

/** The config texts the properties feed in. */
const configText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(shaped, fc.boolean()).map(([v, pretty]) => render(v, pretty)) },
  // Truncated: cut a rendered document anywhere.
  { weight: 3, arbitrary: fc.tuple(shaped, fc.nat()).map(([v, at]) => { const t = render(v, true); return t.slice(0, at % (t.length + 1)); }) },
  { weight: 2, arbitrary: pollution },
  { weight: 1, arbitrary: deep },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\ufeff{}', '{"migrations": {}}\u0000', 'null', '[]', '"x"', '{"a":1}{"a":2}', '{"a":1,}', "{'a':1}") },
);

const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
function assertNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

describe('validate (whole CLI) with hostile JSON configs', () => {
  let root: string;
  const mig = () => path.join(root, 'services/svc-a/migrations');
  const targets = {
    dependencies: () => path.join(mig(), 'dependencies.json'),
    environments: () => path.join(mig(), 'environments.json'),
    project: () => path.join(root, 'svc-migrate.json'),
  };
  const valid = {
    dependencies: JSON.stringify({ migrations: { '000001': { depends_on: [] }, '000002': { depends_on: ['000001'] } } }),
    environments: JSON.stringify({ environments: { development: { migrations: ['000003_seed.up.sql'] } }, current_environment: 'development' }),
    project: JSON.stringify({ max_dependency_depth: 4 }),
  };

  beforeAll(() => {
    root = tempDir('json');
    mkdirSync(path.join(mig(), 'common'), { recursive: true });
    mkdirSync(path.join(mig(), 'development'), { recursive: true });
    const sql = { '000001_init': 'CREATE TABLE svc_a.t (id bigint);', '000002_more': 'ALTER TABLE svc_a.t ADD COLUMN a text;' };
    for (const [name, up] of Object.entries(sql)) {
      writeFileSync(path.join(mig(), 'common', `${name}.up.sql`), up + '\n');
      writeFileSync(path.join(mig(), 'common', `${name}.down.sql`), 'SELECT 1;\n');
    }
    writeFileSync(path.join(mig(), 'development', '000003_seed.up.sql'), "INSERT INTO svc_a.t (a) VALUES ('x');\n");
    writeFileSync(path.join(mig(), 'development', '000003_seed.down.sql'), "DELETE FROM svc_a.t WHERE a = 'x';\n");
  });
  afterAll(() => removeDir(root));

  test(
    'exits 0, 1 or 2 without a stack trace; every finding located; Object.prototype untouched',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('dependencies', 'environments', 'project') as fc.Arbitrary<keyof typeof targets>, fc.oneof({ weight: 12, arbitrary: configText }, { weight: 1, arbitrary: huge }), fc.constantFrom('json', 'text'), async (which, text, format) => {
          for (const k of Object.keys(targets) as Array<keyof typeof targets>) writeFileSync(targets[k](), k === which ? text : valid[k]);
          const run = await cli(['validate', '--root', root, '--format', format]);
          expect([0, 1, 2]).toContain(run.code);
          expect(run.stderr).not.toMatch(STACK_TRACE);
          assertNoPollution();
          if (run.code === 2) {
            // Only an unusable invocation may end with 2, and it says why.
            expect(run.stderr.trim()).not.toBe('');
            return;
          }
          if (format !== 'json') return;
          const report = JSON.parse(run.stdout) as { findings: Finding[] };
          const configFile = path.relative(root, targets[which]()).split(path.sep).join('/');
          const lines = text.split('\n');
          for (const f of report.findings) {
            expect(locationProblems(f, f.file === configFile ? lines : undefined)).toEqual([]);
            if (f.rule === 'config-invalid-json' || f.rule === 'config-schema') expect(f.line).toBeDefined();
          }
        }),
        { ...params('jsonCli'), timeout: 30_000 },
      );
    },
    timeoutFor('jsonCli'),
  );
});
