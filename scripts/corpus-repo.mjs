#!/usr/bin/env node
/**
 * Lays ../shared/corpus out as a svc-migrate monorepo (one service per source project) so `validate` and the
 * benchmarks run on real migrations. Files are copied unchanged; only their names are normalised to
 * NNNNNN_name.(up|down).sql, keeping the projects' own order (harness's `_up.sql` spelling and supabase's
 * up-only timestamps included). Duplicate ids in the source (harness has several 0000_*) get their own
 * sequential ids here, since the point is to read the SQL, not to re-report the source's naming.
 *
 *   node scripts/corpus-repo.mjs [corpusDir] [outDir]    (defaults: ../shared/corpus, .bench/corpus-repo)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Finds the corpus: an explicit argument, ../shared/corpus beside the checkout, or /work/shared/corpus. */
export function findCorpus(explicit) {
  const candidates = [explicit, path.resolve(root, '../shared/corpus'), '/work/shared/corpus'].filter(Boolean);
  return candidates.find((c) => existsSync(c));
}

/** Builds the monorepo; returns its path and the number of SQL files. */
export function buildCorpusRepo(corpus, out) {
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  for (const project of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const service = project.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    const dir = path.join(out, 'services', service, 'migrations', 'common');
    mkdirSync(dir, { recursive: true });
    const groups = new Map();
    for (const file of readdirSync(path.join(corpus, project)).filter((f) => f.endsWith('.sql')).sort()) {
      const m = /^(.*?)[._](up|down)\.sql$/.exec(file);
      const base = m ? m[1] : file.replace(/\.sql$/, '');
      const direction = m ? m[2] : 'up';
      if (!groups.has(base)) groups.set(base, {});
      groups.get(base)[direction] = file;
    }
    let n = 0;
    const deps = {};
    for (const [base, pair] of groups) {
      const id = String(++n).padStart(6, '0');
      const name = base.replace(/^\d+[_-]?/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'migration';
      for (const direction of ['up', 'down']) {
        if (!pair[direction]) continue;
        cpSync(path.join(corpus, project, pair[direction]), path.join(dir, `${id}_${name}.${direction}.sql`));
        files++;
      }
      // No chain: order by id, as the source projects' own tools do (a chain would only add depth findings).
      deps[id] = { description: `${project}/${base}`, depends_on: [] };
    }
    writeFileSync(path.join(out, 'services', service, 'migrations', 'dependencies.json'), JSON.stringify({ migrations: deps }, null, 2) + '\n');
  }
  return { out, files };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = findCorpus(process.argv[2]);
  if (!corpus) {
    console.error('corpus not found: pass its path (../shared/corpus)');
    process.exit(2);
  }
  const { out, files } = buildCorpusRepo(corpus, path.resolve(process.argv[3] ?? path.join(root, '.bench/corpus-repo')));
  console.log(`${files} files laid out under ${out}`);
}
