// stableOrder against the comparator sort it replaces: the same order for any numbers, ties included.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { stableOrder } from '../../src/feed/internal/stable-order.js';

function byComparator(numbers: Float64Array, positions: number[], order: 'ascending' | 'descending'): number[] {
  const sign = order === 'ascending' ? 1 : -1;
  return [...positions].sort((a, b) => sign * (numbers[a] - numbers[b]) || a - b);
}

describe('stableOrder', () => {
  it('orders positions by their numbers, equal numbers in input order, in both directions', () => {
    const numbers = Float64Array.from([3, 1, 3, -Infinity, 2, 1, Infinity, 0, -0]);
    const all = [...numbers.keys()];
    expect([...stableOrder(numbers, all, 'ascending')]).to.deep.equal([3, 7, 8, 1, 5, 4, 0, 2, 6]);
    expect([...stableOrder(numbers, all, 'descending')]).to.deep.equal([6, 0, 2, 4, 1, 5, 7, 8, 3]);
  });

  it('orders only the positions it is given', () => {
    const numbers = Float64Array.from([5, 9, 1, 7]);
    expect([...stableOrder(numbers, [0, 2, 3], 'descending')]).to.deep.equal([3, 0, 2]);
    expect([...stableOrder(numbers, [], 'ascending')]).to.deep.equal([]);
  });

  it('agrees with a stable comparator sort on any numbers (many ties)', () => {
    const numbers = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })), { maxLength: 300 });
    fc.assert(fc.property(numbers, fc.boolean(), fc.constantFrom<'ascending' | 'descending'>('ascending', 'descending'), (list, everyOther, order) => {
      const values = Float64Array.from(list);
      const positions = [...values.keys()].filter((i) => !everyOther || i % 2 === 0);
      expect([...stableOrder(values, positions, order)]).to.deep.equal(byComparator(values, positions, order));
    }));
  });
});
