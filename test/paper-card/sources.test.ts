import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/paper-card/define.js';
import type { PaperCard } from '../../src/components/paper-card/paper-card.js';
import { loaded, settle, until, $, $$, text } from './helpers.js';
import { KEBIOLM_TITLE } from './feeds.js';

// Fixture files: test/fixtures/paper-card/README.md names their sources.
const base = new URL('../fixtures/paper-card/', import.meta.url).href;

describe('<paper-card> sources and states', function () {
  this.timeout(30000); // axe checks are slow in a background tab, where timers are throttled

  it('shows a paper from a PWC papers file and its results from an evaluation-tables file', async () => {
    const el = await fixture<PaperCard>(html`<paper-card src=${`${base}pwc-papers.json`}
      results-src=${`${base}pwc-evaluation-tables.json`} paper="2104.10344"></paper-card>`);
    await loaded(el, 2);
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
    expect(text($(el, '[part~="venue"]'))).to.equal('NAACL (BioNLP) 2021');
    expect($$(el, '[part~="task"]').map(text)).to.deep.equal([
      'Relation Extraction', 'Named Entity Recognition (NER)', 'Entity Linking', 'Language Modelling',
    ]);
    const rows = $$(el, '[part~="row"]').map((row) => [...row.querySelectorAll('td')].map(text));
    expect(rows).to.deep.include(['Named Entity Recognition (NER)', 'NCBI-disease', 'F1', '89.1', 'KeBioLM', '#3 of 4']);
    expect(rows).to.have.length(3);
    const code = $$(el, '[part~="code-link"]') as HTMLAnchorElement[];
    expect(code.map((a) => a.href)).to.deep.equal(['https://github.com/GanjinZero/KeBioLM']);
  });

  it('shows a paper from PWC API pages (a papers page and a results page)', async () => {
    const el = await fixture<PaperCard>(html`<paper-card src=${`${base}pwc-api-papers.json`}
      results-src=${`${base}pwc-api-results.json`} paper="https://arxiv.org/abs/2104.10344"></paper-card>`);
    await loaded(el, 2);
    expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
    expect(text($(el, '[part~="date"]'))).to.equal('Apr 21, 2021');
    const rows = $$(el, '[part~="row"]').map((row) => [...row.querySelectorAll('td')].map(text));
    expect(rows).to.deep.equal([['Named Entity Recognition (NER)', 'NCBI-disease', 'F1', '89.1', 'KeBioLM', '#2 of 3']]);
  });

  it('builds the card from a results feed alone', async () => {
    const el = await fixture<PaperCard>(html`<paper-card results-src=${`${base}pwc-evaluation-tables.json`}
      paper=${KEBIOLM_TITLE}></paper-card>`);
    await until(() => $(el, '[part~="title"]') !== null, 'the card');
    expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
    expect($$(el, '[part~="row"]')).to.have.length(3);
  });

  it('shows a loading state, then the card', async () => {
    const el = await fixture<PaperCard>(html`<paper-card src=${`${base}pwc-papers.json?fresh=loading`} paper="2104.10344"></paper-card>`);
    expect(text($(el, '[part~="loading"]'))).to.equal('Loading paper…');
    expect(el.hasAttribute('aria-busy')).to.equal(true);
    await until(() => $(el, '[part~="title"]') !== null, 'the card');
    await settle(el);
    expect($(el, '[part~="loading"]')).to.equal(null);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('shows an error when the feed cannot be loaded, and fires sota-error', async () => {
    const el = await fixture<PaperCard>(html`<paper-card paper="x"></paper-card>`);
    const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('sota-error', (e) => resolve(e as CustomEvent), { once: true }));
    el.src = `${base}missing.json`;
    const event = await failed;
    await settle(el);
    expect(event.detail.kind).to.equal('http');
    const alert = $(el, '[part~="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Could not show results.').and.to.contain('404');
    await expect(el).to.be.accessible();
  });

  it('keeps the paper on screen and says so when only the results feed fails', async () => {
    const el = await fixture<PaperCard>(html`<paper-card src=${`${base}pwc-papers.json`}
      results-src=${`${base}missing-results.json`} paper="2104.10344"></paper-card>`);
    await until(() => $(el, '[part~="stale"]') !== null && $(el, '[part~="title"]') !== null, 'paper and stale note');
    expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
    expect(text($(el, '[part~="stale"]'))).to.contain('missing-results.json');
  });

  it('shows an empty state without a feed', async () => {
    const el = await fixture<PaperCard>(html`<paper-card></paper-card>`);
    expect(text($(el, '[part~="empty"]'))).to.equal('No data: set src or .feed.');
  });

  it('asks for `paper` when a feed has results but no paper records', async () => {
    const el = await fixture<PaperCard>(html`<paper-card results-src=${`${base}pwc-evaluation-tables.json`}></paper-card>`);
    await until(() => $(el, '[part~="empty"]') !== null, 'the message');
    expect(text($(el, '[part~="empty"]'))).to.equal("Set paper to the id, arXiv id, URL or title of a paper in this feed, or model to a model's name.");
  });
});
