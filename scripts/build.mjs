#!/usr/bin/env node
/**
 * Builds dist/: the CLI (dist/cli.js) and the Action (dist/index.js) as self-contained CommonJS bundles, with
 * the WebAssembly and data files that libpg-query and PGlite look up beside the running script.
 *
 *   node scripts/build.mjs           build into dist/
 *   node scripts/build.mjs --check   build into a temp folder and fail if dist/ differs (stale dist/)
 *
 * CommonJS because an ESM bundle cannot `require` the Node built-ins some dependencies need; `import.meta.url`
 * is defined from __filename so ESM-only code (PGlite, libpg-query) finds its files next to the bundle.
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';

// initdb picks a random system id and tar stores times: the PGlite snapshot differs on every build by design.
const UNREPRODUCIBLE = new Set(['pglite-initdb.tar.gz']);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(path.join(tmpdir(), 'svc-migrate-dist-')) : path.join(root, 'dist');

if (!check) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/**
 * What the lint cache (src/lint/cache.ts) calls the build: a hash of every source file and of the lock file
 * (the parser's version), so a cache written by another build of the rules is never reused. Same sources, same
 * id: the check below still compares bundles byte for byte.
 */
function buildId() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(path.relative(root, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(path.join(root, 'src'));
  hash.update(readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'import.meta.url': '__svc_migrate_import_meta_url', __SVC_MIGRATE_BUILD_ID__: JSON.stringify(buildId()) },
  banner: { js: "var __svc_migrate_import_meta_url = require('url').pathToFileURL(__filename).href;" },
  // jsonc-parser's `main` is a UMD build whose factory requires its parts at run time, out of esbuild's sight.
  alias: { 'jsonc-parser': path.join(root, 'node_modules/jsonc-parser/lib/esm/main.js') },
};

// The config schemas compiled now (Ajv standalone code) instead of at every start; src/config/precompiled.ts is
// the stand-in the TypeScript sources use (it compiles with Ajv at run time). Same options as AJV_OPTIONS there.
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]config[\\/]precompiled\.ts$/ }, async () => {
      const require = createRequire(import.meta.url);
      const Ajv2020 = require('ajv/dist/2020.js').default;
      const addFormats = require('ajv-formats').default ?? require('ajv-formats');
      const standaloneCode = require('ajv/dist/standalone').default;
      const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true } });
      addFormats(ajv);
      const names = { dependencies: 'dependencies.schema.json', environments: 'environments.schema.json', 'svc-migrate': 'svc-migrate.schema.json' };
      const refs = {};
      for (const [name, file] of Object.entries(names)) {
        const schema = JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'));
        ajv.addSchema(schema, name);
        refs[name] = name;
      }
      const cjs = standaloneCode(ajv, refs);
      return {
        contents: `const module = { exports: {} };\nconst exports = module.exports;\n(function () {\n${cjs}\n})();\n` +
          `export function compileValidator(name) {\n  const v = module.exports[name];\n  if (!v) throw new Error('no precompiled validator for ' + name);\n  return v;\n}\n`,
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};
// PGlite (660 KB of JavaScript) is a bundle of its own, dist/pglite.js, required only when an embedded database
// is opened: the CLI and the Action do not parse it on runs that need no database.
const pgliteApart = {
  name: 'pglite-apart',
  setup(b) {
    b.onResolve({ filter: /^@electric-sql\/pglite$/ }, () => ({ path: './pglite.js', external: true }));
  },
};
common.plugins = [precompiledValidators, pgliteApart];

// The CLI is two files: cli.js, the executable, turns on Node's compile cache and then requires cli-main.js (the
// CLI itself), which the cache then serves on later runs (see src/cli/bin.ts).
await build({
  ...common,
  entryPoints: [path.join(root, 'src/cli/bin.ts')],
  outfile: path.join(out, 'cli.js'),
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
await build({ ...common, entryPoints: [path.join(root, 'src/cli/main.ts')], outfile: path.join(out, 'cli-main.js') });
await build({ ...common, entryPoints: [path.join(root, 'src/action/index.ts')], outfile: path.join(out, 'index.js') });
await build({
  ...common,
  plugins: [],
  stdin: { contents: "export * from '@electric-sql/pglite';", resolveDir: root, sourcefile: 'pglite-entry.js' },
  outfile: path.join(out, 'pglite.js'),
});
// The lint worker thread (src/lint/pool.ts starts it from beside cli.js or index.js).
await build({ ...common, entryPoints: [path.join(root, 'src/lint/lint-worker.ts')], outfile: path.join(out, 'lint-worker.js') });

// Files the parser and the embedded database read at run time, beside the bundles.
const assets = [
  ['node_modules/libpg-query/wasm/libpg-query.wasm', 'libpg-query.wasm'],
  ['node_modules/@electric-sql/pglite/dist/pglite.wasm', 'pglite.wasm'],
  ['node_modules/@electric-sql/pglite/dist/pglite.data', 'pglite.data'],
  ['node_modules/@electric-sql/pglite/dist/initdb.wasm', 'initdb.wasm'],
];
const pgliteDist = path.join(root, 'node_modules/@electric-sql/pglite/dist');
for (const f of readdirSync(pgliteDist)) if (f.endsWith('.tar.gz')) assets.push([path.join('node_modules/@electric-sql/pglite/dist', f), f]);
for (const [from, to] of assets) {
  mkdirSync(path.dirname(path.join(out, to)), { recursive: true });
  cpSync(path.join(root, from), path.join(out, to));
}
cpSync(path.join(root, 'schemas'), path.join(out, 'schemas'), { recursive: true });
writeFileSync(path.join(out, 'package.json'), '{\n  "type": "commonjs"\n}\n');

// A pre-initialised PGlite data directory makes the embedded database start in about half the time.
const snapshot = path.join(root, 'scripts/build-pglite-snapshot.mjs');
if (existsSync(snapshot)) execFileSync(process.execPath, [snapshot, out], { stdio: 'inherit' });

if (check) {
  const differences = compareTrees(path.join(root, 'dist'), out);
  rmSync(out, { recursive: true, force: true });
  if (differences.length > 0) {
    console.error(`dist/ is stale: ${differences.slice(0, 20).join(', ')}${differences.length > 20 ? ', ...' : ''}.\nRun 'npm run build' and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date.');
}

function compareTrees(a, b) {
  const diffs = [];
  const list = (dir, base = '') =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? list(path.join(dir, e.name), path.join(base, e.name)) : [path.join(base, e.name)],
        )
      : [];
  const left = new Set(list(a));
  const right = new Set(list(b));
  for (const f of right) {
    if (!left.has(f)) diffs.push(`${f} missing`);
    // initdb picks a random system id and tar stores times: the snapshot differs on every build by design.
    else if (UNREPRODUCIBLE.has(f)) continue;
    else if (statSync(path.join(a, f)).size !== statSync(path.join(b, f)).size || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) diffs.push(`${f} differs`);
  }
  for (const f of left) if (!right.has(f)) diffs.push(`${f} is extra`);
  return diffs;
}
