/**
 * What the terminal can show: colours (NO_COLOR, FORCE_COLOR, a TTY), OSC-8 hyperlinks, its width. Decided once
 * in main.ts from the process and passed down in Io, so that commands and tests never read process.stdout.
 */

/** The parts of a stream that matter here (process.stdout and process.stderr have them). */
export interface StreamInfo {
  isTTY?: boolean;
  columns?: number;
}

/**
 * Colours on this stream: FORCE_COLOR wins (`0` or `false` turns them off, anything else on), as in Node
 * itself; then NO_COLOR (set and not empty: off, no-color.org); then TERM=dumb (off); else only on a terminal.
 */
export function colorEnabled(stream: StreamInfo, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

/**
 * OSC-8 hyperlinks on this stream. Terminals that do not know the sequence may print it as garbage, so links are
 * drawn only on terminals known to draw them (the list of the supports-hyperlinks package, abridged), or when
 * FORCE_HYPERLINK says so (`0` off, anything else on). Elsewhere the URL is printed as text.
 */
export function hyperlinksEnabled(stream: StreamInfo, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (!stream.isTTY || env.TERM === 'dumb' || env.CI) return false;
  if (env.WT_SESSION || env.KONSOLE_VERSION || env.DOMTERM) return true;
  if (Number(env.VTE_VERSION ?? 0) >= 5000) return true;
  if (['WezTerm', 'vscode', 'ghostty', 'iTerm.app'].includes(env.TERM_PROGRAM ?? '')) return true;
  return ['xterm-kitty', 'alacritty', 'foot', 'xterm-ghostty'].includes(env.TERM ?? '');
}

/**
 * The width to wrap text output to: the terminal's (80 when it does not say), never less than 40; undefined (no
 * wrapping, no aligned tables) off a terminal.
 */
export function wrapWidth(stream: StreamInfo): number | undefined {
  if (!stream.isTTY) return undefined;
  return Math.max(40, stream.columns || 80);
}
