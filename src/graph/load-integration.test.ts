/**
 * The graph over a Repo that loadRepo read from disk: positions from the real JSON loader must land findings on
 * the offending text of hand-written files.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadRepo } from '../repo/load.js';
import { checkGraph } from './check.js';
import { dependencyLines, orderService } from './order.js';

let root: string;

function write(rel: string, text: string): void {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'graph-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkGraph on a loaded repository', () => {
  it('locates a cycle and a missing dependency on their depends_on items', async () => {
    const dir = 'services/user-service/migrations';
    for (const [id, name] of [['000001', 'init'], ['000002', 'profiles'], ['000003', 'index']]) {
      write(`${dir}/common/${id}_${name}.up.sql`, 'SELECT 1;\n');
      write(`${dir}/common/${id}_${name}.down.sql`, 'SELECT 1;\n');
    }
    write(
      `${dir}/dependencies.json`,
      [
        '{',
        '  "migrations": {',
        '    "000001": { "depends_on": ["000003"] },',
        '    "000002": { "depends_on": ["000001"] },',
        '    "000003": { "depends_on": ["000002", "000042"] }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const repo = await loadRepo({ root });
    const findings = checkGraph(repo, 'development');
    expect(findings.map((f) => [f.rule, f.file, f.line, f.column, f.message])).toEqual([
      ['dependency-cycle', `${dir}/dependencies.json`, 3, 32, 'Circular dependency detected: 000001 -> 000003 -> 000002 -> 000001'],
      ['missing-dependency', `${dir}/dependencies.json`, 5, 42, '000003 depends on 000042, which is not a migration of user-service'],
    ]);
    expect(dependencyLines(repo.services[0])).toEqual(['000001: ["000003"]', '000002: ["000001"]', '000003: ["000002","000042"]']);
  });

  it('gives no orphan finding for a golang-migrate service without dependencies.json (spec 1a), and orders it by id', async () => {
    const dir = 'services/legacy/migrations';
    for (const id of ['1', '2', '10']) {
      write(`${dir}/${id}_step.up.sql`, 'SELECT 1;\n');
      write(`${dir}/${id}_step.down.sql`, 'SELECT 1;\n');
    }
    const repo = await loadRepo({ root });
    const findings = checkGraph(repo, 'development');
    expect(findings.map((f) => [f.rule, f.severity, f.file, f.line])).toEqual([]);
    expect(orderService(repo.services[0], 'production').map((m) => m.id)).toEqual(['1', '2', '10']);
  });

  it('adds nothing to a dependencies.json that does not parse', async () => {
    const dir = 'services/s/migrations';
    write(`${dir}/common/000001_a.up.sql`, 'SELECT 1;\n');
    write(`${dir}/common/000002_b.up.sql`, 'SELECT 1;\n');
    write(`${dir}/dependencies.json`, '{ "migrations": { "000001": { ');
    const repo = await loadRepo({ root });
    expect(repo.findings.some((f) => f.rule === 'config-invalid-json')).toBe(true);
    expect(checkGraph(repo, 'development')).toEqual([]);
  });
});
