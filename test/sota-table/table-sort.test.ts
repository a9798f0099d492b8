import { expect } from '@open-wc/testing';
import { firstOrder, parseSortSpec, sortByKey } from '../../src/components/sota-table/table-sort.js';

describe('table-sort', () => {
  it('parseSortSpec("date:descending") reads the column and the order', () => {
    expect(parseSortSpec('date:descending')).to.deep.equal({ column: 'date', order: 'descending' });
    expect(parseSortSpec(' PPL : asc ')).to.deep.equal({ column: 'PPL', order: 'ascending' });
  });

  it('parseSortSpec keeps a colon that is part of a metric name and leaves the order open', () => {
    expect(parseSortSpec('Top-1: Accuracy')).to.deep.equal({ column: 'Top-1: Accuracy' });
    expect(parseSortSpec('model')).to.deep.equal({ column: 'model' });
    expect(parseSortSpec('  ')).to.equal(null);
  });

  it('firstOrder puts the best score first, the newest date first and text A to Z', () => {
    expect(firstOrder('score', 'higher')).to.equal('descending');
    expect(firstOrder('score', 'lower')).to.equal('ascending');
    expect(firstOrder('date')).to.equal('descending');
    expect(firstOrder('text')).to.equal('ascending');
    expect(firstOrder('rank')).to.equal('ascending');
  });

  it('sortByKey keeps items without a key last in both orders', () => {
    const items = [{ v: 2 }, { v: null }, { v: 1 }, { v: 3 }];
    expect(sortByKey(items, (i) => i.v, 'ascending').map((i) => i.v)).to.deep.equal([1, 2, 3, null]);
    expect(sortByKey(items, (i) => i.v, 'descending').map((i) => i.v)).to.deep.equal([3, 2, 1, null]);
  });

  it('sortByKey is stable for equal keys in both orders', () => {
    const items = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, v: i % 2 }));
    expect(sortByKey(items, (i) => i.v, 'ascending').map((i) => i.id).join('')).to.equal('acbd');
    expect(sortByKey(items, (i) => i.v, 'descending').map((i) => i.id).join('')).to.equal('bdac');
  });

  it('sortByKey compares text like a person: numbers inside names by value, case ignored', () => {
    const names = ['GPT-10', 'gpt-2', 'BERT'];
    expect(sortByKey(names, (n) => n, 'ascending')).to.deep.equal(['BERT', 'gpt-2', 'GPT-10']);
  });

  it('sortByKey sorts 10,000 numeric rows without changing the input', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ v: (i * 7919) % 10_007 }));
    const sorted = sortByKey(items, (i) => i.v, 'ascending');
    expect(sorted.every((item, i) => i === 0 || sorted[i - 1].v <= item.v)).to.equal(true);
    expect(items[1].v).to.equal(7919);
  });
});
