import { expect } from '@open-wc/testing';
import { parseDirectionOverride, parseNameList } from '../../src/internal/attribute-text.js';

describe('attribute-text', () => {
  it('parseDirectionOverride reads names with commas inside and either separator', () => {
    expect(parseDirectionOverride('PPL: lower, F1 (micro, avg): higher; Params:LOWER')).to.deep.equal({
      named: { PPL: 'lower', 'F1 (micro, avg)': 'higher', Params: 'lower' }, bare: null,
    });
  });

  it('parseDirectionOverride keeps a bare direction apart, for the metric an element shows', () => {
    expect(parseDirectionOverride(' Lower ')).to.deep.equal({ named: {}, bare: 'lower' });
    expect(parseDirectionOverride('higher')).to.deep.equal({ named: {}, bare: 'higher' });
  });

  it('parseDirectionOverride ignores what is not a direction', () => {
    expect(parseDirectionOverride('PPL: smaller, sideways')).to.deep.equal({ named: {}, bare: null });
    expect(parseDirectionOverride(null)).to.deep.equal({ named: {}, bare: null });
  });

  it('parseNameList trims names and drops empty ones', () => {
    expect(parseNameList(' BERT,, XLNet ,')).to.deep.equal(['BERT', 'XLNet']);
    expect(parseNameList(undefined)).to.deep.equal([]);
  });
});
