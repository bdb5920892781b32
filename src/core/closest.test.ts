import { closestName, editDistance } from './closest.js';

test.each([
  ['kitten', 'sitting', 3],
  ['stauts', 'status', 1],
  ['', 'abc', 3],
  ['same', 'same', 0],
])('editDistance(%s, %s) = %d', (a, b, d) => {
  expect(editDistance(a, b, 10)).toBe(d);
});

test('stops at the limit', () => {
  expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
});

test.each([
  ['valdate', ['validate', 'verify', 'up'], 'validate'],
  ['rot', ['root', 'format'], 'root'],
  ['Fail_On', ['fail-on', 'format'], 'fail-on'],
  ['frobnicate', ['validate', 'verify'], undefined],
  ['root', ['root'], undefined],
])('closestName(%s) = %s', (word, candidates, expected) => {
  expect(closestName(word, candidates)).toBe(expected);
});
