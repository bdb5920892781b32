/**
 * Small guards and walkers over libpg-query's JSON AST (`{ KindName: { ...fields } }` objects).
 * Append helpers here rather than re-walking the tree inside rules.
 */
import type { Node } from './parser.js';

/** A node's single key ('CreateStmt') and its body. */
export function unwrap(node: unknown): { kind: string; body: Record<string, unknown> } | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  const kind = keys[0]!;
  const body = (node as Record<string, unknown>)[kind];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  return { kind, body: body as Record<string, unknown> };
}

/** The body of a node of the given kind, or undefined. */
export function as<T = Record<string, unknown>>(node: unknown, kind: string): T | undefined {
  const u = unwrap(node);
  return u && u.kind === kind ? (u.body as T) : undefined;
}

export interface Visit {
  kind: string;
  body: Record<string, unknown>;
  /** Kinds of the enclosing nodes, outermost first. */
  ancestors: string[];
}

/**
 * Depth-first walk over every typed node below (and including) `node`. Return false from the visitor to skip
 * a node's children.
 */
export function walk(node: unknown, visit: (v: Visit) => boolean | void, ancestors: string[] = []): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit, ancestors);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const u = unwrap(node);
  if (u && /^[A-Z]/.test(u.kind)) {
    if (visit({ kind: u.kind, body: u.body, ancestors }) === false) return;
    const inner = [...ancestors, u.kind];
    for (const value of Object.values(u.body)) walk(value, visit, inner);
    return;
  }
  for (const value of Object.values(node)) walk(value, visit, ancestors);
}

/** `schema.name` of a RangeVar body, lower-cased as PostgreSQL folds unquoted names; schema may be absent. */
export interface QualifiedName {
  schema?: string;
  name: string;
  /** Byte offset of the name in the file (the RangeVar location). */
  location?: number;
}

export function rangeVarName(rv: Record<string, unknown> | undefined): QualifiedName | undefined {
  if (!rv || typeof rv.relname !== 'string') return undefined;
  return {
    schema: typeof rv.schemaname === 'string' ? rv.schemaname : undefined,
    name: rv.relname,
    location: typeof rv.location === 'number' ? rv.location : undefined,
  };
}

/** The strings of a `names` list (`[{String:{sval}}]`), e.g. a type or function name. */
export function stringList(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const item of list) {
    const s = as<{ sval?: string }>(item, 'String');
    if (s?.sval !== undefined) out.push(s.sval);
  }
  return out;
}

/** 'schema.name' or 'name'. */
export function formatName(q: QualifiedName): string {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}

export type { Node };
