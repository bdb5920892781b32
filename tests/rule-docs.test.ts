/**
 * Keeps rules, tests and docs paired: every registered rule has its table-driven test beside it, every doc page
 * belongs to a registered rule, and a doc's first paragraph is the rule's description (the scaffold and the SARIF
 * output rely on both saying the same thing). Ids are unique and kebab-case.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../src/rules/index.js';

const root = path.resolve(import.meta.dirname, '..');
const docsDir = path.join(root, 'docs/rules');

/** The first paragraph after the `# id` title. */
function firstParagraph(markdown: string): string {
  const body = markdown.replace(/^# .*\n+/, '');
  return body.split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ').trim();
}

describe('rule registry, tests and docs', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('has a test file beside every rule', () => {
    const missing = rules.filter((r) => !existsSync(path.join(root, 'src/rules', `${r.id}.test.ts`))).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('has no doc page for a rule that does not exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    const docs = existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)) : [];
    expect(docs.filter((d) => !ids.has(d))).toEqual([]);
  });

  for (const rule of rules) {
    const file = path.join(docsDir, `${rule.id}.md`);
    if (!existsSync(file)) continue;
    it(`docs/rules/${rule.id}.md starts with the rule's description and has the usual sections`, () => {
      const md = readFileSync(file, 'utf8');
      expect(md.startsWith(`# ${rule.id}\n`)).toBe(true);
      expect(firstParagraph(md)).toBe(rule.description);
      for (const section of ['## Problem', '## Solution', '## Example', '## Links']) expect(md).toContain(section);
    });
  }
});
