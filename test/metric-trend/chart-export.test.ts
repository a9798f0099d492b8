import { expect } from '@open-wc/testing';
import { fileSlug } from '../../src/components/metric-trend/chart-export.js';

describe('chart-export', () => {
  it("fileSlug('F1', 'SQuAD1.1') names the file f1-squad1-1", () => {
    expect(fileSlug('F1', 'SQuAD1.1')).to.equal('f1-squad1-1');
  });

  it('fileSlug folds accents into their letters and falls back to "chart" when nothing is left', () => {
    expect(fileSlug('Précision', 'Café-Bench')).to.equal('precision-cafe-bench');
    expect(fileSlug('—', '')).to.equal('chart');
  });
});
