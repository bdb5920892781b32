import fc from 'fast-check';
import { compareIds, sameNumber, sortIds } from './ids.js';

describe('compareIds', () => {
  it.each([
    ['9', '10', -1],
    ['10', '9', 1],
    ['000009', '000010', -1],
    ['000010', '10', -1], // numerically equal: tie broken by string ('0' < '1')
    ['10', '000010', 1],
    ['000001', '000001', 0],
    ['20240101120000', '20240101120001', -1],
    ['99999999999999999999', '100000000000000000000', -1], // beyond Number precision
    ['0', '000', -1], // a prefix sorts first
  ])('%s vs %s -> %i', (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });

  it('sorts numerically', () => {
    expect(sortIds(['10', '9', '000002', '1', '0001'])).toEqual(['0001', '1', '000002', '9', '10']);
  });

  it.each([
    ['1', '000001', true],
    ['10', '000010', true],
    ['10', '100', false],
    ['0', '0000', true],
  ])('sameNumber(%s, %s) = %s', (a, b, same) => {
    expect(sameNumber(a, b)).toBe(same);
  });
});

test('compareIds orders as comparing the ids without leading zeros, then as strings (any string, empty included)', () => {
  // The definition, written the slow way.
  const significant = (id: string) => id.replace(/^0+/, '') || '0';
  const reference = (a: string, b: string) => {
    const x = significant(a);
    const y = significant(b);
    if (x.length !== y.length) return Math.sign(x.length - y.length);
    if (x !== y) return x < y ? -1 : 1;
    return a === b ? 0 : a < b ? -1 : 1;
  };
  const id = fc.oneof(fc.stringMatching(/^0{0,3}[0-9]{0,6}$/), fc.string({ maxLength: 4 }));
  fc.assert(fc.property(id, id, (a, b) => Math.sign(compareIds(a, b)) === reference(a, b)), { seed: 20261125, numRuns: 5000 });
});
