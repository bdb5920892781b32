/**
 * Turns the parser's UTF-8 byte offsets into 1-based line and column counted in characters (UTF-16 code units
 * would put an emoji two columns wide; we count code points, which is what editors and GitHub show). Lines end
 * at \n, \r\n or a lone \r (sourceLines in src/lint/validate.ts splits excerpts the same way).
 */
export interface LineCol {
  line: number;
  column: number;
}

export class LineIndex {
  /** Byte offset where each line starts. */
  private readonly lineStartsBytes: number[] = [0];
  /** Character (code point) offset where each line starts. */
  private readonly lineStartsChars: number[] = [0];
  /** Byte offset of each code point start, only built for lines that hold multi-byte characters. */
  private readonly bytes: Uint8Array;

  constructor(readonly text: string) {
    this.bytes = Buffer.from(text, 'utf8');
    let chars = 0;
    for (let i = 0; i < this.bytes.length; i++) {
      const b = this.bytes[i]!;
      if ((b & 0xc0) !== 0x80) chars++; // count code point starts
      // \n, \r\n and a lone \r (old Mac files) each end a line, as in editors and GitHub's annotations: a finding
      // must land on the line the reader sees. (PostgreSQL's scanner treats \r as a newline too.)
      if (b === 0x0a || (b === 0x0d && this.bytes[i + 1] !== 0x0a)) {
        this.lineStartsBytes.push(i + 1);
        this.lineStartsChars.push(chars);
      }
    }
  }

  /** Number of bytes of the UTF-8 text. */
  get byteLength(): number {
    return this.bytes.length;
  }

  /** 1-based line and column (in code points) of a UTF-8 byte offset. */
  fromByte(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.bytes.length));
    const line = upperBound(this.lineStartsBytes, o);
    let column = 1;
    for (let i = this.lineStartsBytes[line - 1]!; i < o; i++) {
      if ((this.bytes[i]! & 0xc0) !== 0x80) column++;
    }
    return { line, column };
  }

  /** 1-based line and column of a code point offset (libpg_query reports syntax errors in characters). */
  fromChar(offset: number): LineCol {
    const o = Math.max(0, offset);
    const line = upperBound(this.lineStartsChars, o);
    return { line, column: o - this.lineStartsChars[line - 1]! + 1 };
  }

  /** The source text between two byte offsets. */
  slice(startByte: number, endByte: number): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + startByte, Math.max(0, endByte - startByte)).toString('utf8');
  }
}

/** Index (1-based line number) of the last start <= value. */
function upperBound(starts: number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
