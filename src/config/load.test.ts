import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstInvalidUtf8 } from '../core/utf8.js';
import { decodeUtf8, loadJsonFile, loadProjectConfig, parseJsonFile, type SchemaName } from './load.js';
import { validatorFor } from './schemas.js';
import { MIGRATION_ID } from './sanitize.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const broken = (c: string, file = 'dependencies.json'): string => path.join(FIXTURES, 'broken', c, 'services/svc-a/migrations', file);

type Expected = [rule: string, severity: string, line: number, column: number, message: RegExp];

describe('loadJsonFile on the valid fixtures', () => {
  const files: [string, SchemaName][] = [
    ['services/user-service/migrations/dependencies.json', 'dependencies'],
    ['services/user-service/migrations/environments.json', 'environments'],
    ['services/dynamic-service/migrations/dependencies.json', 'dependencies'],
    ['services/notification-service/migrations/dependencies.json', 'dependencies'],
    ['svc-migrate.json', 'svc-migrate'],
  ];
  test.each(files)('%s has no findings', (rel, schema) => {
    const r = loadJsonFile(path.join(FIXTURES, rel), rel, schema);
    expect(r.findings).toEqual([]);
    expect(r.loaded?.file).toBe(rel);
  });

  test.each(files)('%s names its schema with a "$schema" path that exists', (rel, schema) => {
    const abs = path.join(FIXTURES, rel);
    const ref = (JSON.parse(readFileSync(abs, 'utf8')) as { $schema: string }).$schema;
    const target = path.resolve(path.dirname(abs), ref);
    expect(path.basename(target)).toBe(`${schema}.schema.json`);
    expect(existsSync(target)).toBe(true);
  });

  test('the typed value keeps every well-typed field', () => {
    const rel = 'services/notification-service/migrations/dependencies.json';
    const r = loadJsonFile(path.join(FIXTURES, rel), rel, 'dependencies');
    expect(r.loaded?.value.migrations['000001']).toEqual({
      description: 'Create the notifications table, keyed by user-service user ids',
      depends_on: [],
      affects_tables: ['notification_service.notifications'],
      estimated_duration: '5s',
      risk_level: 'low',
      rollback_safe: true,
      cross_service_dependencies: { 'user-service': ['000001'] },
    });
  });
});

describe('loadJsonFile on broken fixtures', () => {
  const cases: [string, string, SchemaName, Expected[]][] = [
    ['truncated-json', 'dependencies.json', 'dependencies', [['config-invalid-json', 'error', 4, 39, /Unexpected end of file: expected ',' or '\]'/]]],
    ['trailing-comma', 'dependencies.json', 'dependencies', [['config-invalid-json', 'error', 4, 40, /Trailing comma/]]],
    ['not-an-object', 'dependencies.json', 'dependencies', [['config-schema', 'error', 1, 1, /^\$: must be object, not an array/]]],
    [
      'wrong-types',
      'dependencies.json',
      'dependencies',
      [
        ['config-schema', 'error', 3, 16, /^\$\.migrations\.000001\.description: must be string, not number 42$/],
        ['config-schema', 'error', 3, 35, /^\$\.migrations\.000001\.depends_on: must be array, not the string "none"$/],
        ['config-schema', 'error', 3, 76, /^\$\.migrations\.000001\.affects_tables\[0\]: must be string/],
        ['config-schema', 'error', 3, 79, /^\$\.migrations\.000001\.affects_tables\[1\]: must be string/],
        ['config-schema', 'error', 3, 83, /^\$\.migrations\.000001\.estimated_duration: must be string/],
        ['config-schema', 'error', 4, 16, /^\$\.migrations\.000001\.risk_level: must be one of "low", "medium", "high", "critical"$/],
        ['config-schema', 'error', 4, 41, /^\$\.migrations\.000001\.rollback_safe: must be boolean/],
        ['config-schema', 'error', 4, 65, /^\$\.migrations\.000001\.environment: must be string, not an array$/],
        ['config-schema', 'error', 5, 47, /^\$\.migrations\.000001\.cross_service_dependencies\.svc-b: must be array/],
        ['config-schema', 'error', 6, 31, /^\$\.migrations\.000002\.depends_on\[0\]: must be string/],
        ['config-schema', 'error', 7, 5, /^\$\.migrations\.000003: must be object/],
        ['config-schema', 'error', 8, 5, /^\$\.migrations\.abc: "abc" is not a migration id/],
        ['config-schema', 'error', 10, 3, /^\$\.extra: unknown key "extra"$/],
      ],
    ],
    [
      'wrong-types',
      'environments.json',
      'environments',
      [
        ['config-schema', 'error', 3, 21, /^\$\.environments\.development\.description: must be string/],
        ['config-schema', 'error', 3, 39, /^\$\.environments\.development\.migrations: must be array/],
        ['config-schema', 'error', 3, 85, /^\$\.environments\.development\.config\.allow_destructive_operations: must be boolean/],
        ['config-schema', 'error', 3, 123, /^\$\.environments\.development\.config\.require_approval: must be boolean/],
        ['config-schema', 'error', 4, 5, /^\$\.environments\.production: must be object, not an array$/],
        ['config-schema', 'error', 6, 3, /^\$\.current_environment: must be string, not number 7$/],
      ],
    ],
    [
      'environments-semantic',
      'environments.json',
      'environments',
      [
        ['config-schema', 'error', 6, 56, /maintenance_window\.start: must match pattern/],
        ['config-schema', 'error', 6, 90, /maintenance_window\.timezone: "Mars\/Olympus" is not an IANA time zone/],
        ['config-schema', 'error', 9, 28, /staging\.config: maintenance_window_required is true but no maintenance_window/],
        ['config-schema', 'error', 11, 3, /^\$\.current_environment: "qa" is not an environment of this file \(production, staging\)$/],
      ],
    ],
    [
      'proto-keys',
      'dependencies.json',
      'dependencies',
      [
        ['config-schema', 'error', 1, 2, /^\$\.__proto__: unknown key/],
        ['config-schema', 'error', 1, 50, /^\$\.migrations\.__proto__: "__proto__" is not a migration id/],
        ['config-schema', 'error', 1, 86, /^\$\.migrations\.constructor: "constructor" is not a migration id/],
        ['config-schema', 'error', 1, 156, /^\$\.migrations\.000002\.__proto__: unknown key/],
      ],
    ],
    ['duplicate-keys', 'dependencies.json', 'dependencies', [['config-schema', 'warning', 5, 5, /duplicate key "000002"/]]],
  ];
  test.each(cases)('%s/%s', (c, file, schema, expected) => {
    const r = loadJsonFile(broken(c, file), file, schema);
    expect(r.findings.map((f) => [f.rule, f.severity, f.line, f.column, f.message])).toEqual(
      expected.map(([rule, severity, line, column, message]) => [rule, severity, line, column, expect.stringMatching(message)]),
    );
    for (const f of r.findings) expect(f.file).toBe(file);
  });

  test('bad-project-config keys are reported at their lines', () => {
    const abs = path.join(FIXTURES, 'broken/bad-project-config/svc-migrate.json');
    const r = loadJsonFile(abs, 'svc-migrate.json', 'svc-migrate');
    expect(r.findings.map((f) => [f.line, f.message])).toEqual([
      [2, '$.pg_version: must be integer, not the string "15"'],
      [3, '$.max_dependency_depth: must be >= 1'],
      [4, '$.rules.drop-cascade: must be one of "off", "error", "warning", "info"'],
      [5, '$.services: must be array, not the string "services/*"'],
      [6, '$.unknown: unknown key "unknown"'],
    ]);
  });
});

describe('the typed value drops what has the wrong type', () => {
  test('wrong-types dependencies', () => {
    const r = loadJsonFile(broken('wrong-types'), 'd.json', 'dependencies');
    expect(r.loaded?.value).toEqual({
      migrations: {
        '000001': { affects_tables: [], cross_service_dependencies: {} },
        '000002': { depends_on: [] },
        '000003': {},
      },
    });
  });

  test('wrong-types environments', () => {
    const r = loadJsonFile(broken('wrong-types', 'environments.json'), 'e.json', 'environments');
    expect(r.loaded?.value).toEqual({ environments: { development: { config: {} }, production: {} } });
  });

  test('an invalid maintenance window is dropped whole', () => {
    const r = loadJsonFile(broken('environments-semantic', 'environments.json'), 'e.json', 'environments');
    expect(r.loaded?.value.environments.production).toEqual({ config: { maintenance_window_required: true } });
  });

  test('maps have no prototype, so lookups of Object.prototype names find nothing', () => {
    const r = loadJsonFile(broken('proto-keys'), 'd.json', 'dependencies');
    const migrations = r.loaded!.value.migrations;
    expect(Object.keys(migrations)).toEqual(['000001', '000002']);
    expect(migrations['constructor']).toBeUndefined();
    expect(migrations['__proto__']).toBeUndefined();
    expect(migrations['000002']).toEqual({ depends_on: ['000001'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a good maintenance window survives', () => {
    const r = parseJsonFile(
      JSON.stringify({
        environments: {
          production: {
            config: { maintenance_window_required: true, maintenance_window: { days: ['sat', 'sun'], start: '22:00', end: '02:00', timezone: 'Europe/Berlin' } },
          },
        },
        current_environment: 'production',
      }),
      'e.json',
      'environments',
    );
    expect(r.findings).toEqual([]);
    expect(r.loaded?.value.environments.production?.config?.maintenance_window).toEqual({
      days: ['sat', 'sun'],
      start: '22:00',
      end: '02:00',
      timezone: 'Europe/Berlin',
    });
  });

  test('an empty window is a warning', () => {
    const r = parseJsonFile('{"environments": {"p": {"config": {"maintenance_window": {"start": "02:00", "end": "02:00"}}}}}', 'e.json', 'environments');
    expect(r.findings.map((f) => [f.severity, f.line, f.column])).toEqual([['warning', 1, 36]]);
  });
});

describe('bytes that are not JSON text', () => {
  const cases: [string, Buffer, number, number, RegExp][] = [
    ['a NUL byte', Buffer.from('{"a":\n 1\u0000}'), 2, 3, /not a text file \(a NUL byte at line 2, column 3\)/],
    ['Latin-1 text', Buffer.concat([Buffer.from('{"caf'), Buffer.from([0xe9]), Buffer.from('": 1}')]), 1, 6, /not UTF-8 text \(invalid byte 0xe9/],
    ['an overlong encoding', Buffer.from([0x7b, 0x0a, 0xc0, 0xaf, 0x7d]), 2, 1, /not UTF-8/],
    ['a UTF-16 surrogate in UTF-8', Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]), 1, 2, /not UTF-8/],
    ['a truncated multi-byte character', Buffer.from([0x22, 0xe2, 0x82]), 1, 2, /not UTF-8/],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 1, 1, /not UTF-8/],
  ];
  test.each(cases)('%s is config-invalid-json', (_name, bytes, line, column, message) => {
    const r = parseJsonFile(bytes, 'x.json', 'dependencies');
    expect(r.loaded).toBeUndefined();
    expect(r.findings).toEqual([
      { rule: 'config-invalid-json', severity: 'error', message: expect.stringMatching(message), file: 'x.json', line, column },
    ]);
  });

  test('multi-byte text before a bad byte counts as characters', () => {
    const bytes = Buffer.concat([Buffer.from('{"é😀'), Buffer.from([0xff])]);
    expect(decodeUtf8(bytes)).toEqual({ error: expect.objectContaining({ line: 1, column: 5 }) });
  });

  test('valid UTF-8 of every width passes', () => {
    expect(firstInvalidUtf8(Buffer.from('aé€😀'))).toBe(-1);
  });

  test('a UTF-8 byte-order mark is accepted', () => {
    const r = parseJsonFile(Buffer.from('\ufeff{"migrations": {}}'), 'x.json', 'dependencies');
    expect(r.findings).toEqual([]);
  });
});

describe('files on disk', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'svc-migrate-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a missing file is a finding, not an exception', () => {
    const r = loadJsonFile(path.join(dir, 'nope.json'), 'nope.json', 'dependencies');
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'config-invalid-json', file: 'nope.json' })]);
  });

  test('a 10 MB file of one deep value is a finding', () => {
    const abs = path.join(dir, 'big.json');
    writeFileSync(abs, '['.repeat(10 * 1024 * 1024));
    const r = loadJsonFile(abs, 'big.json', 'dependencies');
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'config-invalid-json', line: 1, column: 513 })]);
  });

  test('loadProjectConfig fills defaults when there is no file', () => {
    const r = loadProjectConfig(dir);
    expect(r).toEqual({
      config: { pg_version: 15, max_dependency_depth: 4, slow_threshold_ms: 30000, rules: {}, environments: {}, services: ['services/*'] },
      findings: [],
    });
  });

  test('loadProjectConfig keeps defaults for ill-typed keys and reads the rest', () => {
    writeFileSync(
      path.join(dir, 'svc-migrate.json'),
      '{"pg_version": "16", "max_dependency_depth": 6, "rules": {"drop-cascade": "off", "x-y": "loud"}, "environments": {"production": {"rules": {"drop-cascade": "error"}}}}',
    );
    const r = loadProjectConfig(dir);
    expect(r.config).toEqual({
      pg_version: 15,
      max_dependency_depth: 6,
      slow_threshold_ms: 30000,
      rules: { 'drop-cascade': 'off' },
      environments: { production: { rules: { 'drop-cascade': 'error' } } },
      services: ['services/*'],
    });
    expect(r.file?.file).toBe('svc-migrate.json');
    expect(r.findings.map((f) => f.message)).toEqual([
      '$.pg_version: must be integer, not the string "16"',
      // The rule ids svc-migrate.json accepts are generated from the registry (scripts/sync-rule-schema.mjs).
      '$.rules.x-y: unknown key "x-y"',
    ]);
  });

  test('loadProjectConfig on the fixtures', () => {
    const r = loadProjectConfig(FIXTURES);
    expect(r.findings).toEqual([]);
    expect(r.config.services).toEqual(['services/*']);
  });
});

describe('schemas', () => {
  test.each(['dependencies', 'environments', 'svc-migrate'] as const)('%s compiles once', (name) => {
    expect(validatorFor(name)).toBe(validatorFor(name));
  });

  test('"$schema" is allowed in every file', () => {
    expect(validatorFor('dependencies')({ $schema: 'x', migrations: {} })).toBe(true);
    expect(validatorFor('environments')({ $schema: 'x' })).toBe(true);
    expect(validatorFor('svc-migrate')({ $schema: 'x' })).toBe(true);
  });

  test('estimated_duration takes Go-style durations', () => {
    const v = validatorFor('dependencies');
    for (const d of ['45s', '10m', '1h30m', '500ms', '1.5h']) expect(v({ migrations: { '1': { estimated_duration: d } } })).toBe(true);
    for (const d of ['45', 'two minutes', '']) expect(v({ migrations: { '1': { estimated_duration: d } } })).toBe(false);
  });

  test('"common" and "hooks" cannot be environment names', () => {
    const r = parseJsonFile('{"environments": {\n "common": {}}}', 'e.json', 'environments');
    expect(r.findings.map((f) => [f.line, f.column, f.message])).toEqual([[2, 2, '$.environments.common: "common" is a reserved name and cannot be used here']]);
  });

  test('a misspelt key gets a suggestion', () => {
    const r = parseJsonFile('{"migrations": {"1": {"depends-on": []}}}', 'd.json', 'dependencies');
    expect(r.findings.map((f) => f.message)).toEqual(['$.migrations.1.depends-on: unknown key "depends-on" (did you mean "depends_on"?)']);
  });

  test.each([
    ['a typo in a rule id', '{"rules": {"drop-cascdae": "off"}}', '$.rules.drop-cascdae: unknown key "drop-cascdae" (did you mean "drop-cascade"?)'],
    ['a typo in an environment\'s rules', '{"environments": {"production": {"rules": {"delete-withuot-where": "off"}}}}', '$.environments.production.rules.delete-withuot-where: unknown key "delete-withuot-where" (did you mean "delete-without-where"?)'],
    ['nothing close', '{"rules": {"x-y": "off"}}', '$.rules.x-y: unknown key "x-y"'],
    ['a typo in a top-level key', '{"pg_verison": 16}', '$.pg_verison: unknown key "pg_verison" (did you mean "pg_version"?)'],
  ])('%s', (_what, text, message) => {
    expect(parseJsonFile(text, 'svc-migrate.json', 'svc-migrate').findings.map((f) => f.message)).toEqual([message]);
  });

  test('a graph or file finding under rules is named as such, not as unknown', () => {
    const r = parseJsonFile('{"rules": {"dependency-cycle": "off"}, "environments": {"ci": {"rules": {"missing-down": "info"}}}}', 'svc-migrate.json', 'svc-migrate');
    expect(r.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^\$\.rules\.dependency-cycle: "dependency-cycle" is a finding about files, configs or the dependency graph, and its severity is fixed/),
      expect.stringMatching(/^\$\.environments\.ci\.rules\.missing-down: "missing-down" is a finding about files/),
    ]);
  });
});

describe('random bytes never throw', () => {
  test.each(['dependencies', 'environments', 'svc-migrate'] as const)('%s', (schema) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const r = parseJsonFile(Buffer.from(bytes), 'x.json', schema);
        for (const f of r.findings) expect(['config-invalid-json', 'config-schema']).toContain(f.rule);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  test('random JSON values of the wrong shape give findings and a typed value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        const r = parseJsonFile(JSON.stringify({ migrations: { '000001': v, '2': { depends_on: v, cross_service_dependencies: v } } }), 'x.json', 'dependencies');
        const entry = r.loaded!.value.migrations['2']!;
        if (entry.depends_on) for (const d of entry.depends_on) expect(d).toMatch(MIGRATION_ID);
        if (entry.cross_service_dependencies) {
          for (const ids of Object.values(entry.cross_service_dependencies)) expect(Array.isArray(ids)).toBe(true);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
