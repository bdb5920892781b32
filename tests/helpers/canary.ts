/**
 * Canaries for the injection tests: a table that an injected `DROP TABLE canary` would remove, and file names
 * that an injected `$(touch ...)` / `` `touch ...` `` would create. A test plants them, runs the tool with the
 * hostile input, and checks that both are as they were.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/apply/db/open.js';

/** A fresh canary file name (no slash: it must fit in a folder name) and where a shell would create it. */
export function canaryFile(...dirs: string[]): { name: string; created(): string[] } {
  const name = `svcm-pwned-${randomBytes(4).toString('hex')}`;
  const places = [...new Set([tmpdir(), '/tmp', process.cwd(), ...dirs])];
  return { name, created: () => places.map((d) => join(d, name)).filter((f) => existsSync(f)) };
}

/** Creates `public.canary` with one row. */
export async function plantCanaryTable(url: string): Promise<void> {
  const db = await openDatabase(url);
  try {
    await db.exec(`CREATE TABLE public.canary (id int); INSERT INTO public.canary VALUES (42);`);
  } finally {
    await db.close();
  }
}

/** The rows of `public.canary` (`[42]` when untouched), or undefined when the table is gone. */
export async function canaryRows(url: string): Promise<number[] | undefined> {
  const db = await openDatabase(url);
  try {
    const t = await db.query<{ t: string | null }>(`SELECT to_regclass('public.canary')::text AS t`);
    if (t.rows[0]!.t === null) return undefined;
    return (await db.query<{ id: number }>('SELECT id FROM public.canary')).rows.map((r) => r.id);
  } finally {
    await db.close();
  }
}

/** The tables of `public`, sorted (to prove no table was created from a hostile name). */
export async function publicTables(url: string): Promise<string[]> {
  const db = await openDatabase(url);
  try {
    const r = await db.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    return r.rows.map((x) => x.t);
  } finally {
    await db.close();
  }
}
