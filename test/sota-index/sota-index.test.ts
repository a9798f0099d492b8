import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SotaSortDetail } from '../../src/events/events.js';
import { boardsFeed, indexFile } from './fixtures.js';
import { $, $$, cellOf, indexWith, listed, settle, text } from './helpers.js';

describe('<sota-index> listing boards', function () {
  this.timeout(30_000);

  it('passes axe in light and dark, from a feed and from an index with highlight', async () => {
    const el = await indexWith(boardsFeed, { theme: 'light', href: 'boards/{task}/{dataset}.html', highlight: 'Model C' });
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
    const fromIndex = await indexWith(indexFile, { theme: 'dark', highlight: 'Model C' });
    await expect(fromIndex).to.be.accessible();
  });

  it('indexes a feed\'s boards itself, grouped by task, tasks and datasets A to Z', async () => {
    const el = await indexWith(boardsFeed);
    expect(listed(el)).to.deep.equal([
      '# Language Modelling', 'Penn Treebank (Word Level)', 'WikiText-103',
      '# Named Entity Recognition (NER)', 'BC5CDR-chemical', 'NCBI-disease',
      '# Question Answering', 'SQuAD1.1',
    ]);
    expect(text($(el, 'caption'))).to.equal('5 benchmarks in 3 tasks');
  });

  it('shows each board\'s ranking metric and direction, best model and value, last record and result count', async () => {
    const el = await indexWith(boardsFeed);
    expect(text(cellOf(el, 'WikiText-103', 'metric'))).to.equal('Test perplexity ↓(lower is better)');
    expect(text(cellOf(el, 'WikiText-103', 'model'))).to.equal('Model C');
    expect(text(cellOf(el, 'WikiText-103', 'value'))).to.equal('10.8');
    expect(cellOf(el, 'WikiText-103', 'date').querySelector('time')!.getAttribute('datetime')).to.equal('2019-09-17');
    expect(text(cellOf(el, 'WikiText-103', 'date'))).to.equal('Sep 17, 2019');
    expect(text(cellOf(el, 'WikiText-103', 'results'))).to.equal('3');
    expect(text(cellOf(el, 'NCBI-disease', 'model'))).to.equal('Model C');
    expect(text(cellOf(el, 'SQuAD1.1', 'metric'))).to.equal('EM ↑(higher is better)');
    expect(text(cellOf(el, 'SQuAD1.1', 'value'))).to.equal('85.1');
  });

  it('draws each frontier as a step sparkline with a label saying what it shows', async () => {
    const el = await indexWith(boardsFeed);
    const svg = cellOf(el, 'NCBI-disease', 'frontier').querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('3 records of F1, from 86.2 (Jan 10, 2019) to 89.1 (Apr 21, 2021).');
    // Three records: across, up, across, up. Higher values sit higher (smaller y).
    expect(svg.querySelector('path')!.getAttribute('d')).to.match(/^M2,16H[\d.]+V[\d.]+H[\d.]+V2$/);
    expect(cellOf(el, 'Penn Treebank (Word Level)', 'frontier').querySelector('svg')!.getAttribute('aria-label'))
      .to.equal('One record of Test perplexity: 52.8 (Aug 7, 2017).');
  });

  it('reads an index file: the same columns, parent tasks and files in links', async () => {
    const el = await indexWith(indexFile, { href: 'view.html?board={file}' });
    expect(listed(el)).to.deep.equal(['# Language Modelling', 'WikiText-103', '# Named Entity Recognition (NER)', 'BC5CDR-chemical', 'NCBI-disease']);
    expect(text($$(el, 'tr.group')[1])).to.contain('(Natural Language Processing)').and.contain('2 benchmarks');
    expect(cellOf(el, 'NCBI-disease', 'dataset').querySelector('a')!.getAttribute('href')).to.equal('view.html?board=named-entity-recognition-ner/ncbi-disease.json');
    expect(text(cellOf(el, 'NCBI-disease', 'value'))).to.equal('89.1');
  });

  it('links each board through the href template with the splitter\'s slugs, and never through an unsafe scheme', async () => {
    const el = await indexWith(boardsFeed, { href: 'boards/{task}/{dataset}.html' });
    expect(cellOf(el, 'SQuAD1.1', 'dataset').querySelector('a')!.getAttribute('href')).to.equal('boards/question-answering/squad1-1.html');
    expect(cellOf(el, 'NCBI-disease', 'dataset').querySelector('a')!.getAttribute('href')).to.equal('boards/named-entity-recognition-ner/ncbi-disease.html');
    el.href = 'javascript:alert({dataset})';
    await settle(el);
    expect($$(el, 'tbody a')).to.have.length(0);
    expect(text(cellOf(el, 'SQuAD1.1', 'dataset'))).to.equal('SQuAD1.1');
  });

  it('task shows one task\'s boards as a flat list, matched forgivingly; a parent task shows its subtasks', async () => {
    const el = await indexWith(boardsFeed, { task: 'ner' });
    expect(listed(el)).to.deep.equal(['BC5CDR-chemical', 'NCBI-disease']);
    expect(text($(el, 'caption'))).to.equal('Named Entity Recognition (NER): 2 benchmarks');
    el.task = 'language-modelling';
    await settle(el);
    expect(listed(el)).to.deep.equal(['Penn Treebank (Word Level)', 'WikiText-103']);
    const fromIndex = await indexWith(indexFile, { task: 'Natural Language Processing' });
    expect(listed(fromIndex)).to.deep.equal(['BC5CDR-chemical', 'NCBI-disease']);
  });

  it('an unknown task says so and offers the nearest tasks as buttons', async () => {
    const el = await indexWith(boardsFeed, { task: 'Language Modeling and more' });
    expect(text($(el, '[part~="empty"] p'))).to.equal('No task “Language Modeling and more” in this index.');
    const suggestion = $$(el, '[part~="empty"] li button')[0];
    expect(text(suggestion)).to.equal('Language Modelling');
    suggestion.click();
    await settle(el);
    expect(el.task).to.equal('Language Modelling');
    expect(listed(el)).to.deep.equal(['Penn Treebank (Word Level)', 'WikiText-103']);
  });

  it('search filters by task and dataset names, forgiving of case, punctuation and abbreviations', async () => {
    const el = await indexWith(boardsFeed);
    const search = $(el, 'input[type="search"]') as HTMLInputElement | null;
    expect(search, 'no search box for 5 boards (auto)').to.equal(null);
    el.search = 'always';
    await settle(el);
    const type = async (query: string) => {
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await settle(el);
    };
    await type('wikitext 103');
    expect(listed(el)).to.deep.equal(['# Language Modelling', 'WikiText-103']);
    await type('NER');
    expect(listed(el)).to.deep.equal(['# Named Entity Recognition (NER)', 'BC5CDR-chemical', 'NCBI-disease']);
    await type('squad1.1');
    expect(listed(el)).to.deep.equal(['# Question Answering', 'SQuAD1.1']);
    await type('entity ncbi');
    expect(listed(el)).to.deep.equal(['# Named Entity Recognition (NER)', 'NCBI-disease']);
    expect(text($(el, '[part="summary"]'))).to.equal('1 of 5 benchmarks match');
    await type('Pénn-Treebank');
    expect(listed(el)).to.deep.equal(['# Language Modelling', 'Penn Treebank (Word Level)']);
    await type('imagenet');
    expect(text($(el, '.no-match'))).to.equal('No benchmarks match “imagenet”.');
  });

  it('sorts by result count and last record with buttons in the headings, aria-sort and a sota-sort event', async () => {
    const el = await indexWith(boardsFeed, { flat: '' });
    const events: SotaSortDetail[] = [];
    el.addEventListener('sota-sort', (event) => events.push(event.detail));
    const heading = (label: string) => $$(el, 'thead th').find((th) => text(th).startsWith(label))!;
    heading('Results').querySelector('button')!.click();
    await settle(el);
    expect(listed(el).slice(0, 3)).to.deep.equal(['NCBI-disease', 'WikiText-103', 'SQuAD1.1']);
    expect(heading('Results').getAttribute('aria-sort')).to.equal('descending');
    expect(heading('Dataset').hasAttribute('aria-sort')).to.equal(false);
    expect(events).to.deep.equal([{ column: 'results', order: 'descending' }]);
    expect(el.sort).to.equal('results:descending');
    heading('Last record').querySelector('button')!.click();
    await settle(el);
    // The last record, not the last result: Model C's 93.3 on BC5CDR-chemical (2021) set none.
    expect(listed(el)).to.deep.equal(['NCBI-disease', 'WikiText-103', 'BC5CDR-chemical', 'SQuAD1.1', 'Penn Treebank (Word Level)']);
    heading('Last record').querySelector('button')!.click();
    await settle(el);
    expect(listed(el)[0]).to.equal('Penn Treebank (Word Level)');
    expect(heading('Last record').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('sorting works from the keyboard: Tab to a heading button, Enter sorts', async () => {
    const el = await indexWith(boardsFeed, { flat: '' });
    const button = $$(el, 'thead th button').find((b) => text(b).startsWith('Results'))!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.sort).to.equal('results:descending');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.sort).to.equal('results:ascending');
  });

  it('grouped, groups sort too: by their total results or their latest record', async () => {
    const el = await indexWith(boardsFeed, { sort: 'results' });
    expect(listed(el).filter((row) => row.startsWith('#'))).to.deep.equal(['# Named Entity Recognition (NER)', '# Language Modelling', '# Question Answering']);
    el.sort = 'date:descending';
    await settle(el);
    expect(listed(el)[0]).to.equal('# Named Entity Recognition (NER)');
  });

  it('a flat list shows a task column and sorts all boards as one; the Group by task box switches back', async () => {
    const el = await indexWith(boardsFeed);
    const box = $$(el, '.toggle input')[0] as HTMLInputElement;
    expect(box.checked).to.equal(true);
    box.click();
    await settle(el);
    expect(el.flat).to.equal(true);
    expect(listed(el)).to.deep.equal(['BC5CDR-chemical', 'NCBI-disease', 'Penn Treebank (Word Level)', 'SQuAD1.1', 'WikiText-103']);
    expect(text(cellOf(el, 'SQuAD1.1', 'task'))).to.equal('Question Answering');
  });

  it('collapses and expands a task with its button (aria-expanded), from the keyboard too, and all at once', async () => {
    const el = await indexWith(boardsFeed);
    const toggle = () => $$(el, 'tr.group button').find((b) => text(b).includes('Language Modelling'))!;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    toggle().focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(listed(el)).to.not.include('WikiText-103');
    expect(listed(el)).to.include('# Language Modelling');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(listed(el)).to.include('WikiText-103');
    $$(el, '.bulk button').find((b) => text(b) === 'Collapse all')!.click();
    await settle(el);
    expect(listed(el)).to.deep.equal(['# Language Modelling', '# Named Entity Recognition (NER)', '# Question Answering']);
    $$(el, '.bulk button').find((b) => text(b) === 'Expand all')!.click();
    await settle(el);
    expect(listed(el)).to.have.length(8);
  });

  it('highlight shows a model\'s rank on every board it is on, from the boards\' results', async () => {
    const el = await indexWith(boardsFeed, { highlight: 'Model C' });
    expect(text($$(el, 'thead th')[1])).to.equal('Rank of Model C');
    expect(text(cellOf(el, 'NCBI-disease', 'place'))).to.equal('1 of 4');
    expect(text(cellOf(el, 'BC5CDR-chemical', 'place'))).to.equal('2 of 2');
    expect(text(cellOf(el, 'WikiText-103', 'place'))).to.equal('1 of 3');
    expect(text(cellOf(el, 'SQuAD1.1', 'place'))).to.equal('');
    expect(cellOf(el, 'NCBI-disease', 'place').closest('tr')!.getAttribute('part')).to.equal('row highlighted');
    expect(cellOf(el, 'SQuAD1.1', 'place').closest('tr')!.getAttribute('part')).to.equal('row');
    expect(text($(el, '[part="summary"]'))).to.equal('Model C is on 3 boards, first on 2.');
    el.highlight = 'paper-c';
    await settle(el);
    expect(text(cellOf(el, 'NCBI-disease', 'place'))).to.equal('1 of 4');
  });

  it('highlight from an index file marks first places only, and says why', async () => {
    const el = await indexWith(indexFile, { highlight: 'Model A' });
    expect(text(cellOf(el, 'BC5CDR-chemical', 'place'))).to.equal('1 of 2');
    expect(text(cellOf(el, 'NCBI-disease', 'place'))).to.equal('');
    expect(text($(el, '[part="summary"]'))).to.contain('Model A is on 1 board, first on 1.').and.contain('only first places are shown');
  });

  it('an index listing no boards and a feed with only papers say so instead of an empty table', async () => {
    const empty = await indexWith({ format: 'sota-widgets-index', version: 1, tasks: [] });
    expect(text($(empty, '[part~="empty"]'))).to.equal('This index lists no leaderboards yet.');
    const papers = await indexWith({ version: 1, papers: [{ id: 'p', title: 'A paper' }] });
    expect(text($(papers, '[part~="empty"]'))).to.equal('This feed has no leaderboards.');
  });

  it('a broken index shows a readable error naming the place, and fires sota-error', async () => {
    const el = document.createElement('sota-index');
    const errors: string[] = [];
    el.addEventListener('sota-error', (event) => errors.push(event.detail.message));
    el.feed = { format: 'sota-widgets-index', version: 1, tasks: [{ datasets: [] }] };
    document.body.append(el);
    await settle(el);
    await settle(el);
    expect(text($(el, '[role="alert"]'))).to.contain('Expected a task name at /tasks/0/task');
    expect(errors[0]).to.contain('/tasks/0/task');
    el.remove();
  });

  it('src loads an index file through the shared cache: the demo\'s index.json lists all twelve demo boards', async () => {
    const el = document.createElement('sota-index');
    const loaded = new Promise((resolve) => el.addEventListener('sota-load', resolve, { once: true }));
    el.src = '/demo/feeds/index.json';
    document.body.append(el);
    await loaded;
    await settle(el);
    expect(listed(el).filter((row) => !row.startsWith('#'))).to.have.length(12);
    expect(text($(el, 'caption'))).to.equal('12 benchmarks in 4 tasks');
    el.remove();
  });

  it('fires sota-load with the index feed', async () => {
    const el = document.createElement('sota-index');
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('sota-load', resolve as EventListener, { once: true }));
    el.feed = indexFile;
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.feed.index.tasks).to.have.length(2);
    el.remove();
  });
});
