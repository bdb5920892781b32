import { PriorityQueue } from './priority-queue.js';

describe('PriorityQueue', () => {
  it('pops in order, whatever the push order', () => {
    const input = [5, 3, 9, 1, 1, 8, 2, 7, 0, 6, 4];
    const q = new PriorityQueue<number>((a, b) => a - b);
    for (const x of input) q.push(x);
    expect(q.size).toBe(input.length);
    const out: number[] = [];
    for (let x = q.pop(); x !== undefined; x = q.pop()) out.push(x);
    expect(out).toEqual([...input].sort((a, b) => a - b));
    expect(q.pop()).toBeUndefined();
  });
});
