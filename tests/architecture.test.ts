/**
 * Keeps the borders of docs/architecture.md: imports flow downward, and each outside library has one home.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The top folder under src/ of a file or of a relative import from it. */
function layerOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

const files = sourceFiles(SRC).map((file) => ({
  file: path.relative(process.cwd(), file),
  layer: layerOf(file),
  imports: importsOf(file),
  localLayers: importsOf(file)
    .filter((i) => i.startsWith('.'))
    .map((i) => layerOf(path.resolve(path.dirname(file), i))),
}));

/** Which outside packages each layer may import (node: built-ins are free). */
const PACKAGE_HOMES: Record<string, string[]> = {
  'libpg-query': ['sql'],
  '@pgsql/types': ['sql'],
  '@electric-sql/pglite': ['apply'],
  pg: ['apply'],
  '@actions/core': ['action'],
  '@actions/github': ['action'],
};

test('the source tree is not empty', () => {
  expect(files.length).toBeGreaterThan(10);
});

test.each(Object.entries(PACKAGE_HOMES))('%s is imported only from src/%s', (pkg, homes) => {
  const offenders = files.filter((f) => f.imports.some((i) => i === pkg || i.startsWith(pkg + '/')) && !homes.includes(f.layer));
  expect(offenders.map((f) => f.file)).toEqual([]);
});

test('nothing imports the entry points (cli, action)', () => {
  const offenders = files.filter((f) => !['cli', 'action'].includes(f.layer) && f.localLayers.some((l) => l === 'cli' || l === 'action'));
  expect(offenders.map((f) => f.file)).toEqual([]);
});

test('report knows only the shared result types', () => {
  const offenders = files.filter((f) => f.layer === 'report' && f.localLayers.some((l) => !['report', 'core'].includes(l)));
  expect(offenders.map((f) => f.file)).toEqual([]);
});

test('sql, graph and core do not reach up into apply, lint, cli or action', () => {
  const low = ['sql', 'graph', 'core', 'config'];
  const high = ['apply', 'lint', 'cli', 'action', 'rules'];
  const offenders = files.filter((f) => low.includes(f.layer) && f.localLayers.some((l) => high.includes(l)));
  expect(offenders.map((f) => f.file)).toEqual([]);
});
