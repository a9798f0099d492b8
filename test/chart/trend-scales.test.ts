import { expect } from '@open-wc/testing';
import { trendScales, valueDomain, timeDomain } from '../../src/chart/trend-scales.js';
import { formatDateTicks, formatValueTicks } from '../../src/chart/trend-format.js';
import { makePoint } from './chart-helpers.js';

const points = [makePoint('a', '2016-01-01', 50), makePoint('b', '2018-01-01', 70), makePoint('c', '2020-01-01', 90)];

describe('trendScales', () => {
  it('trendScales maps the date span onto the plot width and values upwards', () => {
    const s = trendScales(points, { width: 600, height: 300 });
    expect(s.x(points[0].time)).to.equal(s.frame.left);
    expect(s.x(points[2].time)).to.equal(s.frame.right);
    expect(s.y(90)).to.be.below(s.y(50));
    expect(s.scale).to.equal('linear');
  });

  it('trendScales labels a four-year span in whole years', () => {
    const s = trendScales(points, { width: 600, height: 300 });
    expect(s.xTicks.map((t) => t.label)).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
  });

  it('trendScales labels a few months in months, naming the year where it changes', () => {
    const short = [makePoint('a', '2020-10-01', 1), makePoint('b', '2021-03-01', 2)];
    const labels = trendScales(short, { width: 600, height: 300 }).xTicks.map((t) => t.label);
    expect(labels).to.deep.equal(['Oct 2020', 'Nov', 'Dec', 'Jan 2021', 'Feb', 'Mar']);
  });

  it('trendScales widens a single day and equal values so one point sits mid-plot', () => {
    const one = [makePoint('a', '2021-03-04', 80)];
    const s = trendScales(one, { width: 600, height: 300 });
    const middle = (s.frame.left + s.frame.right) / 2;
    expect(Math.abs(s.x(one[0].time) - middle)).to.be.below(1);
    expect(s.y(80)).to.be.within(s.frame.top + 20, s.frame.bottom - 20);
    expect(timeDomain(one)[1] - timeDomain(one)[0]).to.equal(30 * 86_400_000);
    expect(valueDomain(one, 'linear')).to.deep.equal([72, 88]);
  });

  it('trendScales handles negative values on a linear scale', () => {
    const s = trendScales([makePoint('a', '2020-01-01', -5), makePoint('b', '2021-01-01', 5)], { width: 600, height: 300 });
    expect(s.yTicks.map((t) => t.value)).to.include(0);
    expect(s.y(-5)).to.be.below(s.frame.bottom + 0.001);
  });

  it('trendScales refuses a log scale when a value is not above zero, and counts them', () => {
    const s = trendScales([makePoint('a', '2020-01-01', 0), makePoint('b', '2021-01-01', 5)], { width: 600, height: 300, scale: 'log' });
    expect(s.scale).to.equal('linear');
    expect(s.logRefused).to.equal(1);
  });

  it('trendScales uses a log scale for positive values over many orders of magnitude', () => {
    const s = trendScales([makePoint('a', '2020-01-01', 0.01), makePoint('b', '2021-01-01', 1e6)], { width: 600, height: 300, scale: 'log' });
    expect(s.scale).to.equal('log');
    expect(s.y(1)).to.be.closeTo((s.y(0.01) + s.y(100)) / 2, 0.01);
    expect(s.yTicks.length).to.be.within(2, 9);
  });
});

describe('trend formats', () => {
  it('formatValueTicks shows the decimals the step needs and compacts huge values', () => {
    expect(formatValueTicks([0.5, 1, 1.5])).to.deep.equal(['0.5', '1', '1.5']);
    expect(formatValueTicks([80, 85, 90])).to.deep.equal(['80', '85', '90']);
    expect(formatValueTicks([0, 2e9, 4e9])).to.deep.equal(['0', '2B', '4B']);
  });

  it('formatDateTicks names days with the year on the first tick', () => {
    const days = ['2021-03-01', '2021-03-08'].map((d) => Date.parse(`${d}T00:00:00Z`));
    expect(formatDateTicks(days)).to.deep.equal(['Mar 1, 2021', 'Mar 8']);
  });
});
