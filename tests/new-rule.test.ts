import { jest } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendToRegistry, camelCase, main, planNewRule } from '../scripts/new-rule.js';

const REGISTRY = `import type { Rule } from './types.js';
import dropCascade from './drop-cascade.js';

export const rules: Rule[] = [
  dropCascade,
];
`;

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'new-rule-'));
  mkdirSync(join(root, 'src/rules'), { recursive: true });
  mkdirSync(join(root, 'docs/rules'), { recursive: true });
  writeFileSync(join(root, 'src/rules/index.ts'), REGISTRY);
  writeFileSync(join(root, 'src/rules/drop-cascade.ts'), '');
  return root;
}

describe('scripts/new-rule', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names the registry variable in camelCase', () => {
    expect(camelCase('ban-drop-column')).toBe('banDropColumn');
    expect(camelCase('prefer-bigint-over-int')).toBe('preferBigintOverInt');
  });

  it('appends the import after the last import and the entry before the closing bracket', () => {
    const out = appendToRegistry(REGISTRY, 'ban-thing', 'banThing')!;
    const lines = out.split('\n');
    expect(lines[2]).toBe("import banThing from './ban-thing.js';");
    expect(lines.slice(-3)).toEqual(['  banThing,', '];', '']);
    expect(out).toContain('  dropCascade,\n  banThing,');
  });

  it('plans the rule, its test, its doc and the registry', () => {
    const plan = planNewRule(root, 'ban-thing');
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.files.map((f) => f.path.slice(root.length + 1))).toEqual([
      'src/rules/ban-thing.ts', 'src/rules/ban-thing.test.ts', 'docs/rules/ban-thing.md', 'src/rules/index.ts',
    ]);
    const [rule, test, doc] = plan.files;
    expect(rule!.content).toContain("id: 'ban-thing'");
    expect(test!.content).toContain("import rule from './ban-thing.js';");
    expect(doc!.content.startsWith('# ban-thing\n')).toBe(true);
    // Three TODOs, one per file.
    expect(plan.files.slice(0, 3).map((f) => (f.content.match(/TODO \d\/3/g) ?? []).length)).toEqual([1, 1, 1]);
  });

  it('refuses an id that is not kebab-case', () => {
    for (const bad of ['BanThing', 'ban_thing', 'ban--thing', '-ban', 'ban-', '1ban']) {
      expect(planNewRule(root, bad)).toEqual({ error: expect.stringContaining('kebab-case') });
    }
  });

  it('refuses an id that already exists', () => {
    expect(planNewRule(root, 'drop-cascade')).toEqual({ error: expect.stringContaining('already exists') });
  });

  it('writes nothing with --dry-run, writes everything without it', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(main(['ban-thing', '--dry-run', '--root', root])).toBe(0);
      expect(existsSync(join(root, 'src/rules/ban-thing.ts'))).toBe(false);
      expect(readFileSync(join(root, 'src/rules/index.ts'), 'utf8')).toBe(REGISTRY);
      expect(main(['ban-thing', '--root', root])).toBe(0);
      expect(existsSync(join(root, 'src/rules/ban-thing.test.ts'))).toBe(true);
      expect(existsSync(join(root, 'docs/rules/ban-thing.md'))).toBe(true);
      expect(readFileSync(join(root, 'src/rules/index.ts'), 'utf8')).toContain("import banThing from './ban-thing.js';");
    } finally {
      write.mockRestore();
    }
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(main(['ban-thing', '--root', root])).toBe(2);
    } finally {
      err.mockRestore();
    }
  });
});
