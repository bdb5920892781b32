import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../core/types.js';
import { loadRepo } from '../repo/load.js';
import type { Service } from '../repo/types.js';
import { planBaseline } from './baseline.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'svcm-baseline-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function service(files: Record<string, string>): Promise<Service> {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'services/s/migrations', rel)), { recursive: true });
    writeFileSync(path.join(root, 'services/s/migrations', rel), text);
  }
  return (await loadRepo({ root })).services[0]!;
}

describe('planBaseline', () => {
  it("golang-migrate's single version covers every migration up to it, name ids included (harness)", async () => {
    const s = await service({ '0001_a.up.sql': 'SELECT 1;', '0001_b.up.sql': 'SELECT 1;', '0002_c.up.sql': 'SELECT 1;', '0003_d.up.sql': 'SELECT 1;' });
    const plan = planBaseline(s, 'development', { state: { table: 'schema_migrations', applied: [], upTo: '2' } });
    expect(plan.rows.map((r) => r.version)).toEqual(['0001_a', '0001_b', '0002_c']);
    expect(plan.rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  });

  it("refuses golang-migrate's dirty flag, and says what to pass when there is no table", async () => {
    const s = await service({ '1_a.up.sql': 'SELECT 1;' });
    expect(() => planBaseline(s, 'development', { state: { table: 'schema_migrations', applied: [], upTo: '1', dirty: true } })).toThrow(/dirty/);
    expect(() => planBaseline(s, 'development', {})).toThrow(UsageError);
  });

  it('ids the tool lists that have no file are reported, not recorded; goose versions match by number', async () => {
    const s = await service({ '00001_a.sql': '-- +goose Up\nSELECT 1;\n', '00002_b.sql': '-- +goose Up\nSELECT 1;\n' });
    const plan = planBaseline(s, 'development', { state: { table: 'goose_db_version', applied: ['1', '9'] } });
    expect(plan.rows.map((r) => r.version)).toEqual(['00001']);
    expect(plan.unknown).toEqual(['9']);
  });

  it('--version follows the source order (Flyway: 1.10 after 1.9)', async () => {
    const s = await service({ 'V1_9__a.sql': 'SELECT 1;', 'V1_10__b.sql': 'SELECT 1;', 'V2__c.sql': 'SELECT 1;' });
    expect(planBaseline(s, 'development', { version: '1.10' }).rows.map((r) => r.version)).toEqual(['1.9', '1.10']);
  });
});
