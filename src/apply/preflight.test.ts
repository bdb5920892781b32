import { DEFAULT_SETTINGS } from '../repo/environments.js';
import type { EnvironmentSettings } from '../repo/types.js';
import type { PlanStep } from './plan.js';
import { holdBack, preflight, type PreflightInput } from './preflight.js';

const now = new Date('2026-11-25T03:00:00Z');
const svc = (name: string, settings: Partial<EnvironmentSettings> = {}) => ({ name, settings: { ...DEFAULT_SETTINGS, ...settings } });
const input = (over: Partial<PreflightInput>): PreflightInput => ({ command: 'up', environment: 'production', services: [svc('a')], flags: { approve: false, now }, ...over });
const rules = (over: Partial<PreflightInput>) => preflight(input(over)).refusals.map((r) => `${r.service ?? '*'} ${r.rule}`);

describe('preflight', () => {
  test.each([
    ['nothing to refuse', {}, []],
    ['approval, for every command', { services: [svc('a', { require_approval: true })] }, ['a approval-required']],
    ['approval given', { services: [svc('a', { require_approval: true })], flags: { approve: true, now } }, []],
    ['no window configured', { services: [svc('a', { maintenance_window_required: true })] }, ['a maintenance-window']],
    ['outside the window', { services: [svc('a', { maintenance_window_required: true, maintenance_window: { start: '04:00', end: '05:00' } })] }, ['a maintenance-window']],
    ['inside the window', { services: [svc('a', { maintenance_window_required: true, maintenance_window: { start: '02:00', end: '04:00' } })] }, []],
    ['a dirty row', { state: [{ service: 'a', version: '000002', dirty: true }] }, ['a dirty-service']],
    ['a dirty row of a service not in the run', { state: [{ service: 'z', version: '000002', dirty: true }] }, []],
    ['a changed checksum', { state: [{ service: 'a', version: '000001', dirty: false, checksumChanged: true }] }, ['a checksum-mismatch']],
    ['a blocked step', { blocked: [{ service: 'a', id: '000003', reason: 'needs b 000001' }] }, ['a blocked-migration']],
    ['validation errors, counted once a service', { findings: [{ rule: 'x', severity: 'error', message: 'm', service: 'a' }, { rule: 'y', severity: 'error', message: 'm', service: 'a' }, { rule: 'w', severity: 'warning', message: 'm', service: 'a' }] }, ['a validation-failed']],
    ['validation errors where skip_validation', { services: [svc('a', { skip_validation: true })], findings: [{ rule: 'x', severity: 'error', message: 'm', service: 'a' }] }, []],
    ['destructive-operation whatever skip_validation says', { services: [svc('a', { skip_validation: true })], findings: [{ rule: 'destructive-operation', severity: 'error', message: 'm', service: 'a' }] }, ['a destructive-operation']],
    ['a finding of no service stops the command', { findings: [{ rule: 'config-schema', severity: 'error', message: 'm' }] }, ['* validation-failed']],
  ] as [string, Partial<PreflightInput>, string[]][])('%s', (_name, over, expected) => {
    expect(rules(over)).toEqual(expected);
  });

  test('rollback: a destructive down needs --approve where destructive operations are forbidden; --force does not override it', () => {
    const base = { command: 'rollback' as const, services: [svc('a', { allow_destructive_operations: false })], destructiveDowns: [{ service: 'a', id: '000002', what: ['drops column a.t.c'] }] };
    expect(rules({ ...base, flags: { approve: false, force: true, now } })).toEqual(['a destructive-rollback']);
    expect(rules({ ...base, flags: { approve: true, now } })).toEqual([]);
    expect(rules({ ...base, services: [svc('a')] })).toEqual([]);
  });

  test('rollback: its own refusals stand unless --force', () => {
    const rollbackRefusals = [{ service: 'a', id: '000002', rule: 'rollback-data-loss' as const, message: 'drops rows' }];
    expect(rules({ command: 'rollback', rollbackRefusals })).toEqual(['a rollback-data-loss']);
    expect(rules({ command: 'rollback', rollbackRefusals, flags: { approve: false, force: true, now } })).toEqual([]);
  });

  test('dirty rows and checksums matter to up only; backup_required is reported, not refused', () => {
    const state = [{ service: 'a', version: '000002', dirty: true, checksumChanged: true }];
    expect(rules({ command: 'force', state })).toEqual([]);
    expect(preflight(input({ services: [svc('a', { backup_required: true }), svc('b')] })).backupRequired).toEqual(['a']);
  });
});

describe('holdBack', () => {
  const step = (service: string, id: string, needs: [string, string][] = []): PlanStep => ({
    service, id, name: 'm', folder: 'common', file: '', dependsOn: [], crossService: needs.map(([s, i]) => ({ service: s, id: i })), level: 0,
  });
  const steps = [step('a', '1'), step('b', '1'), step('c', '1', [['b', '1']]), step('d', '1', [['c', '1']]), step('e', '1', [['b', '0']])];

  test('a refused service stops itself and, transitively, the services that need its pending steps', () => {
    const r = holdBack(steps, [{ service: 'b', rule: 'dirty-service', message: '' }]);
    expect(r.steps.map((s) => s.service)).toEqual(['a', 'e']);
    expect(r.heldBack).toEqual([
      { service: 'b', reason: 'refused (dirty-service)' },
      { service: 'c', reason: 'needs b 1, and b is held back' },
      { service: 'd', reason: 'needs c 1, and c is held back' },
    ]);
  });

  test('a refusal of no service stops everything', () => {
    expect(holdBack(steps, [{ rule: 'validation-failed', message: '' }]).steps).toEqual([]);
  });
});
