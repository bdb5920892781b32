import { colorEnabled, hyperlinksEnabled, wrapWidth } from './terminal.js';

const tty = { isTTY: true, columns: 100 };
const pipe = { isTTY: false };

test.each([
  [tty, {}, true],
  [pipe, {}, false],
  [tty, { NO_COLOR: '1' }, false],
  [tty, { NO_COLOR: '' }, true],
  [tty, { TERM: 'dumb' }, false],
  [pipe, { FORCE_COLOR: '1' }, true],
  [pipe, { FORCE_COLOR: '' }, true],
  [tty, { FORCE_COLOR: '0' }, false],
  [tty, { FORCE_COLOR: 'false' }, false],
  [pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
])('colour on %j with %j: %s', (stream, env, expected) => {
  expect(colorEnabled(stream, env)).toBe(expected);
});

test.each([
  [tty, { TERM_PROGRAM: 'vscode' }, true],
  [tty, { VTE_VERSION: '7200' }, true],
  [tty, { TERM: 'xterm-kitty' }, true],
  [tty, { TERM: 'xterm-256color' }, false],
  [pipe, { TERM_PROGRAM: 'vscode' }, false],
  [tty, { TERM_PROGRAM: 'vscode', CI: 'true' }, false],
  [pipe, { FORCE_HYPERLINK: '1' }, true],
  [tty, { TERM_PROGRAM: 'vscode', FORCE_HYPERLINK: '0' }, false],
])('hyperlinks on %j with %j: %s', (stream, env, expected) => {
  expect(hyperlinksEnabled(stream, env)).toBe(expected);
});

test('wrapping only on a terminal, never narrower than 40', () => {
  expect(wrapWidth(tty)).toBe(100);
  expect(wrapWidth({ isTTY: true, columns: 20 })).toBe(40);
  expect(wrapWidth(pipe)).toBeUndefined();
  expect(wrapWidth({ isTTY: true, columns: 0 })).toBe(80);
});
