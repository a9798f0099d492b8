import { expect } from '@open-wc/testing';
import { cardWith, settle, $, $$, text } from './helpers.js';
import { barePaper } from './feeds.js';
import type { Feed, Paper } from '../../src/feed/types.js';

function feedOf(...papers: object[]) {
  return { version: 1, leaderboards: [], papers };
}

describe('<paper-card> robustness', function () {
  this.timeout(30000); // axe checks are slow in a background tab, where timers are throttled

  it('makes a tidy card from a paper with only a title', async () => {
    const el = await cardWith(feedOf(barePaper('bare')), { paper: 'bare' });
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~="title"]'))).to.equal('Test paper bare');
    expect($(el, '[part~="title"] a')).to.equal(null);
    for (const part of ['authors', 'meta', 'tasks', 'abstract', 'results', 'code-link', 'paper-link', 'pdf-link']) {
      expect($(el, `[part~="${part}"]`), part).to.equal(null);
    }
    expect(text($(el, '[part~="no-results"]'))).to.equal('No leaderboard results for this paper in the feed.');
    expect($(el, '[part~="cite-button"]')).not.to.equal(null);
  });

  it('shortens forty authors to five and "+ 35 more", and expands them', async () => {
    const authors = Array.from({ length: 40 }, (_, i) => `Author Number${i + 1}`);
    const el = await cardWith(feedOf(barePaper('many', { title: 'Made-up paper with forty authors', authors })), { paper: 'many' });
    expect($$(el, '[part~="author"]')).to.have.length(5);
    const toggle = $(el, '[part~="authors-toggle"]') as HTMLButtonElement;
    expect(text(toggle)).to.equal('+ 35 more');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settle(el);
    expect($$(el, '[part~="author"]')).to.have.length(40);
    expect(text($(el, '[part~="authors-toggle"]'))).to.equal('Show fewer');
    expect($(el, '[part~="authors-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('does not shorten when only one name would be hidden', async () => {
    const authors = ['A One', 'B Two', 'C Three', 'D Four', 'E Five', 'F Six'];
    const el = await cardWith(feedOf(barePaper('six', { authors })), { paper: 'six' });
    expect($$(el, '[part~="author"]')).to.have.length(6);
    expect($(el, '[part~="authors-toggle"]')).to.equal(null);
  });

  it('wraps a URL used as a title inside a 320px card', async () => {
    const title = 'https://arxiv.org/abs/2104.10344/a-very-long-path-segment-without-any-spaces-at-all-that-must-wrap';
    const el = await cardWith(feedOf(barePaper('url', { title })), { paper: 'url' });
    el.style.width = '320px';
    await settle(el);
    const card = $(el, '[part~="card"]')!;
    expect(text($(el, '[part~="title"]'))).to.equal(title);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
  });

  it('renders feed text as text, never as HTML', async () => {
    const title = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const el = await cardWith(feedOf(barePaper('html', { title, abstract: '<script>window.__pwned=1</script>', authors: ['<i>Eve</i>'] })), { paper: 'html' });
    expect(text($(el, '[part~="title"]'))).to.equal(title);
    expect(el.shadowRoot!.querySelector('img, b, i, [part~="abstract"] script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('turns only http(s) and relative URLs into links', async () => {
    // A parsed Feed passes through parseFeed untouched, so the card itself must refuse hostile URLs.
    const paper: Paper = {
      ...(barePaper('hostile', { title: 'Made-up paper with hostile links' }) as unknown as Paper),
      url: 'javascript:alert(1)',
      pdf: ' JaVa\tScRiPt:alert(1)',
      code: [
        { url: 'data:text/html,<script>alert(1)</script>', title: null, official: true, framework: null, stars: null },
        { url: '/relative/repo', title: null, official: false, framework: null, stars: null },
      ],
      bibtex: null,
    };
    const feed: Feed = { format: 'sota-widgets', leaderboards: [], papers: [paper], warnings: [], source: null, updated: null };
    const el = await cardWith(feed, { paper: 'hostile' });
    const hrefs = $$(el, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['/relative/repo']);
    expect($(el, '[part~="title"] a')).to.equal(null);
  });

  it('shows no stray month when a venue comes with one and no date', async () => {
    const el = await cardWith(feedOf(barePaper('v', { venue: 'NAACL (BioNLP) 2021 6' })), { paper: 'v' });
    expect(text($(el, '[part~="meta"]'))).to.equal('NAACL (BioNLP) 2021');
    expect($(el, '[part~="date"]')).to.equal(null);
  });

  it('shows no "Show more" for a short abstract', async () => {
    const el = await cardWith(feedOf(barePaper('s', { abstract: 'Short.' })), { paper: 's' });
    expect(text($(el, '[part~="abstract"] p'))).to.equal('Short.');
    expect($(el, '[part~="abstract-toggle"]')!.hidden).to.equal(true);
  });
});
