import { UsageError } from '../core/types.js';
import { planRollback, type AppliedRef, type RollbackSelection } from './rollback.js';
import { fakeRepo, type FakeMigration } from '../../tests/helpers/fake-repo.js';

const chain: FakeMigration[] = [
  { id: '000001', depends_on: [] },
  { id: '000002', depends_on: ['000001'] },
  { id: '000003', depends_on: ['000002'] },
];
const fanOut: FakeMigration[] = [
  { id: '000001', depends_on: [] },
  { id: '000002', depends_on: ['000001'] },
  { id: '000003', depends_on: ['000001'] },
];
const other: FakeMigration[] = [{ id: '000001', depends_on: [], cross_service_dependencies: { users: ['000002'] } }];

const applied = (service: string, ...ids: string[]): AppliedRef[] => ids.map((version) => ({ service, version }));

interface Case {
  name: string;
  services: Record<string, FakeMigration[]>;
  applied: AppliedRef[];
  selection: Omit<RollbackSelection, 'service'>;
  force?: boolean;
  /** Ids in execution order. */
  steps: string[];
  /** `id rule` of each refusal, with a fragment of its message. */
  refusals?: [string, string][];
}

const cases: Case[] = [
  {
    name: '--to: everything applied after the id, newest first',
    services: { users: chain },
    applied: applied('users', '000001', '000002', '000003'),
    selection: { to: '000001' },
    steps: ['000003', '000002'],
  },
  {
    name: '--to 0: everything',
    services: { users: chain },
    applied: applied('users', '000001', '000002', '000003'),
    selection: { to: '0' },
    steps: ['000003', '000002', '000001'],
  },
  {
    name: '--steps: the newest N',
    services: { users: chain },
    applied: applied('users', '000001', '000002', '000003'),
    selection: { steps: 2 },
    steps: ['000003', '000002'],
  },
  {
    name: '--steps larger than what is applied: all of it',
    services: { users: chain },
    applied: applied('users', '000001'),
    selection: { steps: 5 },
    steps: ['000001'],
  },
  {
    name: 'newest follows depends_on, not only ids',
    services: { users: [{ id: '1', depends_on: ['2'] }, { id: '2', depends_on: [] }] },
    applied: applied('users', '1', '2'),
    selection: { steps: 1 },
    steps: ['1'],
  },
  {
    name: '--only: one migration nobody needs',
    services: { users: fanOut },
    applied: applied('users', '000001', '000002', '000003'),
    selection: { only: '000002' },
    steps: ['000002'],
  },
  {
    name: '--only a migration an applied one in this service depends on',
    services: { users: chain },
    applied: applied('users', '000001', '000002', '000003'),
    selection: { only: '000002' },
    steps: ['000002'],
    refusals: [['000002 rollback-dependent', 'needed by applied migration users 000003 (its depends_on)']],
  },
  {
    name: 'a dependent rolled back first in the same run is fine',
    services: { users: chain },
    applied: applied('users', '000001', '000002', '000003'),
    selection: { to: '000001' },
    steps: ['000003', '000002'],
  },
  {
    name: 'a dependent that is not applied does not count',
    services: { users: chain },
    applied: applied('users', '000001', '000003'),
    selection: { only: '000001' },
    steps: ['000001'],
  },
  {
    name: "another service's applied migration needs it",
    services: { users: chain, notes: other },
    applied: [...applied('users', '000001', '000002'), ...applied('notes', '000001')],
    selection: { steps: 1 },
    steps: ['000002'],
    refusals: [['000002 rollback-dependent', 'notes 000001 (its cross_service_dependencies): roll back notes 000001 first']],
  },
  {
    name: "another service's migration that is not applied does not block",
    services: { users: chain, notes: other },
    applied: applied('users', '000001', '000002'),
    selection: { steps: 1 },
    steps: ['000002'],
  },
  {
    name: 'rollback_safe false',
    services: { users: [{ id: '000001', depends_on: [], rollback_safe: false }] },
    applied: applied('users', '000001'),
    selection: { steps: 1 },
    steps: ['000001'],
    refusals: [['000001 rollback-unsafe', '"rollback_safe": false in services/users/migrations/dependencies.json']],
  },
  {
    name: 'no down file',
    services: { users: [{ id: '000001', depends_on: [], down: false }] },
    applied: applied('users', '000001'),
    selection: { steps: 1 },
    steps: ['000001'],
    refusals: [['000001 rollback-missing-down', 'has no down file']],
  },
  {
    name: 'an applied version without files',
    services: { users: chain },
    applied: applied('users', '000001', '000009'),
    selection: { steps: 1 },
    steps: ['000009'],
    refusals: [['000009 rollback-missing-down', 'no files in the repository']],
  },
  {
    name: 'a dirty service',
    services: { users: chain },
    applied: [{ service: 'users', version: '000001' }, { service: 'users', version: '000002', dirty: true }],
    selection: { steps: 1 },
    steps: ['000002'],
    refusals: [['000002 rollback-dirty', 'svc-migrate force --service users --version 000002 --clean']],
  },
  {
    name: '--force lists the refusals and overrides them',
    services: { users: [{ id: '000001', depends_on: [], rollback_safe: false }] },
    applied: applied('users', '000001'),
    selection: { steps: 1 },
    force: true,
    steps: ['000001'],
    refusals: [['000001 rollback-unsafe', 'rollback_safe']],
  },
  {
    name: 'nothing applied: nothing to do',
    services: { users: chain },
    applied: [],
    selection: { steps: 1 },
    steps: [],
  },
];

describe('planRollback', () => {
  test.each(cases)('$name', (c) => {
    const plan = planRollback(fakeRepo(c.services), 'development', c.applied, { service: 'users', ...c.selection }, {
      force: c.force ?? false,
    });
    expect(plan.steps.map((s) => s.id)).toEqual(c.steps);
    const want = c.refusals ?? [];
    expect(plan.refusals.map((r) => `${r.id} ${r.rule}`)).toEqual(want.map(([k]) => k));
    want.forEach(([, fragment], i) => expect(plan.refusals[i]?.message).toContain(fragment));
    expect(plan.forced).toBe((c.force ?? false) && plan.refusals.length > 0);
  });

  test('steps carry the down file', () => {
    const plan = planRollback(fakeRepo({ users: chain }), 'development', applied('users', '000001'), { service: 'users', steps: 1 }, { force: false });
    expect(plan.steps[0]?.downFile).toBe('services/users/migrations/common/000001_m000001.down.sql');
  });

  test.each<[string, Omit<RollbackSelection, 'service'>]>([
    ['no selection', {}],
    ['two selections', { to: '000001', steps: 1 }],
    ['--steps 0', { steps: 0 }],
    ['--only a migration that is not applied', { only: '000003' }],
  ])('usage error: %s', (_name, selection) => {
    expect(() =>
      planRollback(fakeRepo({ users: chain }), 'development', applied('users', '000001'), { service: 'users', ...selection }, { force: false }),
    ).toThrow(UsageError);
  });
});
