import { appliesIn, DEFAULT_SETTINGS, environmentSettings, environmentsOf, knownEnvironments, resolveEnvironment } from './environments.js';
import { UsageError } from '../core/types.js';
import type { EnvironmentEntry, Repo, Service } from './types.js';

function service(name: string, environments?: Record<string, EnvironmentEntry>, current?: string, folders: string[] = []): Service {
  const s: Service = {
    name,
    snake: name.replace(/-/g, '_'),
    dir: `services/${name}/migrations`,
    abs: `/r/services/${name}/migrations`,
    layout: 'folders',
    migrations: folders.map((folder, i) => ({ service: name, id: String(i + 1), name: 'm', folder })),
  };
  if (environments || current) {
    s.environments = {
      file: `${s.dir}/environments.json`,
      value: { environments: environments ?? {}, ...(current ? { current_environment: current } : {}) },
      positions: new Map(),
    };
  }
  return s;
}

describe('resolveEnvironment', () => {
  const repo = { services: [service('b-svc', { staging: {}, qa: {} }, 'staging'), service('a-svc', { production: {} }, 'production'), service('c-svc')] };
  const cases: [string, Pick<Repo, 'services'>, string | undefined, NodeJS.ProcessEnv, string][] = [
    ['--env wins', repo, 'qa', { MIGRATION_ENV: 'staging' }, 'qa'],
    ['MIGRATION_ENV next', repo, undefined, { MIGRATION_ENV: 'staging' }, 'staging'],
    ['an empty flag or variable counts as absent', repo, '', { MIGRATION_ENV: '' }, 'production'],
    ['current_environment of the first service by name', repo, undefined, {}, 'production'],
    ['services without one are skipped', { services: [service('a'), service('b', { staging: {} }, 'staging')] }, undefined, {}, 'staging'],
    ['development by default', { services: [service('a')] }, undefined, {}, 'development'],
    ['no services', { services: [] }, undefined, {}, 'development'],
  ];
  test.each(cases)('%s', (_name, r, flag, env, expected) => {
    expect(resolveEnvironment(r, flag, env)).toBe(expected);
  });

  test.each([
    ['--env with a quote and a semicolon', "x'; DROP TABLE canary; --", {}],
    ['--env with a command substitution', '$(touch /tmp/pwned)', {}],
    ['--env with a newline', 'prod\nuction', {}],
    ['MIGRATION_ENV with a space', undefined, { MIGRATION_ENV: 'prod uction' }],
    ['MIGRATION_ENV with a path', undefined, { MIGRATION_ENV: '../etc' }],
  ])('refuses %s (UsageError)', (_name, flag, env) => {
    expect(() => resolveEnvironment(repo, flag, env)).toThrow(/is not an environment name/);
  });

  // A typo must never run with the defaults' fewer protections (spec section 1): from every source.
  test.each([
    ['--env prod', 'prod', {}, /--env "prod" is not an environment of this repository \(did you mean "production"\?\)/],
    ['MIGRATION_ENV=PRODUCTION', undefined, { MIGRATION_ENV: 'PRODUCTION' }, /MIGRATION_ENV "PRODUCTION" .*did you mean "production"/],
    ['--env staging typo', 'stagign', {}, /did you mean "staging"/],
    ['a name nothing resembles', 'zzzzzzzz', {}, /^(?!.*did you mean).*Known environments: development, staging, production, qa\./],
  ])('refuses the unknown environment of %s, naming the known ones', (_name, flag, env, message) => {
    expect(() => resolveEnvironment(repo, flag, env)).toThrow(UsageError);
    expect(() => resolveEnvironment(repo, flag, env)).toThrow(message);
  });

  test('an unknown current_environment is refused too; development is always known', () => {
    expect(() => resolveEnvironment({ services: [service('a', { production: {} }, 'prod')] }, undefined, {})).toThrow(
      /current_environment "prod" in environments.json is not an environment.*did you mean "production"/,
    );
    expect(resolveEnvironment({ services: [service('a')] }, 'development', {})).toBe('development');
    expect(() => resolveEnvironment({ services: [service('a')] }, 'staging', {})).toThrow(/Known environments: development\./);
  });

  test('the Action input is named as such', () => {
    expect(() => resolveEnvironment(repo, 'prd', {}, 'the Action input environment')).toThrow(/^the Action input environment "prd"/);
  });
});

describe('environmentSettings', () => {
  const s = service('a', {
    production: {
      config: {
        allow_destructive_operations: false,
        require_approval: true,
        maintenance_window_required: true,
        maintenance_window: { start: '02:00', end: '04:00' },
      },
    },
    staging: {},
  });
  const cases: [string, Service, string, Partial<typeof DEFAULT_SETTINGS>][] = [
    ['configured keys over defaults', s, 'production', { allow_destructive_operations: false, require_approval: true, maintenance_window_required: true }],
    ['an entry without config', s, 'staging', {}],
    ['an unknown environment', s, 'qa', {}],
    ['no environments.json', service('b'), 'production', {}],
    ['a name on Object.prototype', s, 'constructor', {}],
  ];
  test.each(cases)('%s', (_name, svc, env, overrides) => {
    const got = environmentSettings(svc, env);
    const { maintenance_window: _w, ...switches } = got;
    expect(switches).toEqual({ ...DEFAULT_SETTINGS, ...overrides });
  });

  test('the maintenance window comes along', () => {
    expect(environmentSettings(s, 'production').maintenance_window).toEqual({ start: '02:00', end: '04:00' });
  });

  test('spec defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      allow_destructive_operations: true,
      skip_validation: false,
      auto_rollback_on_failure: false,
      require_approval: false,
      maintenance_window_required: false,
      backup_required: false,
    });
  });
});

describe('where migrations apply', () => {
  const cases: [string, string, boolean][] = [
    ['common', 'production', true],
    ['common', 'anything', true],
    ['development', 'development', true],
    ['development', 'production', false],
  ];
  test.each(cases)('%s/ in %s: %s', (folder, env, expected) => {
    expect(appliesIn({ folder }, env)).toBe(expected);
  });

  test('environmentsOf', () => {
    const all = ['development', 'staging', 'production'];
    expect(environmentsOf({ name: 'a' }, { folder: 'common' }, all)).toEqual(all);
    expect(environmentsOf({ name: 'a' }, { folder: 'staging' }, all)).toEqual(['staging']);
    expect(environmentsOf({ name: 'a' }, { folder: 'qa' }, all)).toEqual([]);
  });

  test('knownEnvironments: development, staging and production where known, then folders, environments.json keys and config, by name', () => {
    const repo = {
      services: [service('a', { qa: {}, production: {} }, undefined, ['common', 'perf']), service('b', undefined, undefined, ['demo'])],
      config: { pg_version: 15, max_dependency_depth: 4, slow_threshold_ms: 30000, rules: {}, environments: { canary: {} }, services: [] },
    };
    expect(knownEnvironments(repo)).toEqual(['development', 'production', 'canary', 'demo', 'perf', 'qa']);
  });
});
