/**
 * Scaffolds a SQL rule: `npm run new-rule -- <rule-id> [--dry-run] [--root DIR]`.
 *
 * Writes src/rules/<id>.ts, src/rules/<id>.test.ts and docs/rules/<id>.md, each with a TODO to fill, and appends
 * the import and the entry to the registry (src/rules/index.ts). Refuses an id that is not kebab-case or that
 * already exists, so a typo never overwrites a rule. `--dry-run` prints the plan and writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One file the scaffold writes (or rewrites, for the registry). */
export interface PlannedFile {
  path: string;
  content: string;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `adding-field` -> `addingField`: the registry's variable name for a rule. */
export function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The files for a new rule under `root`, or an error message when the id is unusable. Pure apart from reading
 * the registry and checking which files exist.
 */
export function planNewRule(root: string, id: string): { files: PlannedFile[] } | { error: string } {
  if (!KEBAB.test(id)) return { error: `"${id}" is not a kebab-case rule id (lower-case words joined by "-", e.g. ban-drop-column).` };
  const rulePath = join(root, 'src/rules', `${id}.ts`);
  const testPath = join(root, 'src/rules', `${id}.test.ts`);
  const docPath = join(root, 'docs/rules', `${id}.md`);
  const registryPath = join(root, 'src/rules/index.ts');
  for (const p of [rulePath, testPath, docPath]) {
    if (existsSync(p)) return { error: `${p} already exists: rule "${id}" is taken. Pick another id or edit the existing rule.` };
  }
  if (!existsSync(registryPath)) return { error: `${registryPath} not found: run this from the repository root or pass --root.` };
  const registry = readFileSync(registryPath, 'utf8');
  const name = camelCase(id);
  if (registry.includes(`'./${id}.js'`)) return { error: `src/rules/index.ts already imports ./${id}.js.` };
  const updated = appendToRegistry(registry, id, name);
  if (!updated) return { error: 'src/rules/index.ts does not have the expected shape (imports, then `export const rules: Rule[] = [ ... ];`).' };

  const description = 'One sentence: what the rule finds and why it hurts a live database.';
  return {
    files: [
      { path: rulePath, content: ruleTemplate(id, description) },
      { path: testPath, content: testTemplate(id) },
      { path: docPath, content: docTemplate(id, description) },
      { path: registryPath, content: updated },
    ],
  };
}

/** The registry with one more import line (after the last import) and one more entry (before `];`). */
export function appendToRegistry(registry: string, id: string, name: string): string | undefined {
  const lines = registry.split('\n');
  let lastImport = -1;
  lines.forEach((l, i) => {
    if (l.startsWith('import ')) lastImport = i;
  });
  let close = -1;
  lines.forEach((l, i) => {
    if (l.trim() === '];') close = i;
  });
  if (lastImport < 0 || close < lastImport) return undefined;
  lines.splice(close, 0, `  ${name},`);
  lines.splice(lastImport + 1, 0, `import ${name} from './${id}.js';`);
  return lines.join('\n');
}

function ruleTemplate(id: string, description: string): string {
  return `import { nodeOf } from '../sql/ast.js';
import { createRule } from './types.js';

// TODO 1/3: fill description (equal to the doc's first paragraph), messages, help and check().
export default createRule({
  id: '${id}',
  description: '${description}',
  severity: 'warning',
  direction: 'up',
  messages: {
    problem: 'Why this statement hurts a live database (locks, rewrites, downtime).',
  },
  help: 'What to write instead.',
  check(ctx) {
    // Find the problem in ctx.stmt.node (libpg-query JSON, byte \`location\`s); report the narrowest range.
    const node = nodeOf(ctx.stmt.node, 'IndexStmt'); // the statement kind your rule inspects (typed from @pgsql/types)
    if (!node) return;
    ctx.report({ messageId: 'problem', start: ctx.stmt.start, end: ctx.stmt.end });
  },
});
`;
}

function testTemplate(id: string): string {
  return `import rule from './${id}.js';
import { runRuleTests } from './test-utils.js';

// TODO 2/3: real cases: valid SQL that must pass, invalid SQL with message id, line and column.
runRuleTests(rule, {
  valid: ['SELECT 1;'],
  invalid: [
    {
      code: 'TODO_SQL;',
      errors: [{ messageId: 'problem', line: 1, column: 1 }],
    },
  ],
});
`;
}

function docTemplate(id: string, description: string): string {
  return `# ${id}

${description}

<!-- TODO 3/3: problem, solution, example and links; keep the first paragraph equal to the rule's description. -->

## Problem

What goes wrong on a live database, and when.

## Solution

What to write instead.

## Example

\`\`\`sql
-- Flagged

-- Instead
\`\`\`

## Links

- https://www.postgresql.org/docs/current/
`;
}

/** CLI entry: parses argv, prints the plan, writes unless --dry-run. Returns the exit code. */
export function main(argv: string[]): number {
  const args = [...argv];
  const dryRun = args.includes('--dry-run');
  const rootAt = args.indexOf('--root');
  const root = resolve(rootAt >= 0 ? (args[rootAt + 1] ?? '.') : '.');
  const ids = args.filter((a, i) => !a.startsWith('--') && (rootAt < 0 || i !== rootAt + 1));
  if (ids.length !== 1) {
    process.stderr.write('usage: npm run new-rule -- <rule-id> [--dry-run] [--root DIR]\n');
    return 2;
  }
  const plan = planNewRule(root, ids[0]!);
  if ('error' in plan) {
    process.stderr.write(`new-rule: ${plan.error}\n`);
    return 2;
  }
  for (const f of plan.files) {
    process.stdout.write(`${dryRun ? 'would write' : 'wrote'} ${f.path}\n`);
    if (!dryRun) writeFileSync(f.path, f.content);
  }
  if (!dryRun) {
    process.stdout.write(
      [
        'Next:',
        '  1. fill the three TODOs (rule, test, doc);',
        `  2. add a row for ${ids[0]} to a table of docs/rules/README.md, and list it under "Which rules see down files"`,
        '     in docs/lint.md (both or up only, as its direction says);',
        '  3. npx tsx scripts/sync-rule-schema.mjs   (lists the id in schemas/svc-migrate.schema.json);',
        `  4. npm test -- src/rules/${ids[0]} tests/rules-meta`,
        '',
      ].join('\n'),
    );
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
