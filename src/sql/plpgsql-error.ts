/**
 * Where in a PL/pgSQL body the compiler stopped. PostgreSQL knows (it shows the line of a DO block or function
 * body that it rejects), but libpg-query's WebAssembly build returns only the message of a PL/pgSQL error, not
 * its position. So the position is found again by compiling shorter versions of the body: PL/pgSQL's grammar
 * (like the SQL one) stops at the first token it cannot take, so every prefix that ends at or after that token
 * fails with the same message, and every shorter one fails otherwise (usually "at end of input").
 *
 * This costs a few parses of the statement (about log2 of its token count, bounded), and runs only for a body
 * that failed and a finding that is reported.
 */
import { lex } from './tokens.js';

/** A token of the body with UTF-16 offsets into it. */
interface BodyToken {
  start: number;
  end: number;
  text: string;
}

/** Parses attempted at most per body: bounds the work on a huge body. */
const MAX_PARSES = 40;

/**
 * The character range (UTF-16 offsets into `body`) at which PL/pgSQL rejects `body` with `message`.
 * `compile(candidate)` compiles the statement with `candidate` as its body and returns its error message, or
 * undefined when it compiles. Never throws; falls back to the last token it could pin down.
 */
export function locateBodyError(body: string, message: string, compile: (candidate: string) => string | undefined): { start: number; end: number } {
  const tokens = bodyTokens(body);
  if (tokens.length === 0) return { start: body.length, end: body.length };
  let budget = MAX_PARSES;
  const failsWith = (candidate: string): boolean => {
    budget--;
    return compile(candidate) === message;
  };

  if (/at end of input$/.test(message)) {
    // Either a statement or expression inside the body stops short (`... WHERE;`, `RETURN a +;`): the SQL parser
    // checks it when PL/pgSQL reaches its `;`, and PostgreSQL points there. The first `;` such that the body cut
    // after it (and closed by a token that is always wrong, `}`) still fails with this message is that `;`;
    // cuts before it fail at the `}` instead. Or the body itself ends too early (a missing END or END IF):
    // no cut fails this way; point at the end of the body.
    const semicolons = tokens.filter((t) => t.text === ';');
    let lo = 0;
    let hi = semicolons.length;
    while (lo < hi && budget > 0) {
      const mid = (lo + hi) >> 1;
      if (failsWith(`${body.slice(0, semicolons[mid]!.end)} }`)) hi = mid;
      else lo = mid + 1;
    }
    return semicolons[hi] ?? { start: body.length, end: body.length };
  }

  // The shortest prefix (ending after token k) that fails with the message.
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi && budget > 0) {
    const mid = (lo + hi) >> 1;
    if (failsWith(body.slice(0, tokens[mid]!.end))) hi = mid;
    else lo = mid + 1;
  }
  const k = hi;
  const stop = tokens[k]!;

  const near = /at or near "(.*)"$/s.exec(message)?.[1];
  if (near !== undefined) {
    if (stop.text === near) return stop;
    // A SQL statement inside the body is checked by the SQL parser once PL/pgSQL has read it up to its `;`, so
    // the prefix search stops at that `;`. The SQL parser also stops at the first token it cannot take: close
    // the statement right after each earlier token spelled as the message says; the first cut that fails with
    // the same message is at the offending token.
    for (let j = 0; j < k && budget > 0; j++) {
      const t = tokens[j]!;
      if (t.text === near && failsWith(`${body.slice(0, t.end)} ;`)) return t;
    }
    for (let j = k - 1; j >= 0; j--) if (tokens[j]!.text === near) return tokens[j]!;
    return stop;
  }
  // Other errors quote what they are about (`"x" is not a known variable`): the nearest such word up to where
  // PL/pgSQL stopped.
  const quoted = /"([^"]+)"/.exec(message)?.[1]?.toLowerCase();
  if (quoted !== undefined) {
    const first = quoted.split('.')[0];
    for (let j = k; j >= 0; j--) {
      const text = tokens[j]!.text.toLowerCase();
      if (text === quoted || text === first) return tokens[j]!;
    }
  }
  return stop;
}

/** The body's tokens other than comments, with UTF-16 offsets (the lexer counts UTF-8 bytes). */
function bodyTokens(body: string): BodyToken[] {
  const out: BodyToken[] = [];
  let char = 0;
  let byte = 0;
  const toChar = (target: number): number => {
    while (byte < target && char < body.length) {
      const c = body.charCodeAt(char);
      byte += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
      char++;
    }
    return char;
  };
  for (const t of lex(body)) {
    if (t.name === 'SQL_COMMENT' || t.name === 'C_COMMENT') continue;
    const start = toChar(t.start);
    out.push({ start, end: toChar(t.end), text: t.text });
  }
  return out;
}
