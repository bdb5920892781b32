import { jsonWithPositions, makeService } from './test-helpers.js';

describe('jsonWithPositions', () => {
  it('prints like JSON.stringify(v, null, 2) and locates keys and items', () => {
    const value = { migrations: { '000002': { depends_on: ['000001', '000003'] } } };
    const { text, positions } = jsonWithPositions(value);
    expect(text).toBe(JSON.stringify(value, null, 2));
    const lines = text.split('\n');
    const at = (ptr: string): string => {
      const p = positions.get(ptr)!;
      return lines[p.line - 1].slice(p.column - 1);
    };
    expect(at('/migrations/000002')).toMatch(/^"000002":/);
    expect(at('/migrations/000002/depends_on')).toMatch(/^"depends_on":/);
    expect(at('/migrations/000002/depends_on/1')).toBe('"000003"');
  });
});

describe('makeService', () => {
  it('builds migrations from file specs and attaches meta', () => {
    const s = makeService('user-service', {
      files: ['common/000001_init', 'development/000002_seed.up'],
      deps: { '000001': {} },
    });
    expect(s.migrations.map((m) => [m.id, m.folder, !!m.up, !!m.down])).toEqual([
      ['000001', 'common', true, true],
      ['000002', 'development', true, false],
    ]);
    expect(s.migrations[0].up?.file).toBe('services/user-service/migrations/common/000001_init.up.sql');
    expect(s.migrations[0].meta).toEqual({});
    expect(s.dependencies?.file).toBe('services/user-service/migrations/dependencies.json');
  });
});
