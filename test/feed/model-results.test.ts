// modelResults and nearestModels on hand-made feeds (made-up models: what is tested is matching and ranking).
import { expect } from '@open-wc/testing';
import { modelResults, nearestModels } from '../../src/feed/model-results.js';
import { feed, leaderboard, metric } from './helpers.js';

const boards = feed([
  leaderboard('Question Answering', 'Toy QA', ['EM', 'F1', 'Number of params'], [
    { model: 'org/Model-A', values: { EM: 80, F1: 85, 'Number of params': '110M' } },
    { model: 'Model B', values: { EM: 82, F1: 84 } },
  ]),
  leaderboard('Language Modelling', 'Toy LM', [metric('PPL', 'lower')], [
    { model: 'Model B', values: { PPL: 30 } },
    { model: 'model a', values: { PPL: 20 } },
    { model: 'Model C', values: { PPL: '-' } },
  ]),
]);

describe('modelResults', () => {
  it('finds a model on every board, by its name or a Hub id without its owner, ranked on each score metric', () => {
    const rows = modelResults(boards, 'Model-A');
    expect(rows.map((row) => [row.leaderboard.dataset, row.metric.name, row.value.value, row.rank, row.of])).to.deep.equal([
      ['Toy QA', 'EM', 80, 2, 2],
      ['Toy QA', 'F1', 85, 1, 2],
      ['Toy LM', 'PPL', 20, 1, 2],
    ]);
    expect(modelResults(boards, 'org/model a').length, 'the whole Hub id').to.equal(2);
  });

  it('leaves out descriptors and values that are not numbers, and finds nothing for an unknown or empty name', () => {
    expect(modelResults(boards, 'Model C')).to.deep.equal([]);
    expect(modelResults(boards, 'Model D')).to.deep.equal([]);
    expect(modelResults(boards, '  ')).to.deep.equal([]);
  });
});

describe('nearestModels', () => {
  it('names the feed\'s models that read most like the query', () => {
    expect(nearestModels(boards, 'Modle B', 1)).to.deep.equal(['Model B']);
    expect(nearestModels(boards, 'zzz')).to.deep.equal([]);
  });
});
