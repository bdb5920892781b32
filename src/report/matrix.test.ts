import { buildMatrix, formatMatrix } from './matrix.js';

describe('matrix', () => {
  test.each([
    { levels: [], want: { include: [] } },
    { levels: [['a']], want: { include: [{ service: 'a', level: 0 }] } },
    {
      levels: [['a', 'd'], ['b']],
      want: { include: [{ service: 'a', level: 0 }, { service: 'd', level: 0 }, { service: 'b', level: 1 }] },
    },
  ])('levels $levels', ({ levels, want }) => {
    expect(buildMatrix({ levels })).toEqual(want);
  });

  test('one level only, one line of JSON', () => {
    const text = formatMatrix({ levels: [['a', 'd'], ['b']] }, 1);
    expect(text).toBe('{"include":[{"service":"b","level":1}]}\n');
  });
});
