import { expect, fixture, html } from '@open-wc/testing';
import type { SotaErrorDetail } from '../../src/events/events.js';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';
import { feedOf, wikitextBoard } from './fixtures.js';
import { $, $$, rankedModels, settle, tableWith, text } from './helpers.js';
import { until } from '../until.js';

function nextEvent<T>(el: HTMLElement, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type}`)), 5000);
    el.addEventListener(type, (e) => { clearTimeout(timer); resolve(e as CustomEvent<T>); }, { once: true });
  });
}

describe('<sota-table> states', function () {
  // axe and 10,000-row boards on a loaded 2-core machine with another test file running can take a while.
  this.timeout(30_000);
  it('shows a loading skeleton with aria-busy while the feed loads, then the rows and sota-load', async () => {
    const el = await fixture<SotaTable>(html`<sota-table src="/__feeds/slow?ms=400&amp;k=table-loading"></sota-table>`);
    const load = nextEvent(el, 'sota-load');
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(true);
    expect($(el, '[part~="loading"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await load;
    await settle(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(rankedModels(el)).to.deep.equal([['1', 'GPT-2'], ['2', 'AWD-LSTM']]);
  });

  it('shows a readable error with role="alert" and fires sota-error', async () => {
    const el = await fixture<SotaTable>(html`<sota-table></sota-table>`);
    const error = nextEvent<SotaErrorDetail>(el, 'sota-error');
    el.src = '/__feeds/broken?k=table-error';
    const { detail } = await error;
    await settle(el);
    expect(detail.kind).to.equal('http');
    const alert = $(el, '[role="alert"]')!;
    expect(text(alert)).to.contain('Could not show results.').and.contain('500');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('says what was asked for when no board matches, lists the nearest, and switches to one on click', async () => {
    const ptb = { ...wikitextBoard(), id: 'lm--ptb', dataset: 'Penn Treebank (Word Level)' };
    const el = await tableWith(feedOf(wikitextBoard(), ptb), { task: 'Language Modelling', dataset: 'WikiText-2' });
    const empty = $(el, '[part~="empty"]')!;
    expect(text(empty)).to.contain('No leaderboard for task “Language Modelling” and dataset “WikiText-2” in this feed.');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
    const nearest = $$(el, '[part~="empty"] li button');
    expect(nearest.map(text)).to.include('Language Modelling on WikiText-103');
    nearest.find((b) => text(b).endsWith('WikiText-103'))!.click();
    await settle(el);
    expect(el.datasetName).to.equal('WikiText-103');
    expect(rankedModels(el)[0]).to.deep.equal(['1', 'Megatron-LM']);
  });

  it('says when a board has no results yet', async () => {
    const el = await tableWith(feedOf({ ...wikitextBoard(), results: [] }));
    expect(text($(el, '[part~="empty"]'))).to.equal('The leaderboard Language Modelling on WikiText-103 has no results yet.');
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('never lets feed text become markup', async () => {
    const board = wikitextBoard();
    board.results[0].model = '<img src=x onerror="window.__pwned = 1">';
    const el = await tableWith(feedOf(board));
    expect($$(el, 'img')).to.have.length(0);
    expect(text($$(el, 'tbody .model')[4])).to.equal('<img src=x onerror="window.__pwned = 1">');
  });
});

describe('<sota-table> light-DOM table upgrade', function () {
  // axe and 10,000-row boards on a loaded 2-core machine with another test file running can take a while.
  this.timeout(30_000);
  // Facts: CoNLL-2003 English test F1 as reported by each paper (Lample et al. 2016; Peters et al. 2018 (ELMo);
  // Devlin et al. 2019 (BERT-large)); the "Our baseline" row is ours.
  const markup = html`<sota-table dataset="CoNLL 2003 (English)">
    <table>
      <caption>Named Entity Recognition</caption>
      <thead><tr><th>Model</th><th>F1</th><th>Paper</th><th>Year</th></tr></thead>
      <tbody>
        <tr><td>LSTM-CRF</td><td>90.94</td><td><a href="https://arxiv.org/abs/1603.01360">Neural Architectures for NER</a></td><td>2016</td></tr>
        <tr><td>BERT-large</td><td>92.8</td><td><a href="javascript:alert(1)">BERT</a></td><td>2018</td></tr>
        <tr><td>ELMo</td><td>92.22 ± 0.10</td><td>Deep contextualized word representations</td><td>2018</td></tr>
        <tr><td>Our baseline</td><td>pending</td><td></td><td></td></tr>
      </tbody>
    </table>
  </sota-table>`;

  /** The element once its reader (a chunk loaded on demand in the script-tag build) has read the author's table. */
  async function upgraded(template: ReturnType<typeof html>): Promise<SotaTable> {
    const el = await fixture<SotaTable>(template);
    await until(() => $(el, 'tbody tr[aria-rowindex]') !== null, 'the author table read');
    await settle(el);
    return el;
  }

  it('reads the author table into a ranked, sortable table', async () => {
    const el = await upgraded(markup);
    await expect(el).to.be.accessible();
    expect(rankedModels(el)).to.deep.equal([['1', 'BERT-large'], ['2', 'ELMo'], ['3', 'LSTM-CRF'], ['–', 'Our baseline']]);
    expect(text($(el, 'caption'))).to.contain('Named Entity Recognition on CoNLL 2003 (English), ranked by F1');
    const rows = $$(el, 'tbody tr[aria-rowindex]');
    expect(rows[2].querySelector('.paper a')!.getAttribute('href')).to.equal('https://arxiv.org/abs/1603.01360');
    expect(rows[0].querySelector('.paper a')).to.equal(null);
    expect(text(rows[1])).to.contain('92.22 ± 0.10');
    expect(text(rows[3].querySelector('.raw'))).to.equal('pending');
    expect(rows[0].querySelector('time')!.getAttribute('datetime')).to.equal('2018-01-01');
    expect(text(rows[0].querySelector('time'))).to.equal('2018'); // a Year column shows years, not "Jan 1, 2018"
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null); // the author's table is no longer displayed
  });

  it('shows the author table, never "No data", until its reader has read it', async () => {
    const el = document.createElement('sota-table') as SotaTable;
    el.innerHTML = '<table><tr><th>Model</th><th>F1</th></tr><tr><td>LSTM-CRF</td><td>90.94</td></tr></table>';
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, '[part~="empty"]')).to.equal(null);
      // Either the reader is still loading (the author's table shows through the slot) or it has already read it.
      expect($(el, 'slot:not([name])') ?? $(el, 'tbody tr[aria-rowindex]')).to.not.equal(null);
      await until(() => $(el, 'tbody tr[aria-rowindex]') !== null, 'the author table read');
      expect(rankedModels(el)).to.deep.equal([['1', 'LSTM-CRF']]);
    } finally {
      el.remove();
    }
  });

  it('keeps a row that has data but no model name, and passes over a row with nothing in it', async () => {
    const el = await upgraded(html`<sota-table dataset="CoNLL 2003 (English)">
      <table>
        <tr><th>Model</th><th>F1</th></tr>
        <tr><td>LSTM-CRF</td><td>90.94</td></tr>
        <tr><td></td><td>91.5</td></tr>
        <tr><td></td><td></td></tr>
      </table>
    </sota-table>`);
    expect(rankedModels(el)).to.deep.equal([['1', 'Unnamed model'], ['2', 'LSTM-CRF']]);
  });
});
