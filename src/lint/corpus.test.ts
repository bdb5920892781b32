/**
 * Parse coverage over real-world migrations (/work/shared/corpus, see its README): every file goes through the
 * whole engine with every rule without throwing, and the parser rejects only the one file known to be MySQL.
 * No assertion here is tuned to finding counts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureParser } from '../sql/parser.js';
import { rules } from '../rules/index.js';
import { DEFAULT_FACTS } from '../rules/test-utils.js';
import { decode } from './lint.js';
import { lintFile } from './lint-file.js';

const candidates = ['/work/shared/corpus', path.resolve(process.cwd(), '../shared/corpus')];
const root = candidates.find((c) => existsSync(c));

function sqlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sqlFiles(p));
    else if (p.endsWith('.sql')) out.push(p);
  }
  return out;
}

if (!root) {
  describe('corpus parse coverage', () => {
    it.skip(`SKIPPED: no corpus at ${candidates.join(' or ')}`, () => undefined);
  });
  console.warn(`\n*** corpus parse coverage SKIPPED: no corpus at ${candidates.join(' or ')} ***\n`);
} else {
  describe('corpus parse coverage', () => {
    beforeAll(async () => {
      await ensureParser();
    });

    it('lints every corpus file without throwing; only the MySQL harness file is a syntax error', () => {
      const files = sqlFiles(root);
      expect(files.length).toBeGreaterThan(400);
      const syntax: string[] = [];
      const empty: string[] = [];
      for (const file of files) {
        const text = decode(readFileSync(file));
        expect(typeof text).toBe('string');
        const direction = /down\.sql$|_down\.sql$/.test(file) ? 'down' : 'up';
        const rel = path.relative(root, file).split(path.sep).join('/');
        const result = lintFile({ text: text as string, facts: { ...DEFAULT_FACTS, file: rel, direction } }, rules);
        for (const f of result.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
          if (f.rule === 'sql-syntax') syntax.push(rel);
          if (f.rule === 'empty-migration') empty.push(rel);
        }
      }
      expect(syntax).toEqual(['harness-postgres/0029_create_index_job_job_group_id_down.sql']);
      // The README's empty file is an empty migration, not a syntax error.
      expect(empty).toContain('harness-postgres/0084_update_table_gitspaces_infra.down.sql');
    });
  });
}
