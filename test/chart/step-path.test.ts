import { expect } from '@open-wc/testing';
import { stepPath } from '../../src/chart/step-path.js';

describe('stepPath', () => {
  it('stepPath steps across then up at each record and carries the last one to endX', () => {
    const { d, segments } = stepPath([{ x: 0, y: 100 }, { x: 50, y: 60 }, { x: 80, y: 20 }], 120);
    expect(d).to.equal('M0,100H50V60H80V20H120');
    expect(segments).to.have.length(5);
  });

  it('stepPath steps down for a lower-is-better frontier (y grows downwards)', () => {
    expect(stepPath([{ x: 0, y: 20 }, { x: 40, y: 70 }], 90).d).to.equal('M0,20H40V70H90');
  });

  it('stepPath of one record is a flat line to endX, and of none is empty', () => {
    expect(stepPath([{ x: 10, y: 5 }], 30).d).to.equal('M10,5H30');
    expect(stepPath([], 30)).to.deep.equal({ d: '', segments: [] });
  });

  it('stepPath segments are thin boxes along the line', () => {
    const { segments } = stepPath([{ x: 0, y: 100 }, { x: 50, y: 60 }], 50, 2);
    expect(segments).to.deep.equal([
      { x: 0, y: 99, width: 50, height: 2 },
      { x: 49, y: 60, width: 2, height: 40 },
    ]);
  });
});
