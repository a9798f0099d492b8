import { expect } from '@open-wc/testing';
import { omittedNotes, trendSummary } from '../../src/chart/trend-summary.js';
import { makePoint } from './chart-helpers.js';

const valueText = (p: { value: number }) => p.value.toFixed(1);

describe('trendSummary', () => {
  it('trendSummary tells the span and how far the best rose', () => {
    const points = [makePoint('Logistic Regression', '2016-08-01', 51, true), makePoint('X', '2018-01-01', 60), makePoint('XLNet', '2020-04-01', 95.4, true)];
    expect(trendSummary({ metric: 'F1', dataset: 'SQuAD1.1', points, records: [points[0], points[2]], direction: 'higher', valueText }))
      .to.equal('F1 on SQuAD1.1: 3 results from Aug 2016 to Apr 2020; the best rose from 51.0 (Logistic Regression, 2016) to 95.4 (XLNet, 2020) in 1 step.');
  });

  it('trendSummary says the best fell on a lower-is-better board', () => {
    const points = [makePoint('LSTM', '2016-12-01', 48.7, true), makePoint('kNN-LM', '2019-11-01', 15.8, true)];
    expect(trendSummary({ metric: 'PPL', dataset: 'WikiText-103', points, records: points, direction: 'lower', valueText }))
      .to.contain('the best fell from 48.7 (LSTM, 2016) to 15.8 (kNN-LM, 2019) in 1 step');
  });

  it('trendSummary handles one point, one month and no points', () => {
    const one = [makePoint('Only', '2021-03-04', 77.5, true)];
    expect(trendSummary({ metric: 'Acc', dataset: 'D', points: one, records: one, direction: 'higher', valueText }))
      .to.equal('Acc on D: 1 result, 77.5 (Only, Mar 2021).');
    const day = [makePoint('A', '2021-03-04', 80, true), makePoint('B', '2021-03-04', 80)];
    expect(trendSummary({ metric: 'Acc', dataset: 'D', points: day, records: [day[0]], direction: 'higher', valueText }))
      .to.equal('Acc on D: 2 results in Mar 2021; the best has been 80.0 (A, 2021) throughout.');
    expect(trendSummary({ metric: 'Acc', dataset: 'D', points: [], records: [], direction: 'higher', valueText }))
      .to.equal('Acc on D: no dated results with a value.');
  });

  it('omittedNotes counts results left off for want of a date or a value', () => {
    expect(omittedNotes(3, 1, 'F1')).to.deep.equal(['3 results without a date are not shown.', '1 result without a value for F1 is not shown.']);
    expect(omittedNotes(0, 0, 'F1')).to.deep.equal([]);
  });
});
