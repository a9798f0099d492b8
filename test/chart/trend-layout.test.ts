import { expect } from '@open-wc/testing';
import { trendLayout } from '../../src/chart/trend-layout.js';
import { trendPoints } from '../../src/chart/trend-points.js';
import { intersects } from '../../src/chart/place-labels.js';
import { makeResult, round } from './chart-helpers.js';

// Hand-made: three record setters and one result that did not beat the best.
const results = [
  makeResult('A', '2016-01-01', 50),
  makeResult('B', '2018-01-01', 70),
  makeResult('C', '2019-01-01', 60),
  makeResult('D', '2020-01-01', 90),
];
const score = { name: 'Score', direction: 'higher' } as const;

describe('trendPoints', () => {
  it('trendPoints keeps dated, valued results in time order and counts the rest', () => {
    const data = trendPoints([results[3], makeResult('X', null, 1), makeResult('Y', '2020-01-01', null), results[0]], score);
    expect(data.points.map((p) => p.result.model)).to.deep.equal(['A', 'D']);
    expect(data.undated).to.equal(1);
    expect(data.noValue).to.equal(1);
  });

  it('trendPoints marks the record setters in the metric\'s direction, and keeps feed order within a day', () => {
    const higher = trendPoints(results, score);
    expect(higher.records.map((p) => p.result.model)).to.deep.equal(['A', 'B', 'D']);
    expect(higher.points.filter((p) => p.record)).to.deep.equal(higher.records);
    expect(trendPoints(results, { ...score, direction: 'lower' }).records.map((p) => p.result.model)).to.deep.equal(['A']);
    const sameDay = [makeResult('late', '2021-01-01', 1), makeResult('first', '2020-01-01', 5), makeResult('second', '2020-01-01', 9)];
    const data = trendPoints(sameDay, score);
    expect(data.points.map((p) => p.result.model)).to.deep.equal(['first', 'second', 'late']);
    expect(data.records.map((p) => p.result.model)).to.deep.equal(['second']);
  });

  it('trendPoints reads "±" as low and high and marks the results its highlight test picks', () => {
    const data = trendPoints([makeResult('Model X', '2020-01-01', 10, false, 0.5), makeResult('Model Y', '2021-01-01', 11)],
      { ...score, name: 'score' }, (result) => result.model === 'Model X');
    expect([data.points[0].low, data.points[0].high, data.points[0].highlighted]).to.deep.equal([9.5, 10.5, true]);
    expect(data.points[1].highlighted).to.equal(false);
  });
});

describe('trendLayout', () => {
  const data = trendPoints(results, score);
  const layout = trendLayout(data.points, { width: 500, height: 300 });

  it('trendLayout places points at (date, value)', () => {
    const { x, y } = layout.scales;
    expect(layout.plotted.map((p) => [round(p.x), round(p.y)])).to.deep.equal(
      data.points.map((p) => [round(x(p.time)), round(y(p.value))]),
    );
    expect(round(layout.plotted[0].x)).to.equal(layout.scales.frame.left);
    expect(round(layout.plotted[3].x)).to.equal(layout.scales.frame.right);
  });

  it('trendLayout draws the frontier through the records only, ending at the latest date', () => {
    const [a, b, , d] = layout.plotted.map((p) => [round(p.x), round(p.y)]);
    const expected = `M${a[0]},${a[1]}H${b[0]}V${b[1]}H${d[0]}V${d[1]}`;
    const rounded = layout.frontier.d.replace(/-?\d+(\.\d+)?/g, (n) => String(round(Number(n))));
    expect(rounded).to.equal(expected);
  });

  it('trendLayout labels each record setter where it fits, clear of dots and the line', () => {
    expect(layout.labels.map((l) => l.text).sort()).to.deep.equal(['A', 'B', 'D']);
    const dots = layout.plotted.map((p) => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }));
    for (const label of layout.labels) {
      for (const box of [...dots, ...layout.frontier.segments]) expect(intersects(label.box, box)).to.equal(false);
    }
  });

  it('trendLayout with labels "none" names nothing and "all" names the others too', () => {
    expect(trendLayout(data.points, { width: 500, height: 300, labels: 'none' }).labels).to.deep.equal([]);
    expect(trendLayout(data.points, { width: 500, height: 300, labels: 'all' }).labels.map((l) => l.text)).to.include('C');
  });

  it('trendLayout draws error bars from value - uncertainty to value + uncertainty', () => {
    const points = trendPoints([makeResult('E', '2020-01-01', 10, false, 1), makeResult('F', '2021-01-01', 12)], score).points;
    const out = trendLayout(points, { width: 400, height: 200 });
    const { y } = out.scales;
    const [x, y1, y2] = (out.errorBars.match(/-?[\d.]+/g) ?? []).map(Number);
    expect([round(x), round(y1), round(y2)]).to.deep.equal([round(out.plotted[0].x), round(y(9)), round(y(11))]);
  });
});
