import { expect } from '@open-wc/testing';
import { limitRows, searchRows, sortRows, tableModel } from '../../src/components/sota-table/table-model.js';
import { selectBoard, type BoardQuery } from '../../src/internal/board-selection.js';
import { wikitextFeed } from './fixtures.js';

/** The table model of the WikiText-103 board as the element would choose it with these attributes (see board-selection). */
function modelOf(extra: Partial<BoardQuery> = {}, columns: string[] | null = null) {
  const selection = selectBoard(wikitextFeed(), {
    task: null, dataset: null, metric: null, directions: { named: {}, bare: null }, hideExtraData: false, highlight: [], ...extra,
  });
  if (selection.kind !== 'board') throw new Error('expected a board');
  return tableModel(selection, columns);
}

describe('table-model', () => {
  it('tableModel ranks perplexity lower-is-better and leaves the unreadable value unranked', () => {
    const model = modelOf({ dataset: 'wikitext-103' });
    expect(model.rankingMetric?.name).to.equal('Test perplexity');
    expect(model.rows.map((r) => [r.result.model, r.rank])).to.deep.equal([
      ['Megatron-LM', 1], ['kNN-LM', 2], ['Compressive Transformer', 3], ['GPT-2 Full', 4], ['Transformer-XL Large', 5], ['Adaptive input (ours)', null],
    ]);
    expect(model.best.get('Test perplexity')).to.equal(10.81);
    expect(model.best.has('Number of params')).to.equal(false);
  });

  it('best values are the best of every score metric shown, in its direction, whichever metric ranks', () => {
    const queries: Partial<BoardQuery>[] = [
      {}, { hideExtraData: true }, { directions: { named: { 'test perplexity': 'higher' }, bare: null } },
      { directions: { named: {}, bare: 'higher' } }, { metric: 'Number of params' },
    ];
    for (const query of queries) {
      const model = modelOf(query);
      for (const metric of model.metrics.filter((m) => !m.descriptor)) {
        const values = model.rows.map((r) => r.result.values[metric.name]?.value).filter((v): v is number => typeof v === 'number');
        const expected = values.length ? (metric.direction === 'lower' ? Math.min(...values) : Math.max(...values)) : undefined;
        expect(model.best.get(metric.name), `${metric.name} ${JSON.stringify(query)}`).to.equal(expected);
      }
    }
  });

  it('a direction override reverses the ranking', () => {
    const model = modelOf({ directions: { named: { 'test perplexity': 'higher' }, bare: null } });
    expect(model.rows[0].result.model).to.equal('Transformer-XL Large');
  });

  it('a bare direction applies to the ranking metric alone', () => {
    const model = modelOf({ directions: { named: {}, bare: 'higher' } });
    expect(model.rows[0].result.model).to.equal('Transformer-XL Large');
    expect(model.metrics.map((metric) => metric.direction)).to.deep.equal(['higher', 'lower']);
  });

  it('hiding extra data ranks the rest among themselves and counts what is hidden', () => {
    const model = modelOf({ hideExtraData: true });
    expect(model.rows.map((r) => r.rank)).to.deep.equal([1, 2, 3, null]);
    expect(model.rows[0].result.model).to.equal('kNN-LM');
    expect(model.hiddenExtra).to.equal(2);
    expect(model.extraCount).to.equal(2);
  });

  it('sortRows by model keeps ranks; searchRows filters by model and paper words', () => {
    const model = modelOf();
    const byName = sortRows(model.rows, { column: 'model', order: 'ascending' });
    expect(byName[0].result.model).to.equal('Adaptive input (ours)');
    expect(byName.find((r) => r.result.model === 'Megatron-LM')!.rank).to.equal(1);
    expect(searchRows(model.rows, 'memorization').map((r) => r.result.model)).to.deep.equal(['kNN-LM']);
    expect(searchRows(model.rows, 'TRANSFORMER large').map((r) => r.result.model)).to.deep.equal(['Transformer-XL Large']);
  });

  it('limitRows keeps the top N plus highlighted rows beyond them', () => {
    const model = modelOf({ highlight: ['transformer-xl large'] });
    expect(limitRows(model.rows, 2).map((r) => r.result.model)).to.deep.equal(['Megatron-LM', 'kNN-LM', 'Transformer-XL Large']);
  });

  it('tableModel shows the columns named, in that order, case aside, and drops unknown names', () => {
    expect(modelOf({}, ['number of params', 'BLEU', 'Test perplexity']).metrics.map((m) => m.name)).to.deep.equal(['Number of params', 'Test perplexity']);
  });
});
