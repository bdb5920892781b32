/**
 * Issue #12: no recursion (or argument spread) whose depth grows with the input. 125,000 chained ids in one
 * dependencies.json, closed into a cycle, must give findings, not "Maximum call stack size exceeded".
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';

const N = 125_000;
const id = (i: number) => String(i).padStart(6, '0');

function deepRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'svcm-deep-'));
  const dir = join(root, 'services/s/migrations');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '000001_a.up.sql'), 'CREATE TABLE a (id int);\n');
  writeFileSync(join(dir, '000001_a.down.sql'), 'DROP TABLE a;\n');
  const migrations: Record<string, { depends_on: string[] }> = {};
  // 000001 -> 125000 -> 124999 -> ... -> 000001: one chain as long as the file, closed into a cycle.
  for (let i = 1; i <= N; i++) migrations[id(i)] = { depends_on: [id(i === 1 ? N : i - 1)] };
  writeFileSync(join(dir, 'dependencies.json'), JSON.stringify({ migrations }));
  return root;
}

describe('125,000 chained ids in dependencies.json', () => {
  const root = deepRepo();
  it.each([['validate'], ['deps'], ['plan']])('%s reports findings and does not overflow the stack', async (command) => {
    const r = await cli([command, '--root', root, '--format', 'json']);
    expect(r.stderr).not.toMatch(/internal error|call stack/);
    expect(r.code).toBe(1);
    if (command === 'validate') expect(r.stdout).toContain('"rule": "dependency-cycle"');
    else if (command === 'deps') expect(r.stdout + r.stderr).toMatch(/dependency-cycle|Circular dependency/);
    // plan: the only migration with a file waits for one that has none.
    else expect(r.stdout).toContain('"reason": "depends on s 125000, which is not applied and does not apply in development"');
  }, 180_000);
});
