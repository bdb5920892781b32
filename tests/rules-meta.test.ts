/**
 * Keeps the rule registry, the rule tests, the rule docs, the docs index and the config schema telling the same
 * story (typescript-eslint's meta-tests, for svc-migrate). Everything is read when the test runs, so a rule
 * added to src/rules/index.ts is checked without editing this file.
 *
 * Findings that are not SQL rules (the engine's own, the graph's, the loader's, apply-time refusals) have docs
 * too; they are listed in NON_SQL_RULES below, and each must really be emitted by the source.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../src/rules/index.js';
import { FILE_AND_GRAPH_FINDINGS } from '../src/core/finding-ids.js';
import { ENGINE_RULES } from '../src/lint/lint-file.js';
import { GRAPH_RULES } from '../src/graph/check.js';

const root = path.resolve(import.meta.dirname, '..');
const docsDir = path.join(root, 'docs/rules');
const schemaFile = path.join(root, 'schemas/svc-migrate.schema.json');
const SYNC = 'run `npx tsx scripts/sync-rule-schema.mjs` to rewrite it from the registry';
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Ids of findings that are not registered SQL rules but have a doc page, by where they come from. */
const NON_SQL_RULES: Record<string, readonly string[]> = {
  engine: ['sql-syntax', 'sql-encoding', 'empty-migration', 'plpgsql-syntax', 'ignore-unknown-rule', 'ignore-unused', 'ignore-malformed'],
  graph: [
    'dependency-cycle', 'missing-dependency', 'cross-service-dependency', 'orphan-migration', 'missing-migration-file',
    'environment-mismatch', 'environment-dependency', 'dependency-depth',
  ],
  files: [
    'missing-down', 'missing-up', 'duplicate-version', 'invalid-filename', 'filename-style', 'unknown-folder',
    'invalid-service-name', 'unreadable-path', 'config-invalid-json', 'config-schema',
  ],
  apply: [
    'checksum-mismatch', 'dirty-migration', 'migration-failed', 'apply-refused', 'rollback-mismatch', 'rollback-unsafe',
    'rollback-dependent', 'rollback-data-loss', 'rollback-missing-down', 'rollback-dirty', 'schema-drift',
  ],
};
const nonSqlIds = Object.values(NON_SQL_RULES).flat();

/** The first paragraph after the `# title`, with its line breaks folded. */
function firstParagraph(markdown: string): string {
  const body = markdown.replace(/^# .*\r?\n(\s*\r?\n)*/, '');
  return body.split(/\r?\n\s*\r?\n/)[0]!.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function docIds(): string[] {
  return readdirSync(docsDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Text of every non-test TypeScript file under src/, read once. */
const sourceTexts: { file: string; text: string }[] = (() => {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes(`${path.sep}test-`)) out.push({ file: path.relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(root, 'src'));
  return out;
})();

/** The catalog of descriptions names every id without emitting any. */
const DESCRIPTIONS = path.join('src', 'core', 'finding-descriptions.ts');

/** Source files (outside src/rules/ and the descriptions) that hold the id as a quoted string literal. */
function emitters(id: string): string[] {
  return sourceTexts
    .filter((s) => !s.file.startsWith(`src${path.sep}rules${path.sep}`) && s.file !== DESCRIPTIONS)
    .filter((s) => s.text.includes(`'${id}'`) || s.text.includes(`"${id}"`))
    .map((s) => s.file);
}

describe('rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('shares no id with the non-SQL findings', () => {
    expect(rules.map((r) => r.id).filter((id) => nonSqlIds.includes(id))).toEqual([]);
    expect(nonSqlIds.filter((id, i) => nonSqlIds.indexOf(id) !== i || !KEBAB.test(id))).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has a description, messages and help', (_id, rule) => {
    expect(rule.description.trim()).not.toBe('');
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    const empty = Object.entries(rule.messages).filter(([, m]) => m.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
    expect(rule.help.trim()).not.toBe('');
  });

  it('has a test file beside every rule', () => {
    const missing = rules.filter((r) => !existsSync(path.join(root, 'src/rules', `${r.id}.test.ts`))).map((r) => `src/rules/${r.id}.test.ts`);
    expect(missing).toEqual([]);
  });
});

describe('rule docs', () => {
  it('has a doc page for every registered rule', () => {
    const missing = rules.filter((r) => !existsSync(path.join(docsDir, `${r.id}.md`))).map((r) => `docs/rules/${r.id}.md`);
    expect(missing).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('docs/rules/%s.md starts with the rule description and states its severity', (id, rule) => {
    const file = path.join(docsDir, `${id}.md`);
    if (!existsSync(file)) return; // reported by the test above
    const md = readFileSync(file, 'utf8');
    expect(md.split('\n')[0]).toBe(`# ${id}`);
    expect(firstParagraph(md)).toBe(rule.description);
    expect(md).toContain(`Severity: ${rule.severity}`);
    expect(md).toContain(`svc-migrate-ignore ${id}`);
  });

  it('documents only registered rules or findings the source really emits', () => {
    const registered = new Set(rules.map((r) => r.id));
    const stray = docIds().filter((id) => !registered.has(id) && !nonSqlIds.includes(id));
    expect(stray).toEqual([]);
    const notEmitted = nonSqlIds.filter((id) => emitters(id).length === 0);
    expect(notEmitted).toEqual([]);
  });

  it('has a doc page for every non-SQL finding', () => {
    const have = new Set(docIds());
    expect(nonSqlIds.filter((id) => !have.has(id)).map((id) => `docs/rules/${id}.md`)).toEqual([]);
  });

  it('lists every id the engine and the graph export (they may be named in ignore comments)', () => {
    const known = [...Object.keys(ENGINE_RULES), ...GRAPH_RULES, ...FILE_AND_GRAPH_FINDINGS];
    expect(known.filter((id) => !nonSqlIds.includes(id))).toEqual([]);
  });

  it('has a doc for every literal `rule: \'...\'` id in the source', () => {
    const have = new Set(docIds());
    const found = new Set<string>();
    // `rule: 'x'` / `ruleId: 'x'` as an object property (at a line start or after `{`), not in comments.
    for (const s of sourceTexts) for (const m of s.text.matchAll(/(?:^\s*|\{\s*)rule(?:Id)?: '([a-z][a-z0-9-]*)'/gm)) found.add(m[1]!);
    for (const s of sourceTexts) for (const m of s.text.matchAll(/\bRULE = '([a-z][a-z0-9-]*)'/g)) found.add(m[1]!);
    expect([...found].filter((id) => !have.has(id)).sort()).toEqual([]);
  });

  it.each(Object.entries(ENGINE_RULES))('docs/rules/%s.md starts with the engine description', (id, meta) => {
    const file = path.join(docsDir, `${id}.md`);
    expect(existsSync(file)).toBe(true);
    const md = readFileSync(file, 'utf8');
    expect(firstParagraph(md)).toBe(meta.description);
    expect(md).toContain(`Severity: ${meta.severity}`);
  });

  it('every doc page has a title, the usual sections and a link', () => {
    const bad: string[] = [];
    for (const id of docIds()) {
      const md = readFileSync(path.join(docsDir, `${id}.md`), 'utf8');
      if (md.split('\n')[0] !== `# ${id}`) bad.push(`${id}: title`);
      for (const section of ['## Problem', '## Solution', '## Example', '## Links']) if (!md.includes(section)) bad.push(`${id}: ${section}`);
      if (!/Severity: (error|warning|info)/.test(md)) bad.push(`${id}: Severity line`);
    }
    expect(bad).toEqual([]);
  });
});

describe('docs/rules/README.md', () => {
  const readme = () => readFileSync(path.join(docsDir, 'README.md'), 'utf8');

  it('links every doc page, and only pages that exist', () => {
    const linked = new Set([...readme().matchAll(/\]\(\.?\/?([a-z0-9-]+)\.md\)/g)].map((m) => m[1]!));
    expect(docIds().filter((id) => !linked.has(id))).toEqual([]);
    expect([...linked].filter((id) => !existsSync(path.join(docsDir, `${id}.md`)))).toEqual([]);
  });

  it('gives each registered rule its severity', () => {
    const text = readme();
    const wrong = rules.filter((r) => !new RegExp(`\\[${r.id}\\]\\(${r.id}\\.md\\)\\s*\\|\\s*${r.severity}\\s*\\|`).test(text)).map((r) => `${r.id}: ${r.severity}`);
    expect(wrong).toEqual([]);
  });

  it('gives each registered rule the files it checks', () => {
    const text = readme();
    const files = (r: (typeof rules)[number]) => (r.direction === 'both' ? 'up, down' : r.direction);
    const wrong = rules.filter((r) => !new RegExp(`\\[${r.id}\\]\\(${r.id}\\.md\\)\\s*\\|[^|]*\\|\\s*${files(r)}\\s*\\|`).test(text)).map((r) => `${r.id}: ${files(r)}`);
    expect(wrong).toEqual([]);
  });
});

describe('docs/lint.md "Which rules see down files"', () => {
  // The section's first bullet lists the rules that see down files, the second the up-only ones.
  const section = readFileSync(path.join(root, 'docs/lint.md'), 'utf8').split('## Which rules see down files')[1]!.split('\n## ')[0]!;
  const bullets = section.split(/\n- /).slice(1);
  const ids = (bullet: string | undefined) => [...(bullet ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!).filter((id) => rules.some((r) => r.id === id)).sort();

  it('lists exactly the rules whose direction is both, then exactly the up-only ones', () => {
    for (const [i, direction] of [[0, 'both'], [1, 'up']] as const) {
      const listed = ids(bullets[i]);
      const want = rules.filter((r) => r.direction === direction).map((r) => r.id).sort();
      const missing = want.filter((id) => !listed.includes(id));
      const extra = listed.filter((id) => !want.includes(id));
      if (missing.length || extra.length) {
        throw new Error(`docs/lint.md "Which rules see down files", the ${direction === 'both' ? 'first' : 'second'} bullet (direction '${direction}'): ` +
          `add ${missing.join(', ') || 'nothing'}; remove ${extra.join(', ') || 'nothing'} (or change the rule's direction).`);
      }
    }
  });
});

describe('schemas/svc-migrate.schema.json', () => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as {
    $defs: { rules: { properties?: Record<string, unknown>; additionalProperties?: unknown; propertyNames?: unknown } };
  };

  it(`accepts exactly the ids whose severity the engine lets a config set (else ${SYNC})`, () => {
    // lintFile applies `severities` to registered rules and to the engine's own findings; graph, file and
    // config findings are not touched by it, so they are not configurable and not in the schema.
    const configurable = [...new Set([...rules.map((r) => r.id), ...Object.keys(ENGINE_RULES)])].sort();
    const listed = Object.keys(schema.$defs.rules.properties ?? {}).sort();
    const missing = configurable.filter((id) => !listed.includes(id));
    const extra = listed.filter((id) => !configurable.includes(id));
    if (missing.length || extra.length) {
      throw new Error(`The schema's rule ids are out of date (missing: ${missing.join(', ') || 'none'}; not configurable: ${extra.join(', ') || 'none'}): ${SYNC}.`);
    }
    expect(listed).toEqual(configurable);
  });

  it('rejects rule ids it does not list', () => {
    expect(schema.$defs.rules.additionalProperties).toBe(false);
  });
});
