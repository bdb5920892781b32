/**
 * The parser's AST types: `@pgsql/types` (published with libpg-query, generated from PostgreSQL's own node
 * definitions), re-exported so rules and the rest of src/sql name node bodies (`IndexStmt`, `RangeVar`) instead of
 * describing them with structural casts. Only src/sql imports the parser's packages.
 */
import type { Node } from '@pgsql/types';

export type * from '@pgsql/types';

/** Every node kind: the one key of a node (`'CreateStmt'`, `'RangeVar'`). */
export type NodeKind = Node extends infer N ? (N extends unknown ? keyof N : never) : never;

/** The body type of a node of kind `K` (`NodeBody<'IndexStmt'>` is `IndexStmt`). */
export type NodeBody<K extends NodeKind> = Extract<Node, Record<K, unknown>>[K];
