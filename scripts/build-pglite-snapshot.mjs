#!/usr/bin/env node
/**
 * Makes `dist/pglite-initdb.tar.gz`: a freshly initialised PGlite data directory. Loading it (`loadDataDir`)
 * skips initdb, the slowest part of an embedded database's cold start (see docs/applying.md for the numbers).
 * The build calls it after copying PGlite's assets; it must run with the same @electric-sql/pglite version that
 * is bundled, since a data directory belongs to one PostgreSQL build.
 *
 * Usage: node scripts/build-pglite-snapshot.mjs [out]   out: a folder (the file goes in it) or a .tar.gz path;
 * default dist/. The tarball is not byte-for-byte reproducible (initdb picks a random system identifier; tar
 * and gzip record times), so a `dist/` freshness check must skip it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const arg = resolve(process.argv[2] ?? 'dist');
const out = arg.endsWith('.tar.gz') ? arg : join(arg, 'pglite-initdb.tar.gz');
const started = Date.now();
const pg = await PGlite.create();
await pg.query('SELECT 1');
const blob = await pg.dumpDataDir('gzip');
await pg.close();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.from(await blob.arrayBuffer()));
console.log(`pglite snapshot: ${out} (${blob.size} bytes, ${Date.now() - started} ms)`);
