import { expect } from '@open-wc/testing';
import { linearScale, logScale } from '../../src/chart/value-scale.js';

describe('value scales', () => {
  it('linearScale nices the domain to round ends and maps it onto the range', () => {
    const y = linearScale([41.3, 97.8], 300, 0);
    expect(y.domain).to.deep.equal([40, 100]);
    expect(y(40)).to.equal(300);
    expect(y(100)).to.equal(0);
    expect(y(70)).to.equal(150);
    expect(y.ticks(4)).to.deep.equal([40, 60, 80, 100]);
  });

  it('linearScale puts a one-value domain in the middle of the range', () => {
    const y = linearScale([5, 5], 100, 0);
    expect(y(5)).to.equal(50);
  });

  it('logScale widens to whole powers of ten and spaces decades evenly', () => {
    const y = logScale([0.02, 3000], 500, 0);
    expect(y.domain).to.deep.equal([0.01, 10000]);
    expect(y(0.01)).to.equal(500);
    expect(y(10000)).to.be.closeTo(0, 1e-9);
    expect(y(1)).to.be.closeTo(500 - (2 / 6) * 500, 1e-9);
    expect(y.ticks(4)).to.deep.equal([0.01, 1, 100, 10000]);
  });

  it('logScale ticks every 1…9 multiple, exactly, on a short range', () => {
    const y = logScale([0.15, 0.8], 100, 0);
    expect(y.ticks(5)).to.deep.equal([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
});
