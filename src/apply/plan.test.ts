import { formatPlanText, planUp, type PlanOptions } from './plan.js';
import { appliedMap, fakeRepo, type FakeMigration } from '../../tests/helpers/fake-repo.js';

type Services = Record<string, FakeMigration[]>;

const users: FakeMigration[] = [
  { id: '000001', depends_on: [] },
  { id: '000002', depends_on: ['000001'] },
  { id: '000003', depends_on: ['000001'], folder: 'development' },
  { id: '000004', depends_on: ['000002'], folder: 'staging' },
];
const notifications: FakeMigration[] = [
  { id: '000001', depends_on: [], cross_service_dependencies: { users: ['000001'] } },
  { id: '000002', depends_on: ['000001'] },
];

interface Case {
  name: string;
  services: Services;
  env?: string;
  applied?: Record<string, string[]>;
  opts?: PlanOptions;
  /** `service id` in execution order. */
  steps: string[];
  levels?: string[][];
  /** `service id` of blocked steps, with a fragment of the reason. */
  blocked?: [string, string][];
}

const cases: Case[] = [
  {
    name: 'orders by depends_on, not by id',
    services: { a: [{ id: '1', depends_on: ['3'] }, { id: '2', depends_on: [] }, { id: '3', depends_on: ['2'] }] },
    steps: ['a 2', 'a 3', 'a 1'],
  },
  {
    name: 'breaks ties by numeric id (10 after 9)',
    services: { a: [{ id: '10', depends_on: [] }, { id: '9', depends_on: [] }, { id: '11', depends_on: ['9'] }] },
    steps: ['a 9', 'a 10', 'a 11'],
  },
  {
    name: 'filters by environment folder',
    services: { users },
    env: 'staging',
    steps: ['users 000001', 'users 000002', 'users 000004'],
  },
  {
    name: 'development gets its own folder only',
    services: { users },
    env: 'development',
    steps: ['users 000001', 'users 000002', 'users 000003'],
  },
  {
    name: 'skips applied migrations',
    services: { users },
    applied: { users: ['000001'] },
    steps: ['users 000002', 'users 000003'],
  },
  {
    name: 'puts a service after the services it needs',
    services: { notifications, users },
    steps: ['users 000001', 'users 000002', 'users 000003', 'notifications 000001', 'notifications 000002'],
    levels: [['users'], ['notifications']],
  },
  {
    name: 'a prerequisite applied already puts both services on level 0',
    services: { notifications, users },
    applied: { users: ['000001'] },
    steps: ['notifications 000001', 'notifications 000002', 'users 000002', 'users 000003'],
    levels: [['notifications', 'users']],
  },
  {
    name: 'blocks a step whose cross-service prerequisite is not part of the run, and its dependents',
    services: { notifications, users },
    opts: { services: ['notifications'] },
    steps: [],
    blocked: [
      ['notifications 000001', 'users 000001, which is not applied and users is not part of this run'],
      ['notifications 000002', 'depends on notifications 000001, which is blocked'],
    ],
  },
  {
    name: 'a cross-service prerequisite that does not apply in the environment blocks',
    services: {
      users,
      notifications: [{ id: '000001', depends_on: [], cross_service_dependencies: { users: ['000003'] } }],
    },
    env: 'production',
    steps: ['users 000001', 'users 000002'],
    blocked: [['notifications 000001', 'users 000003, which is not applied and not planned in production']],
  },
  {
    name: 'a prerequisite applied already is fine even when its service is not part of the run',
    services: { notifications, users },
    applied: { users: ['000001'] },
    opts: { services: ['notifications'] },
    steps: ['notifications 000001', 'notifications 000002'],
  },
  {
    name: 'a cycle between services blocks the side that would wait on itself',
    services: {
      a: [{ id: '1', depends_on: [], cross_service_dependencies: { b: ['1'] } }],
      b: [{ id: '1', depends_on: [], cross_service_dependencies: { a: ['1'] } }],
    },
    steps: [],
    blocked: [
      ['b 1', 'a 1, which is planned in the same or a later level'],
      ['a 1', 'b 1, which is blocked'],
    ],
  },
  {
    name: 'a missing depends_on blocks',
    services: { a: [{ id: '1', depends_on: [] }, { id: '2', depends_on: ['7'] }] },
    steps: ['a 1'],
    blocked: [['a 2', 'depends on a 7, which is not applied and does not apply in development']],
  },
  {
    name: 'a missing up file blocks',
    services: { a: [{ id: '1', depends_on: [], up: false }] },
    steps: [],
    blocked: [['a 1', 'has no up file']],
  },
  {
    name: 'target stops at an id, inclusive',
    services: { users },
    opts: { target: '000002' },
    steps: ['users 000001', 'users 000002'],
  },
  {
    name: 'selects services',
    services: { users, b: [{ id: '1', depends_on: [] }] },
    opts: { services: ['b'] },
    steps: ['b 1'],
    levels: [['b']],
  },
  {
    name: 'three levels',
    services: {
      c: [{ id: '1', depends_on: [], cross_service_dependencies: { b: ['1'] } }],
      b: [{ id: '1', depends_on: [], cross_service_dependencies: { a: ['1'] } }],
      a: [{ id: '1', depends_on: [] }],
      d: [{ id: '1', depends_on: [] }],
    },
    steps: ['a 1', 'd 1', 'b 1', 'c 1'],
    levels: [['a', 'd'], ['b'], ['c']],
  },
];

describe('planUp', () => {
  test.each(cases)('$name', (c) => {
    const plan = planUp(fakeRepo(c.services), c.env ?? 'development', appliedMap(c.applied), c.opts);
    expect(plan.steps.map((s) => `${s.service} ${s.id}`)).toEqual(c.steps);
    if (c.levels) expect(plan.levels).toEqual(c.levels);
    for (const step of plan.steps) expect(plan.levels[step.level]).toContain(step.service);
    const blocked = plan.blocked.map((b) => `${b.service} ${b.id}`);
    expect(blocked).toEqual((c.blocked ?? []).map(([key]) => key));
    (c.blocked ?? []).forEach(([, fragment], i) => expect(plan.blocked[i]?.reason).toContain(fragment));
  });

  test('steps carry files, folder and dependencies', () => {
    const plan = planUp(fakeRepo({ notifications, users }), 'development', appliedMap());
    const step = plan.steps.find((s) => s.service === 'notifications' && s.id === '000001');
    expect(step).toEqual({
      service: 'notifications',
      id: '000001',
      name: 'm000001',
      folder: 'common',
      file: 'services/notifications/migrations/common/000001_m000001.up.sql',
      downFile: 'services/notifications/migrations/common/000001_m000001.down.sql',
      dependsOn: [],
      crossService: [{ service: 'users', id: '000001' }],
      level: 1,
    });
  });

  test('duplicate ids: the second is blocked, not applied twice', () => {
    const plan = planUp(
      fakeRepo({ a: [{ id: '1', depends_on: [] }, { id: '1', depends_on: [], name: 'other' }] }),
      'development',
      appliedMap(),
    );
    expect(plan.steps.map((s) => s.name)).toEqual(['m1']);
    expect(plan.blocked[0]?.reason).toContain('duplicate id');
  });

  test('text groups steps by level', () => {
    const text = formatPlanText(planUp(fakeRepo({ notifications, users }), 'development', appliedMap()));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Plan for development: 5 migration(s) to apply',
      'level 0: users',
      '  users 000001 m000001 (common)',
      '  users 000002 m000002 (common)',
    ]);
  });
});
