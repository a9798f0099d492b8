import { expect, fixture, html } from '@open-wc/testing';
import type { PaperCard } from '../../src/components/paper-card/paper-card.js';
import { cardWith, settle, $, $$, text } from './helpers.js';
import { kebiolmFeed, KEBIOLM_TITLE } from './feeds.js';

describe('<paper-card> from our format', function () {
  this.timeout(30000); // axe checks are slow in a background tab, where timers are throttled

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm', theme });
      await expect(el).to.be.accessible();
    });
  }

  it('links the title to the paper', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    const link = $(el, '[part~="title"] a') as HTMLAnchorElement;
    expect(text(link)).to.equal(KEBIOLM_TITLE);
    expect(link.getAttribute('href')).to.equal('https://arxiv.org/abs/2104.10344');
  });

  it('lists all five authors without shortening', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    expect($$(el, '[part~="author"]').map(text)).to.deep.equal(['Zheng Yuan', 'Yijia Liu', 'Chuanqi Tan', 'Songfang Huang', 'Fei Huang']);
    expect($(el, '[part~="authors-toggle"]')).to.equal(null);
  });

  it('shows the date with Intl and the venue without PWC\'s trailing month', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    expect(text($(el, '[part~="date"]'))).to.equal('Apr 21, 2021');
    expect($(el, '[part~="date"]')!.getAttribute('datetime')).to.equal('2021-04-21');
    expect(text($(el, '[part~="venue"]'))).to.equal('NAACL (BioNLP) 2021');
    expect(text($(el, '[part~="meta"]'))).not.to.match(/2021 6\b/);
  });

  it('shows a date the feed gives only to the month as "Apr 2021", not "Apr 1, 2021"', async () => {
    const feed = kebiolmFeed();
    feed.papers = [{ ...feed.papers[0], date: '2021-04' }];
    const el = await cardWith(feed, { paper: 'kebiolm' });
    expect(text($(el, '[part~="date"]'))).to.equal('Apr 2021');
    expect($(el, '[part~="date"]')!.getAttribute('datetime')).to.equal('2021-04-01');
  });

  it('shows a month-only date of a paper known only from a result\'s reference as "Apr 2021"', async () => {
    const el = await cardWith({
      version: 1,
      leaderboards: [{ task: 'Named Entity Recognition (NER)', dataset: 'NCBI-disease', metrics: ['F1'], results: [
        { model: 'KeBioLM', date: '2021-04', values: { F1: '89.1' }, paper: { title: KEBIOLM_TITLE, url: 'https://arxiv.org/abs/2104.10344', date: '2021-04' } },
      ] }],
    }, { paper: '2104.10344' });
    expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
    expect(text($(el, '[part~="date"]'))).to.equal('Apr 2021');
  });

  it('shows one chip per task across spellings', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    expect($$(el, '[part~="task"]').map(text)).to.deep.equal([
      'Relation Extraction', 'Named Entity Recognition (NER)', 'Entity Linking', 'Language Modelling',
    ]);
  });

  it('links Paper, PDF and the official code with framework and stars', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    const links = $$(el, '[part~="link"]') as HTMLAnchorElement[];
    expect(links.map(text)).to.deep.equal(['Paper', 'PDF', 'Code']);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://arxiv.org/abs/2104.10344', 'https://arxiv.org/pdf/2104.10344', 'https://github.com/GanjinZero/KeBioLM',
    ]);
    const codeItem = links[2].closest('li')!;
    expect(text(codeItem.querySelector('[part~="badge"]'))).to.equal('official');
    expect(text(codeItem)).to.contain('PyTorch').and.to.contain('1.2K stars');
  });

  it('clamps the abstract and toggles it with an aria-expanded "Show more" button', async () => {
    // Fixture on the card itself: a plain wrapper would make fixture() wait for an animation frame.
    const el = await fixture<PaperCard>(html`<paper-card style="width: 400px" paper="kebiolm" .feed=${kebiolmFeed()}></paper-card>`);
    await settle(el);
    const abstract = $(el, '[part~="abstract"] p')!;
    expect(abstract.scrollHeight).to.be.greaterThan(abstract.clientHeight);
    const toggle = $(el, '[part~="abstract-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(abstract.id);
    expect(toggle.hidden).to.equal(false);
    expect(text(toggle)).to.equal('Show more');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Show less');
    expect(abstract.scrollHeight).to.be.at.most(abstract.clientHeight + 1);
  });

  it('lists its results with the rank on each leaderboard, "#1 of 1" on a board of one', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    expect($$(el, '[part~="header"]').map(text)).to.deep.equal(['Task', 'Dataset', 'Metric', 'Value', 'Model', 'Rank']);
    const rows = $$(el, '[part~="row"]').map((row) => [...row.querySelectorAll('td')].map(text));
    expect(rows).to.deep.equal([
      ['Relation Extraction', 'GAD', 'F1', '84.3', 'KeBioLM', '#1 of 1'],
      ['Named Entity Recognition (NER)', 'NCBI-disease', 'F1', '89.1', 'KeBioLM', '#6 of 18'],
      ['Named Entity Recognition (NER)', 'BC5CDR-chemical', 'F1', '93.3', 'KeBioLM', '#2 of 2'],
      ['Named Entity Recognition (NER)', 'JNLPBA', 'F1', '82', 'KeBioLM', '#1 of 2'],
    ]);
  });

  it('shows the only paper of a feed when `paper` is not set', async () => {
    const el = await cardWith(kebiolmFeed());
    expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
  });
});
