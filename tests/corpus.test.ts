/**
 * `validate()` end to end on real-world migrations: /work/shared/corpus laid out as one service per source
 * project by scripts/corpus-repo.mjs (files copied unchanged, renamed to NNNNNN_name.(up|down).sql). It must not
 * crash, every finding must be well formed, and the corpus's two known defects must be found — the MySQL
 * `DROP INDEX x ON t` harness file as the only syntax error, and the empty harness down file as an empty
 * migration. Nothing here counts findings of other rules: the corpus is review input, not a tuning target
 * (docs/corpus-review.md reads the findings one by one).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validate, type ValidateResult } from '../src/lint/validate.js';
import { rules } from '../src/rules/index.js';
import type { Finding } from '../src/core/types.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const candidates = ['/work/shared/corpus', path.resolve(repoRoot, '../shared/corpus')];
const corpus = candidates.find((c) => existsSync(c));

/** The two defects the corpus README documents; the test fails if either goes unreported. */
const MYSQL_FILE = 'harness-postgres/0029_create_index_job_job_group_id_down.sql';
const EMPTY_FILE = 'harness-postgres/0084_update_table_gitspaces_infra.down.sql';

interface CorpusRepoModule {
  buildCorpusRepo(corpus: string, out: string): { out: string; files: number };
}

/**
 * Maps a laid-out file (`services/<svc>/migrations/common/NNNNNN_name.up.sql`) back to `<project>/<original
 * file>`: the generated dependencies.json keeps `<project>/<original base>` as the entry's description, and the
 * direction picks the up or down file of that base in the corpus.
 */
function originalMapper(out: string, corpusDir: string): (file: string) => string | undefined {
  const byService = new Map<string, Record<string, { description: string }>>();
  const projectFiles = new Map<string, string[]>();
  return (file) => {
    const m = /^services\/([^/]+)\/migrations\/[^/]+\/(\d+)_.*\.(up|down)\.sql$/.exec(file);
    if (!m) return undefined;
    const [, service, id, direction] = m as unknown as [string, string, string, 'up' | 'down'];
    if (!byService.has(service)) {
      const deps = JSON.parse(readFileSync(path.join(out, 'services', service, 'migrations', 'dependencies.json'), 'utf8')) as {
        migrations: Record<string, { description: string }>;
      };
      byService.set(service, deps.migrations);
    }
    const description = byService.get(service)![id]?.description;
    if (!description) return undefined;
    const slash = description.indexOf('/');
    const project = description.slice(0, slash);
    const base = description.slice(slash + 1);
    if (!projectFiles.has(project)) projectFiles.set(project, readdirSync(path.join(corpusDir, project)).filter((f) => f.endsWith('.sql')));
    const original = projectFiles.get(project)!.find((f) => {
      const p = /^(.*?)[._](up|down)\.sql$/.exec(f);
      return p ? p[1] === base && p[2] === direction : direction === 'up' && f === `${base}.sql`;
    });
    return original ? `${project}/${original}` : undefined;
  };
}

if (!corpus) {
  describe('validate on the real-world corpus', () => {
    it.skip(`SKIPPED: no corpus at ${candidates.join(' or ')}`, () => undefined);
  });
  console.warn(`\n*** tests/corpus.test.ts SKIPPED: no corpus at ${candidates.join(' or ')} ***\n`);
} else {
  describe('validate on the real-world corpus', () => {
    let out: string;
    let laidOut: number;
    let result: ValidateResult;
    let originalOf: (file: string) => string | undefined;

    beforeAll(async () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'svc-migrate-corpus-'));
      const mod = (await import(pathToFileURL(path.join(repoRoot, 'scripts/corpus-repo.mjs')).href)) as CorpusRepoModule;
      const built = mod.buildCorpusRepo(corpus, path.join(tmp, 'repo'));
      out = built.out;
      laidOut = built.files;
      originalOf = originalMapper(out, corpus);
      result = await validate({ root: out, processEnv: {} });
    }, 180_000);

    afterAll(() => {
      if (out) rmSync(path.dirname(out), { recursive: true, force: true });
    });

    it('reads every file of the corpus and finishes with a report', () => {
      expect(laidOut).toBeGreaterThan(400);
      expect(result.report.version).toBe(1);
      expect(result.report.summary.files).toBe(laidOut);
      expect(result.report.summary.services).toBe(readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).length);
      expect(result.files.size).toBe(laidOut);
    });

    it('gives every finding a documented rule id, a severity, and a position inside its file', () => {
      const documented = new Set(readdirSync(path.join(repoRoot, 'docs/rules')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)));
      const registered = new Set(rules.map((r) => r.id));
      const bad: string[] = [];
      const lineCounts = new Map<string, number>();
      for (const f of result.report.findings) {
        const where = `${f.rule} ${f.file ?? '-'}:${f.line ?? '-'}`;
        if (!registered.has(f.rule) && !documented.has(f.rule)) bad.push(`${where}: rule without a doc page`);
        if (!['error', 'warning', 'info'].includes(f.severity)) bad.push(`${where}: severity ${f.severity}`);
        if (!f.message) bad.push(`${where}: no message`);
        if (!f.file) continue;
        if (f.file.includes('\\') || path.isAbsolute(f.file)) bad.push(`${where}: file is not relative with /`);
        if (!lineCounts.has(f.file)) lineCounts.set(f.file, readFileSync(path.join(out, f.file), 'utf8').split('\n').length);
        // A finding about a whole file (missing-down) may come without a line; one with a line points inside.
        if (f.line === undefined) continue;
        if (f.line < 1 || f.line > lineCounts.get(f.file)!) bad.push(`${where}: line outside the file`);
        if (f.column === undefined || f.column < 1) bad.push(`${where}: column ${f.column}`);
      }
      expect(bad).toEqual([]);
    });

    it('reports the MySQL harness file as the only sql-syntax finding, at DROP INDEX ... ON', () => {
      const syntax = result.report.findings.filter((f) => f.rule === 'sql-syntax');
      expect(syntax.map((f) => originalOf(f.file!))).toEqual([MYSQL_FILE]);
      const f = syntax[0]!;
      const line = readFileSync(path.join(out, f.file!), 'utf8').split('\n')[f.line! - 1]!;
      // The parser stops at the MySQL-only `ON table` part.
      expect(line.slice(f.column! - 1).startsWith('ON')).toBe(true);
      expect(f.severity).toBe('error');
    });

    it('reports the empty harness down file as empty-migration, not as a syntax error', () => {
      const of = (rule: string): (string | undefined)[] => result.report.findings.filter((f: Finding) => f.rule === rule).map((f) => originalOf(f.file!));
      expect(of('empty-migration')).toContain(EMPTY_FILE);
      expect(of('sql-syntax')).not.toContain(EMPTY_FILE);
      const analysis = [...result.files.values()].find((a) => originalOf(a.file) === EMPTY_FILE);
      expect(analysis?.empty).toBe(true);
      expect(analysis?.syntaxError).toBe(false);
    });

    it('maps every SQL finding back to a corpus file', () => {
      const unmapped = result.report.findings
        .filter((f) => f.file?.endsWith('.sql'))
        .filter((f) => originalOf(f.file!) === undefined)
        .map((f) => f.file);
      expect([...new Set(unmapped)]).toEqual([]);
    });
  });
}
