import { expect } from '@open-wc/testing';
import { cardWith, settle, $, $$, text } from './helpers.js';
import { kebiolmFeed, KEBIOLM_TITLE } from './feeds.js';
import type { SotaSelectDetail } from '../../src/events/events.js';

function rowFor(el: HTMLElement & { shadowRoot: ShadowRoot | null }, dataset: string): HTMLElement {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')].find((row) => row.textContent!.includes(dataset))!;
}

describe('<paper-card> interaction', function () {
  this.timeout(30000); // axe checks are slow in a background tab, where timers are throttled

  it('fires a cancelable sota-select with the result and leaderboard id from a row', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    const events: CustomEvent<SotaSelectDetail>[] = [];
    document.addEventListener('sota-select', (e) => events.push(e as CustomEvent<SotaSelectDetail>), { once: true });
    (rowFor(el, 'NCBI-disease').querySelector('[part~="leaderboard-link"]') as HTMLButtonElement).click();
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.result.model).to.equal('KeBioLM');
    expect(event.detail.leaderboardId).to.be.a('string').and.match(/ncbi/i);
  });

  it('links rows to the leaderboard through the link template, and cancelling the event stops navigation', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm', 'leaderboard-href': '#/boards/{task}/{dataset}' });
    const link = rowFor(el, 'NCBI-disease').querySelector('a[part~="leaderboard-link"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('#/boards/Named%20Entity%20Recognition%20(NER)/NCBI-disease');
    el.addEventListener('sota-select', (e) => e.preventDefault(), { once: true });
    const before = location.hash;
    link.click();
    expect(location.hash).to.equal(before);
    link.click();
    expect(location.hash).to.equal('#/boards/Named%20Entity%20Recognition%20(NER)/NCBI-disease');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('copies BibTeX with Cite and says "Copied"', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      ($(el, '[part~="cite-button"]') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect(copied).to.have.length(1);
      expect(copied[0]).to.match(/^@inproceedings\{yuan2021improving,/);
      expect(copied[0]).to.contain(`title = {{${KEBIOLM_TITLE}}}`).and.to.contain('booktitle = {NAACL (BioNLP) 2021}');
      expect(text($(el, '.copied'))).to.equal('Copied BibTeX');
      expect($(el, '.copied')!.getAttribute('role')).to.equal('status');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('shows the BibTeX in a selected text area when the clipboard is denied', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm' });
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => { throw new DOMException('denied', 'NotAllowedError'); } },
    });
    try {
      ($(el, '[part~="cite-button"]') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      const area = $(el, '[part~="bibtex"] textarea') as HTMLTextAreaElement;
      expect(area.readOnly).to.equal(true);
      expect(area.value).to.match(/^@inproceedings\{yuan2021improving,/);
      expect(el.shadowRoot!.activeElement).to.equal(area);
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
      await expect(el).to.be.accessible();
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('prefers the feed\'s own BibTeX', async () => {
    const feed = kebiolmFeed();
    (feed.papers[0] as Record<string, unknown>).bibtex = '@inproceedings{yuan-etal-2021-improving, title = {X}}';
    const el = await cardWith(feed, { paper: 'kebiolm' });
    expect(el.bibtexFor(el.combinedFeed!.papers[0])).to.equal('@inproceedings{yuan-etal-2021-improving, title = {X}}');
  });

  it('compact variant shows title, authors, venue and the top results within 320px', async () => {
    const el = await cardWith(kebiolmFeed(), { paper: 'kebiolm', variant: 'compact' });
    el.style.width = '320px';
    await settle(el);
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~="title"]'))).to.equal(KEBIOLM_TITLE);
    expect($$(el, '[part~="author"]').map(text)).to.deep.equal(['Zheng Yuan', 'Yijia Liu']);
    expect(text($(el, '[part~="authors-toggle"]'))).to.equal('+ 3 more');
    expect(text($(el, '[part~="venue"]'))).to.equal('NAACL (BioNLP) 2021');
    expect($(el, '[part~="abstract"]')).to.equal(null);
    expect($(el, '[part~="table"]')).to.equal(null);
    const top = $$(el, '[part~="top-result"]').map(text);
    expect(top).to.deep.equal(['JNLPBA F1 82 #1 of 2', 'NCBI-disease F1 89.1 #6 of 18', 'BC5CDR-chemical F1 93.3 #2 of 2']);
    const card = $(el, '[part~="card"]')!;
    expect(card.getBoundingClientRect().width).to.be.at.most(320);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
  });

  it('declares and uses every --paper-card-* custom property it documents', async () => {
    const { PaperCard } = await import('../../src/components/paper-card/paper-card.js');
    const css = [PaperCard.styles].flat(Infinity).map((s) => (s as unknown as { cssText?: string } | null)?.cssText).join('\n');
    const used = new Set(css.match(/--paper-card-[a-z-]+/g));
    const documented = ['background', 'border-color', 'radius', 'padding', 'gap', 'title-size', 'accent', 'muted', 'chip-background', 'chip-color', 'abstract-lines'].map((n) => `--paper-card-${n}`);
    expect([...used].sort()).to.deep.equal([...documented].sort());
  });
});
