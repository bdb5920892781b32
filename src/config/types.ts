/** A position in a JSON file, 1-based. */
export interface JsonPosition {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * JSON pointer (RFC 6901, '' for the root) -> where its key (or, for array items and the root, its value) starts.
 * Only looked up: a `Map`, or an index that locates on first use (see `parseJsonLazily`).
 */
export interface JsonPointerIndex {
  get(pointer: string): JsonPosition | undefined;
}
