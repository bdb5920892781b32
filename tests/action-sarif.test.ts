/**
 * SARIF as GitHub code scanning accepts it: every finding id svc-migrate can report has the rule metadata
 * GitHub's SARIF rules ask for (short and full description, help as text and Markdown with the doc link,
 * helpUri), from one catalog that agrees with docs/rules/<id>.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { OTHER_FINDINGS, ENGINE_HELP } from '../src/core/finding-descriptions.js';
import { FILE_AND_GRAPH_FINDINGS } from '../src/core/finding-ids.js';
import { countFindings, type Finding } from '../src/core/types.js';
import { GRAPH_RULES } from '../src/graph/check.js';
import { RULE_CATALOG } from '../src/lint/catalog.js';
import { ENGINE_RULES } from '../src/lint/lint-file.js';
import { buildSarif, HOMEPAGE } from '../src/report/sarif.js';
import { rules } from '../src/rules/index.js';

const root = path.resolve(import.meta.dirname, '..');
const docsDir = path.join(root, 'docs/rules');
const docIds = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));

/** `rule: 'x'` literals in the source: ids that findings are really reported under. */
function literalIds(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/(?:^\s*|\{\s*)rule(?:Id)?: '([a-z][a-z0-9-]*)'/gm)) found.add(m[1]!);
      }
    }
  };
  walk(path.join(root, 'src'));
  return [...found];
}

const known = [
  ...new Set([
    ...rules.map((r) => r.id),
    ...Object.keys(ENGINE_RULES),
    ...GRAPH_RULES,
    ...FILE_AND_GRAPH_FINDINGS,
    ...Object.keys(OTHER_FINDINGS),
    ...docIds,
    ...literalIds(),
  ]),
].sort();

function firstParagraph(markdown: string): string {
  const body = markdown.replace(/^# .*\r?\n(\s*\r?\n)*/, '');
  return body.split(/\r?\n\s*\r?\n/)[0]!.replace(/\s*\r?\n\s*/g, ' ').trim();
}

describe('SARIF rule metadata', () => {
  const catalog = new Map(RULE_CATALOG.map((r) => [r.id, r]));
  const findings: Finding[] = known.map((rule) => ({ rule, severity: 'warning', message: 'm', file: `f/${rule}.sql` }));
  const log = buildSarif({ version: 1, environment: 'development', findings, summary: { ...countFindings(findings), services: 1, migrations: 1, files: 1 } }, { rules: RULE_CATALOG });
  const descriptors = new Map(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r]));

  test('the catalog lists each id once', () => {
    const ids = RULE_CATALOG.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each(known)('%s has a description, help, and every field GitHub asks for', (id) => {
    const meta = catalog.get(id);
    expect(meta?.description.trim()).toBeTruthy();
    expect(meta?.help?.trim()).toBeTruthy();
    const d = descriptors.get(id)!;
    expect(d.shortDescription.text).not.toBe('');
    expect(d.fullDescription.text).toBe(meta!.description);
    expect(d.helpUri).toBe(`${HOMEPAGE}/blob/main/docs/rules/${id}.md`);
    expect(existsSync(path.join(docsDir, `${id}.md`))).toBe(true);
    expect(d.help.text).toContain(meta!.help!);
    expect(d.help.text).toContain(d.helpUri);
    expect(d.help.markdown).toContain(`](${d.helpUri})`);
  });

  test.each(Object.entries(OTHER_FINDINGS))('docs/rules/%s.md starts with the catalog description and states its severity', (id, meta) => {
    const md = readFileSync(path.join(docsDir, `${id}.md`), 'utf8');
    expect(firstParagraph(md)).toBe(meta.description);
    expect(md).toContain(`Severity: ${meta.severity}`);
  });

  test('the engine help covers exactly the engine findings', () => {
    expect(Object.keys(ENGINE_HELP).sort()).toEqual(Object.keys(ENGINE_RULES).sort());
  });

  test('whole-file findings are at line 1, so every result has a region', () => {
    for (const r of log.runs[0]!.results) expect(r.locations[0]!.physicalLocation.region.startLine).toBe(1);
  });
});
