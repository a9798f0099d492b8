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

  it('orders whole numbers of a narrow span (the counting pass) the same way, -0 equal to 0', () => {
    const numbers = Float64Array.from([3, 0, -0, -2, 3, 1, 0]);
    const all = [...numbers.keys()];
    expect([...stableOrder(numbers, all, 'ascending')]).to.deep.equal([3, 1, 2, 6, 5, 0, 4]);
    expect([...stableOrder(numbers, all, 'descending')]).to.deep.equal([0, 4, 5, 1, 2, 6, 3]);
    const days = Float64Array.from([19000, 15000, 19000, 17000]); // a wide span for four numbers: the radix passes
    expect([...stableOrder(days, [...days.keys()], 'descending')]).to.deep.equal([0, 2, 3, 1]);
  });

  it('orders only the positions it is given', () => {
    const numbers = Float64Array.from([5, 9, 1, 7]);
    expect([...stableOrder(numbers, [0, 2, 3], 'descending')]).to.deep.equal([3, 0, 2]);
    expect([...stableOrder(numbers, [], 'ascending')]).to.deep.equal([]);
  });

  it('agrees with a stable comparator sort on any numbers (many ties)', () => {
    const numbers = fc.oneof(
      fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })), { maxLength: 300 }),
      fc.array(fc.integer({ min: -300, max: 300 }), { maxLength: 300 }), // whole numbers: the counting pass
      fc.array(fc.constantFrom(0, -0, 1, -1), { maxLength: 50 }),
    );
    fc.assert(fc.property(numbers, fc.boolean(), fc.constantFrom<'ascending' | 'descending'>('ascending', 'descending'), (list, everyOther, order) => {
      const values = Float64Array.from(list);
      const positions = [...values.keys()].filter((i) => !everyOther || i % 2 === 0);
      expect([...stableOrder(values, positions, order)]).to.deep.equal(byComparator(values, positions, order));
    }));
  });
});
