import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { intersects, placeLabels, type LabelRequest } from '../../src/chart/place-labels.js';

const bounds = { x: 0, y: 0, width: 400, height: 300 };

describe('placeLabels', () => {
  it('placeLabels puts a lone label above-left of its point on a higher-is-better board', () => {
    const [label] = placeLabels([{ key: 1, text: 'BERT', x: 200, y: 150, width: 30, height: 12 }], { bounds, obstacles: [] });
    expect(label.anchor).to.equal('above-left');
    expect(label.box).to.deep.equal({ x: 165, y: 133, width: 30, height: 12 });
  });

  it('placeLabels tries below first on a lower-is-better board', () => {
    const [label] = placeLabels([{ key: 1, text: 'kNN-LM', x: 200, y: 150, width: 40, height: 12 }], { bounds, obstacles: [], prefer: 'below' });
    expect(label.anchor).to.equal('below-left');
  });

  it('placeLabels moves a label off an obstacle and drops one with no room', () => {
    const obstacle = { x: 150, y: 120, width: 50, height: 30 };
    const [moved] = placeLabels([{ key: 1, text: 'A', x: 200, y: 150, width: 30, height: 12 }], { bounds, obstacles: [obstacle] });
    expect(intersects(moved.box, obstacle)).to.equal(false);
    const everywhere = { x: 0, y: 0, width: 400, height: 300 };
    expect(placeLabels([{ key: 1, text: 'A', x: 200, y: 150, width: 30, height: 12 }], { bounds, obstacles: [everywhere] })).to.deep.equal([]);
  });

  it('placeLabels never lets two labels, a label and a dot, or a label and the bounds overlap', () => {
    const request = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 10, max: 120 }) });
    fc.assert(fc.property(fc.array(request, { maxLength: 40 }), (specs) => {
      const requests: LabelRequest<number>[] = specs.map((s, i) => ({ key: i, text: `m${i}`, x: s.x, y: s.y, width: s.width, height: 12 }));
      const dots = specs.map((s) => ({ x: s.x - 3, y: s.y - 3, width: 6, height: 6 }));
      const placed = placeLabels(requests, { bounds, obstacles: dots });
      for (const [i, a] of placed.entries()) {
        expect(a.box.x).to.be.at.least(0);
        expect(a.box.x + a.box.width).to.be.at.most(400);
        for (const b of placed.slice(i + 1)) expect(intersects(a.box, b.box), `${a.text} / ${b.text}`).to.equal(false);
        for (const dot of dots) expect(intersects(a.box, dot)).to.equal(false);
      }
    }), { numRuns: 200 });
  });
});
