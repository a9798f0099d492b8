import { expect } from '@open-wc/testing';
import { cardWith, settle, $, $$, text } from './helpers.js';
import { barePaper, kebiolmFeed, KEBIOLM_TITLE } from './feeds.js';

const biobert = barePaper('biobert', {
  title: 'BioBERT: a pre-trained biomedical language representation model for biomedical text mining',
  url: 'https://arxiv.org/abs/1901.08746',
  arxivId: '1901.08746',
});

describe('<paper-card> paper matching', function () {
  this.timeout(30000); // axe checks are slow in a background tab, where timers are throttled

  const queries = {
    'id': 'kebiolm',
    'arXiv id': '2104.10344',
    'arXiv id with version': '2104.10344v2',
    'arXiv abstract URL': 'https://arxiv.org/abs/2104.10344v1',
    'arXiv PDF URL': 'https://arxiv.org/pdf/2104.10344.pdf',
    'title': KEBIOLM_TITLE,
    'title in other case and spacing': '  improving biomedical pretrained LANGUAGE models with knowledge ',
  };
  for (const [kind, query] of Object.entries(queries)) {
    it(`finds the paper by ${kind}`, async () => {
      const el = await cardWith(kebiolmFeed([biobert]), { paper: query });
      expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
      expect($$(el, '[part~="row"]')).to.have.length(4);
    });
  }

  it('finds the other paper of the feed and its (absent) results', async () => {
    const el = await cardWith(kebiolmFeed([biobert]), { paper: '1901.08746' });
    expect(text($(el, '[part~="title"]'))).to.equal(biobert.title);
    expect(text($(el, '[part~="no-results"]'))).to.equal('No leaderboard results for this paper in the feed.');
  });

  it('says no paper matches an unknown query and offers the nearest titles', async () => {
    const el = await cardWith(kebiolmFeed([biobert]), { paper: 'Improving biomedical language models' });
    await expect(el).to.be.accessible();
    const status = $(el, '[part~="status"]')!;
    expect(text(status)).to.contain('No paper matching “Improving biomedical language models” in this feed.');
    const suggestions = $$(el, '[part~="suggestion"]');
    expect(suggestions.map(text)).to.include(KEBIOLM_TITLE);
    suggestions.find((button) => text(button) === KEBIOLM_TITLE)!.click();
    await settle(el);
    expect(el.paper).to.equal('kebiolm');
    expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
  });

  it('asks which paper to show when a feed has several and `paper` is not set', async () => {
    const el = await cardWith(kebiolmFeed([biobert]));
    expect(text($(el, '[part~="status"]'))).to.contain('This feed has 2 papers');
    expect($$(el, '[part~="suggestion"]').map(text)).to.deep.equal([KEBIOLM_TITLE, biobert.title]);
  });

  it('follows a change of `paper`', async () => {
    const el = await cardWith(kebiolmFeed([biobert]), { paper: 'kebiolm' });
    el.paper = 'biobert';
    await settle(el);
    expect(text($(el, '[part~="title"]'))).to.equal(biobert.title);
  });
});
