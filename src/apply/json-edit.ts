/**
 * Editing dependencies.json and environments.json as text, so that everything around an edit (key order, inline
 * arrays, `$schema`, indentation) stays as people wrote it. Each edit re-parses its result and gives up (undefined)
 * rather than write a file that would not parse.
 */
import type { DependencyEntry } from '../repo/types.js';

/** The text with `"<id>": entry` added as the last member of the top-level `migrations` object; undefined if impossible. */
export function spliceEntry(text: string, id: string, entry: DependencyEntry): string | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  const span = valueSpan(text, ['migrations']);
  if (!span || text[span.open] !== '{') return undefined;
  const { open, close } = span;
  const lineStart = text.lastIndexOf('\n', open) + 1;
  const parentIndent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const inner = text.slice(open + 1, close);
  const firstKey = /\n([ \t]*)"/.exec(inner);
  const indent = firstKey?.[1] ?? parentIndent + '  ';
  const unit = indent.length > parentIndent.length ? indent.slice(parentIndent.length) : '  ';
  const member = `"${id}": ${formatEntry(entry, indent, unit)}`;
  let out: string;
  if (inner.trim() === '') {
    out = `${text.slice(0, open + 1)}\n${indent}${member}\n${parentIndent}${text.slice(close)}`;
  } else {
    let last = close - 1;
    while (/\s/.test(text[last] ?? '')) last--;
    out = `${text.slice(0, last + 1)},\n${indent}${member}${text.slice(last + 1)}`;
  }
  if (!out.endsWith('\n')) out += '\n';
  try {
    JSON.parse(out);
  } catch {
    return undefined;
  }
  return out;
}

/**
 * The text with a string appended to the array at `at` (left as is when the array is absent), in the array's
 * own style: inline `["a", "b"]`, or one item a line.
 */
export function spliceListItem(text: string, at: readonly string[], item: string): string | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  const span = valueSpan(text, at);
  if (!span || text[span.open] !== '[') return undefined;
  const { open, close } = span;
  const inner = text.slice(open + 1, close);
  let out: string;
  if (inner.trim() === '') {
    out = `${text.slice(0, open + 1)}${JSON.stringify(item)}${text.slice(close)}`;
  } else {
    let last = close - 1;
    while (/\s/.test(text[last] ?? '')) last--;
    const multiLine = /\n([ \t]*)\S/.exec(inner);
    const sep = multiLine ? `,\n${multiLine[1]}` : ', ';
    out = `${text.slice(0, last + 1)}${sep}${JSON.stringify(item)}${text.slice(last + 1)}`;
  }
  try {
    JSON.parse(out);
  } catch {
    return undefined;
  }
  return out;
}

/** One key a line; arrays and nested objects on one line, as the design documents write them. */
export function formatEntry(entry: DependencyEntry, indent: string, unit: string): string {
  const lines = Object.entries(entry).map(([k, v]) => `${indent}${unit}${JSON.stringify(k)}: ${inline(v)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

export function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Offsets of the value at a JSON path (`['environments', 'staging', 'migrations']`): its first and last
 * character (the brackets for an object or array). The text is known to parse. Undefined when absent.
 */
export function valueSpan(text: string, target: readonly string[]): { open: number; close: number } | undefined {
  const want = target.join('\u0000');
  let found: { open: number; close: number } | undefined;
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string[]): void => {
    ws();
    const open = i;
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      let index = 0;
      for (;;) {
        ws();
        if (text[i] === '}' || text[i] === ']') break;
        let key = String(index++);
        if (c === '{') {
          key = str();
          ws();
          i++; // ':'
        }
        value([...path, key]);
        ws();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '"') {
      str();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i++;
    }
    if (!found && path.join('\u0000') === want) found = { open, close: i - 1 };
  };
  value([]);
  return found;
}

/**
 * The text with the member `key` of the object at `at` set to `value` (inline form): its value replaced when the
 * key is there, else added as the object's last member on a line of its own. Undefined when impossible.
 */
export function setMember(text: string, at: readonly string[], key: string, value: unknown): string | undefined {
  const existing = valueSpan(text, [...at, key]);
  let out: string;
  if (existing) {
    out = `${text.slice(0, existing.open)}${inline(value)}${text.slice(existing.close + 1)}`;
  } else {
    const span = valueSpan(text, at);
    if (!span || text[span.open] !== '{') return undefined;
    const inner = text.slice(span.open + 1, span.close);
    const firstKey = /\n([ \t]*)"/.exec(inner);
    const member = `${JSON.stringify(key)}: ${inline(value)}`;
    let last = span.close - 1;
    while (/\s/.test(text[last] ?? '')) last--;
    if (inner.trim() === '') out = `${text.slice(0, span.open + 1)}${member}${text.slice(span.close)}`;
    else out = `${text.slice(0, last + 1)},${firstKey ? `\n${firstKey[1]}` : ' '}${member}${text.slice(last + 1)}`;
  }
  try {
    JSON.parse(out);
  } catch {
    return undefined;
  }
  return out;
}
