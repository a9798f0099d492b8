import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SotaSortDetail } from '../../src/events/events.js';
import { SotaTable } from '../../src/components/sota-table/sota-table.js';
import { wikitextFeed } from './fixtures.js';
import { $, $$, headerCell, rankedModels, settle, tableWith, text } from './helpers.js';

describe('<sota-table> ranking and cells', function () {
  // axe and 10,000-row boards on a loaded 2-core machine with another test file running can take a while.
  this.timeout(30_000);
  it('passes axe in light and dark', async () => {
    const el = await tableWith(wikitextFeed(), { theme: 'light' });
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('ranks a lower-is-better metric lowest first and says so in the caption and header', async () => {
    const el = await tableWith(wikitextFeed(), { dataset: 'WikiText-103' });
    expect(rankedModels(el)).to.deep.equal([
      ['1', 'Megatron-LM'], ['2', 'kNN-LM'], ['3', 'Compressive Transformer'], ['4', 'GPT-2 Full'],
      ['5', 'Transformer-XL Large'], ['–', 'Adaptive input (ours)'],
    ]);
    expect(text($(el, 'caption'))).to.equal('Language Modelling on WikiText-103, ranked by Test perplexity (lower is better)');
    const header = headerCell(el, 'Test perplexity');
    expect(text(header.querySelector('.direction'))).to.equal('↓');
    expect(text(header)).to.contain('(lower is better)');
    expect(headerCell(el, 'Number of params').querySelector('.direction')).to.equal(null);
  });

  it('the directions attribute overrides a metric direction for this element', async () => {
    const el = await tableWith(wikitextFeed(), { directions: 'Test perplexity: higher' });
    expect(rankedModels(el)[0]).to.deep.equal(['1', 'Transformer-XL Large']);
    expect(text(headerCell(el, 'Test perplexity').querySelector('.direction'))).to.equal('↑');
  });

  it('a bare directions="higher" turns the ranking metric over, as on <metric-trend>', async () => {
    const el = await tableWith(wikitextFeed(), { directions: 'higher' });
    expect(rankedModels(el)[0]).to.deep.equal(['1', 'Transformer-XL Large']);
    expect(text($(el, 'caption'))).to.contain('ranked by Test perplexity (higher is better)');
  });

  it('emphasises the best value, shows footnote marks, raw unreadable text and a dash for no value', async () => {
    const el = await tableWith(wikitextFeed());
    const rows = $$(el, 'tbody tr[aria-rowindex]');
    expect(text(rows[0].querySelector('strong'))).to.equal('10.81');
    expect(text(rows[0])).to.contain('(best)');
    expect(text(rows[1].querySelector('sup'))).to.equal('*');
    expect(text(rows[5].querySelector('.raw'))).to.equal('n/a (diverged)');
    expect(text(rows[2].querySelectorAll('td')[2])).to.equal('—');
  });

  it('links papers only through http(s) URLs, shortens long titles and formats dates in the page language', async () => {
    const el = await tableWith(wikitextFeed());
    const megatron = $$(el, 'tbody tr[aria-rowindex]')[0];
    const link = megatron.querySelector<HTMLAnchorElement>('.paper a')!;
    expect(link.getAttribute('href')).to.equal('https://arxiv.org/abs/1909.08053');
    expect(link.title).to.equal('Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism');
    expect(text(link.querySelector('[aria-hidden]'))).to.match(/^Megatron-LM: Training Multi-Billion Parameter Language.*…$/);
    const gpt2 = $$(el, 'tbody tr[aria-rowindex]')[3];
    expect(gpt2.querySelector('.paper a')).to.equal(null);
    expect(text(gpt2.querySelector('.paper'))).to.equal('Language Models are Unsupervised Multitask Learners');
    expect(megatron.querySelector('time')!.getAttribute('datetime')).to.equal('2019-09-17');
    expect(text(megatron.querySelector('time'))).to.equal('Sep 17, 2019');
    expect(text($$(el, 'tbody tr[aria-rowindex]')[4].querySelector('.code a'))).to.equal('Code for Transformer-XL Large');
  });

  it('shows a date known only to the month or year as "Feb 2019" or "2019", not as a first of the month', async () => {
    // Facts: WikiText-103 test perplexities of Transformer-XL Large (arXiv 1901.02860, 2019-01-09) and GPT-2
    // (OpenAI, February 2019), as on the Papers With Code board; the year-only date of GPT-2 Large is cut short by us.
    const el = await tableWith({
      version: 1,
      leaderboards: [{ task: 'Language Modelling', dataset: 'WikiText-103', metrics: [{ name: 'Test perplexity', direction: 'lower' }], results: [
        { model: 'GPT-2 Full', date: '2019-02', values: { 'Test perplexity': '17.48' } },
        { model: 'Transformer-XL Large', date: '2019-01-09', values: { 'Test perplexity': '18.3' } },
        { model: 'GPT-2 Large', date: '2019', values: { 'Test perplexity': '22.05' } },
      ] }],
    });
    const times = $$(el, 'tbody tr[aria-rowindex] time');
    expect(times.map(text)).to.deep.equal(['Feb 2019', 'Jan 9, 2019', '2019']);
    expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal(['2019-02-01', '2019-01-09', '2019-01-01']);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:stub');
    const stopDownload = (e: Event) => { if (e.composedPath()[0] instanceof HTMLAnchorElement) e.preventDefault(); };
    el.shadowRoot!.addEventListener('click', stopDownload, true);
    try {
      $$(el, '[part~="export"]').find((b) => b.getAttribute('aria-label') === 'Download CSV')!.click();
      const csv = (await blobs[0].text()).replace(/^\ufeff/, '').split('\r\n');
      expect(csv.slice(1, 4).map((line) => line.split(',').at(-1))).to.deep.equal(['2019-02', '2019-01-09', '2019']);
    } finally {
      URL.createObjectURL = create;
      el.shadowRoot!.removeEventListener('click', stopDownload, true);
    }
  });

  it('metric picks the ranking metric and columns picks the metric columns', async () => {
    const el = await tableWith(wikitextFeed(), { metric: 'number of params', columns: 'Number of params' });
    expect(rankedModels(el)[0]).to.deep.equal(['1', 'kNN-LM']);
    expect($$(el, 'thead th').map((th) => text(th.querySelector('.label')))).to.not.include('Test perplexity');
  });
});

describe('<sota-table> sorting', () => {
  it('sorts by model on click, keeps ranks, sets aria-sort on that column only and fires sota-sort', async () => {
    const el = await tableWith(wikitextFeed());
    const events: SotaSortDetail[] = [];
    el.addEventListener('sota-sort', (e) => events.push((e as CustomEvent<SotaSortDetail>).detail));
    headerCell(el, 'Model').querySelector('button')!.click();
    await settle(el);
    expect(rankedModels(el).slice(0, 2)).to.deep.equal([['–', 'Adaptive input (ours)'], ['3', 'Compressive Transformer']]);
    expect(headerCell(el, 'Model').getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, 'thead th[aria-sort]')).to.have.length(1);
    expect(events).to.deep.equal([{ column: 'model', order: 'ascending' }]);
    expect(el.sort).to.equal('model:ascending');
    headerCell(el, 'Model').querySelector('button')!.click();
    await settle(el);
    expect(rankedModels(el)[0][1]).to.equal('Transformer-XL Large');
    expect(headerCell(el, 'Model').getAttribute('aria-sort')).to.equal('descending');
  });

  it('the first sort of a metric puts the best first, the next reverses, rows without a value stay last', async () => {
    const el = await tableWith(wikitextFeed(), { sort: 'model' });
    const button = () => headerCell(el, 'Test perplexity').querySelector('button')!;
    button().click();
    await settle(el);
    expect(rankedModels(el).map(([, m]) => m)[0]).to.equal('Megatron-LM');
    expect(headerCell(el, 'Test perplexity').getAttribute('aria-sort')).to.equal('ascending');
    button().click();
    await settle(el);
    const models = rankedModels(el).map(([, m]) => m);
    expect(models[0]).to.equal('Transformer-XL Large');
    expect(models.at(-1)).to.equal('Adaptive input (ours)');
    expect(headerCell(el, 'Test perplexity').getAttribute('aria-sort')).to.equal('descending');
  });

  it('Enter and Space on a header button sort', async () => {
    const el = await tableWith(wikitextFeed());
    headerCell(el, 'Date').querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(rankedModels(el)[0][1]).to.equal('Compressive Transformer');
    expect(headerCell(el, 'Date').getAttribute('aria-sort')).to.equal('descending');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(rankedModels(el)[0][1]).to.equal('Transformer-XL Large');
    expect(rankedModels(el).at(-1)![1]).to.equal('Adaptive input (ours)');
  });

  it('the sort attribute sets the initial order', async () => {
    const el = await tableWith(wikitextFeed(), { sort: 'date:ascending' });
    expect(rankedModels(el)[0][1]).to.equal('Transformer-XL Large');
    expect(headerCell(el, 'Date').getAttribute('aria-sort')).to.equal('ascending');
  });
});

describe('<sota-table> find, filter and limit', () => {
  it('the search box filters by model and paper text and keeps ranks', async () => {
    const el = await tableWith(wikitextFeed(), { search: 'always' });
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'memorization' });
    await settle(el);
    expect(rankedModels(el)).to.deep.equal([['2', 'kNN-LM']]);
    expect(text($(el, '[part~="summary"]'))).to.contain('1 of 6 results match');
  });

  it('search="auto" hides the box on a board of six rows and "never" always hides it', async () => {
    expect($(await tableWith(wikitextFeed()), 'input[type="search"]')).to.equal(null);
    expect($(await tableWith(wikitextFeed(), { search: 'never' }), 'input[type="search"]')).to.equal(null);
  });

  it('the extra-data toggle hides those rows, ranks the rest among themselves and says how many are hidden', async () => {
    const el = await tableWith(wikitextFeed());
    const toggle = $(el, '.toggle input') as HTMLInputElement;
    toggle.click();
    await settle(el);
    expect(el.hasAttribute('hide-extra-data')).to.equal(true);
    expect(rankedModels(el)).to.deep.equal([
      ['1', 'kNN-LM'], ['2', 'Compressive Transformer'], ['3', 'Transformer-XL Large'], ['–', 'Adaptive input (ours)'],
    ]);
    expect(text($(el, '[part~="summary"]'))).to.contain('2 results with extra training data hidden');
  });

  it('limit shows the top rows plus highlighted ones, and "Show all" shows the rest', async () => {
    const el = await tableWith(wikitextFeed(), { limit: '2', highlight: 'Transformer-XL Large' });
    expect(rankedModels(el).map(([, m]) => m)).to.deep.equal(['Megatron-LM', 'kNN-LM', 'Transformer-XL Large']);
    expect($$(el, 'tr[part~="highlighted"]').map((row) => text(row.querySelector('.model')))).to.deep.equal(['Transformer-XL Large']);
    const showAll = $(el, '[part~="summary"] button') as HTMLButtonElement;
    expect(text(showAll)).to.equal('Show all 6');
    showAll.click();
    await settle(el);
    expect(rankedModels(el)).to.have.length(6);
  });
});

describe('<sota-table> highlight', () => {
  it('highlight names a paper by title or URL-free id as well as a model, case and spacing aside', async () => {
    const el = await tableWith(wikitextFeed(), { highlight: 'compressive transformers for long-range  sequence modelling, GPT-2 FULL' });
    const marked = $$(el, 'tr[part~="highlighted"]').map((row) => text(row.querySelector('.model')));
    expect(marked).to.deep.equal(['Compressive Transformer', 'GPT-2 Full']);
  });
});

describe('<sota-table> export', () => {
  it('exportAs gives the current view as Markdown with links and the best value in bold', async () => {
    const el = await tableWith(wikitextFeed(), { 'hide-extra-data': '' });
    const lines = el.exportAs('markdown').split('\n');
    expect(lines[0]).to.equal('| Rank | Model | Test perplexity | Number of params | Extra data | Paper | Date | Code |');
    expect(lines[2]).to.equal('| 1 | kNN-LM | **15.79\\*** | 247M | No | [Generalization through Memorization: Nearest Neighbor Language Models](https://arxiv.org/abs/1911.00172) | 2019-11-01 |  |');
    expect(lines.filter((line) => line.startsWith('| '))).to.have.length(6);
  });

  it('exports the code link the table shows: the official repository before a fork listed first', async () => {
    const feed = wikitextFeed();
    const txl = feed.leaderboards[0].results.find((r) => r.model === 'Transformer-XL Large')!;
    const official = txl.code[0].url;
    txl.code = [{ url: 'https://example.org/a-fork', title: null, official: false, framework: null, stars: null }, ...txl.code];
    const el = await tableWith(feed, { 'hide-extra-data': '' });
    const row = $$(el, 'tbody tr[aria-rowindex]').find((tr) => text(tr.querySelector('.model')) === 'Transformer-XL Large')!;
    expect(row.querySelector('.code a')!.getAttribute('href')).to.equal(official);
    const csvRow = el.exportAs('csv').split(/\r?\n/).find((line) => line.includes('Transformer-XL Large'))!;
    expect(csvRow.endsWith(`,${official}`), csvRow).to.equal(true);
  });

  it('Copy LaTeX puts a booktabs table on the clipboard and announces it', async () => {
    const el = await tableWith(wikitextFeed());
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      $$(el, '[part~="export"]').find((b) => b.getAttribute('aria-label') === 'Copy LaTeX')!.click();
      await new Promise((resolve) => setTimeout(resolve, 10));
      await settle(el);
      expect(copied[0]).to.contain('\\toprule').and.contain('Megatron-LM & \\textbf{10.81}');
      expect(text($(el, '.visually-hidden[role="status"]'))).to.equal('Copied the table as LaTeX.');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('Download CSV downloads the view as a CSV file named after the board', async () => {
    const el = await tableWith(wikitextFeed(), { sort: 'model' });
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:stub');
    const onClick = (e: Event) => {
      const a = e.composedPath()[0];
      if (a instanceof HTMLAnchorElement) { names.push(a.download); e.preventDefault(); }
    };
    el.shadowRoot!.addEventListener('click', onClick, true);
    try {
      $$(el, '[part~="export"]').find((b) => b.getAttribute('aria-label') === 'Download CSV')!.click();
      expect(names).to.deep.equal(['language-modelling-on-wikitext-103.csv']);
      const csv = (await blobs[0].text()).replace(/^\ufeff/, '').split('\r\n');
      expect(csv[0]).to.equal('Rank,Model,Test perplexity,Number of params,Extra data,Paper,Paper URL,Date,Code');
      expect(csv[1]).to.equal('-,Adaptive input (ours),n/a (diverged),,,,,,'.replace('-', ''));
    } finally {
      URL.createObjectURL = create;
      el.shadowRoot!.removeEventListener('click', onClick, true);
    }
  });

  it('no-export removes the export buttons', async () => {
    const el = await tableWith(wikitextFeed(), { 'no-export': '' });
    expect($$(el, '[part~="export"]')).to.have.length(0);
  });
});

describe('<sota-table> odd attribute values', () => {
  it('unknown sort, metric and columns, a negative limit and unreadable directions fall back to the defaults', async () => {
    const el = await tableWith(wikitextFeed(), { sort: 'nonsense:up', metric: 'BLEU', columns: 'nope', limit: '-3', directions: 'whatever' });
    expect(rankedModels(el)[0]).to.deep.equal(['1', 'Megatron-LM']);
    expect(rankedModels(el)).to.have.length(6);
    expect($$(el, 'thead th[aria-sort]').map((th) => th.className)).to.deep.equal(['rank']);
  });
});

describe('<sota-table> registration', () => {
  it('define() twice does not throw and keeps the first class', () => {
    SotaTable.define();
    expect(customElements.get('sota-table')).to.equal(SotaTable);
  });
});
