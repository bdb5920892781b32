/** A position in a JSON file, 1-based. */
export interface JsonPosition {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** JSON pointer (RFC 6901, '' for the root) -> where its key (or, for array items and the root, its value) starts. */
export type JsonPointerIndex = Map<string, JsonPosition>;
