// Boards are made up (real PWC task, dataset and metric names, invented models, values and dates).
import { expect } from '@open-wc/testing';
import {
  boardFile, boardSlugs, buildBoardIndex, fillBoardTemplate, indexEntry, nameSlug, parseBoardIndex, parseFeedOrIndex,
} from '../../src/feed/board-index.js';
import { parseFeed } from '../../src/feed/all-formats.js';
import { rankResults } from '../../src/feed/rank-results.js';
import { stateOfTheArt } from '../../src/feed/state-of-the-art.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { leaderboard, metric } from './helpers.js';

const ner = leaderboard('Named Entity Recognition (NER)', 'NCBI-disease', ['F1'], [
  { model: 'BioBERT', date: '2019-01-25', values: { F1: '89.71' }, paper: { title: 'BioBERT' } },
  { model: 'Undated', date: null, values: { F1: '85' } },
  { model: 'KeBioLM', date: '2021-04-21', values: { F1: '**89.1**' }, paper: { title: 'Improving Biomedical Pretrained Language Models with Knowledge' } },
  { model: 'Early', date: '2018-06-01', values: { F1: '86.2' } },
]);
const ptb = leaderboard('Language Modelling', 'Penn Treebank (Word Level)', ['Params', 'Test perplexity'], [
  { model: 'LSTM', date: '2014-09-08', values: { Params: '66M', 'Test perplexity': '78.4' } },
  { model: 'AWD-LSTM', date: '2017-08-07', values: { Params: '24M', 'Test perplexity': '57.3' } },
  { model: 'No value', date: '2018-01-01', values: { Params: '1M', 'Test perplexity': '-' } },
]);
const nerAgain = leaderboard('named-entity-recognition', 'BC5CDR', ['F1'], [{ model: 'a', date: '2020-01-01', values: { F1: '90' } }]);
const empty = leaderboard('Language Modelling', 'Nothing yet', [], []);

function feedError(read: () => unknown): FeedError {
  try {
    read();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('buildBoardIndex', () => {
  it('buildBoardIndex groups boards by task, matched as findLeaderboard matches names, in first-seen order', () => {
    const index = buildBoardIndex([ner, ptb, nerAgain, empty]);
    expect(index.format).to.equal('sota-widgets-index');
    expect(index.version).to.equal(1);
    expect(index.tasks.map((task) => task.task)).to.deep.equal(['Named Entity Recognition (NER)', 'Language Modelling']);
    expect(index.tasks[0].datasets.map((entry) => entry.dataset)).to.deep.equal(['NCBI-disease', 'BC5CDR']);
    expect(index.tasks[1].datasets.map((entry) => entry.dataset)).to.deep.equal(['Penn Treebank (Word Level)', 'Nothing yet']);
  });

  it('buildBoardIndex takes best and frontier from rankResults and stateOfTheArt', () => {
    const entry = indexEntry(ner);
    const top = rankResults(ner)[0].result;
    expect(entry.best?.model).to.equal(top.model);
    expect(entry.best).to.deep.equal({ model: 'BioBERT', value: 89.71, text: '89.71', date: '2019-01-25', paper: 'BioBERT' });
    expect(entry.frontier).to.deep.equal(stateOfTheArt(ner).map((result) => [result.date, result.values.F1.value]));
    expect(entry.frontier).to.deep.equal([['2018-06-01', 86.2], ['2019-01-25', 89.71]]);
    expect(entry).to.include({ results: 4, metric: 'F1', direction: 'higher' });
  });

  it('buildBoardIndex ranks by the first score metric, skipping descriptors, in its direction', () => {
    const entry = indexEntry(ptb);
    expect(entry).to.include({ metric: 'Test perplexity', direction: 'lower', results: 3 });
    expect(entry.best?.model).to.equal('AWD-LSTM');
    expect(entry.frontier).to.deep.equal([['2014-09-08', 78.4], ['2017-08-07', 57.3]]);
  });

  it('buildBoardIndex follows a direction the feed states over the name', () => {
    const board = leaderboard('Image Generation', 'CIFAR-10', [metric('Inception score', 'lower')], [
      { model: 'high', values: { 'Inception score': '9' } },
      { model: 'low', values: { 'Inception score': '3' } },
    ]);
    expect(indexEntry(board).best?.model).to.equal('low');
  });

  it('buildBoardIndex gives a board without metrics or results its count alone', () => {
    expect(indexEntry(empty)).to.deep.equal({ dataset: 'Nothing yet', results: 0 });
  });

  it('buildBoardIndex leaves best out when no result has a value', () => {
    const board = leaderboard('Question Answering', 'SQuAD1.1', ['EM'], [{ model: 'a', values: { EM: '-' } }]);
    const entry = indexEntry(board);
    expect(entry).to.include({ metric: 'EM', results: 1 });
    expect(entry.best).to.equal(undefined);
    expect(entry.frontier).to.equal(undefined);
  });

  it('buildBoardIndex writes the file fileFor names, and source and updated when given', () => {
    const index = buildBoardIndex([ner], {
      fileFor: (board) => boardFile(board.task, board.dataset),
      source: { name: 'Papers with Code archive', url: 'https://paperswithcode.com', license: 'CC-BY-SA-4.0' },
      updated: '2024-07-01',
    });
    expect(index.tasks[0].datasets[0].file).to.equal('named-entity-recognition-ner/ncbi-disease.json');
    expect(index.source?.license).to.equal('CC-BY-SA-4.0');
    expect(index.updated).to.equal('2024-07-01');
  });

  it('buildBoardIndex output reads back through parseBoardIndex unchanged and without warnings', () => {
    const index = buildBoardIndex([ner, ptb, nerAgain, empty], { fileFor: (board) => boardFile(board.task, board.dataset) });
    const read = parseBoardIndex(JSON.parse(JSON.stringify(index)));
    expect(read.warnings).to.deep.equal([]);
    expect(read.index).to.deep.equal(index);
  });
});

describe('board slugs', () => {
  it('boardSlugs are the feed layer\'s slugify of task and dataset', () => {
    expect(boardSlugs('Question Answering', 'SQuAD1.1')).to.deep.equal({ task: 'question-answering', dataset: 'squad1-1' });
    expect(boardFile('Language Modelling', 'WikiText-103')).to.equal('language-modelling/wikitext-103.json');
  });

  it('nameSlug spells a name without ASCII letters by its code points instead of leaving it empty', () => {
    expect(nameSlug('中文')).to.equal('u-4e2d-6587');
    expect(nameSlug('   ')).to.equal('unnamed');
  });

  it('fillBoardTemplate fills {task}, {dataset} and {file}', () => {
    expect(fillBoardTemplate('boards/{task}/{dataset}.html', 'Language Modelling', 'WikiText-103')).to.equal('boards/language-modelling/wikitext-103.html');
    expect(fillBoardTemplate('view.html?board={file}', 'a', 'b', 'a/b.json')).to.equal('view.html?board=a/b.json');
    expect(fillBoardTemplate('{file}', 'a', 'b')).to.equal('');
  });
});

describe('parseBoardIndex', () => {
  const valid = {
    format: 'sota-widgets-index',
    version: 1,
    source: { name: 'Papers with Code archive', url: 'https://paperswithcode.com', license: 'CC-BY-SA-4.0' },
    tasks: [{
      task: 'Named Entity Recognition',
      parent: 'Natural Language Processing',
      datasets: [{
        dataset: 'NCBI-disease', file: 'named-entity-recognition/ncbi-disease.json', results: 18, metric: 'F1', direction: 'higher',
        best: { model: 'KeBioLM', value: 89.1, text: '89.1', date: '2021-04-21', paper: 'Improving Biomedical Pretrained Language Models with Knowledge' },
        frontier: [['2019-01-10', 86.2], ['2021-04-21', 89.1]],
      }],
    }],
  };

  it('parseBoardIndex reads the documented shape', () => {
    const { index, warnings } = parseBoardIndex(valid);
    expect(warnings).to.deep.equal([]);
    expect(index).to.deep.equal(valid);
  });

  it('parseBoardIndex refuses another format, a later version, or no list of tasks', () => {
    expect(feedError(() => parseBoardIndex({ format: 'x', tasks: [] })).path).to.equal('/format');
    expect(feedError(() => parseBoardIndex({ ...valid, version: 2 })).path).to.equal('/version');
    expect(feedError(() => parseBoardIndex({ format: 'sota-widgets-index', version: 1 })).message).to.contain('a list of tasks at /tasks');
    expect(feedError(() => parseBoardIndex([])).message).to.contain('a board index');
  });

  it('parseBoardIndex refuses a task or board without a name, naming the place', () => {
    expect(feedError(() => parseBoardIndex({ ...valid, tasks: [{ datasets: [] }] })).path).to.equal('/tasks/0/task');
    expect(feedError(() => parseBoardIndex({ ...valid, tasks: [{ task: 't', datasets: [{ results: 3 }] }] })).path).to.equal('/tasks/0/datasets/0/dataset');
  });

  it('parseBoardIndex keeps what it cannot read as written, with a warning', () => {
    const { index, warnings } = parseBoardIndex({
      format: 'sota-widgets-index',
      tasks: [{ task: 'QA', datasets: [{ dataset: 'SQuAD', results: 'many', metric: 'EM', direction: 'up', best: { value: 'n/a', date: 'soon' }, frontier: [['2020-01-01', 1], 'bad', ['2019-01-01', '0.5']], colour: 'red' }] }],
    });
    const entry = index.tasks[0].datasets[0];
    expect(entry.results).to.equal(undefined);
    expect(entry.direction).to.equal('higher');
    expect(entry.best).to.deep.equal({ model: 'Unnamed model', value: null, text: 'n/a', date: null, paper: null });
    expect(entry.frontier).to.deep.equal([['2019-01-01', 0.5], ['2020-01-01', 1]]);
    const paths = warnings.map((warning) => warning.path);
    expect(paths).to.include.members([
      '/version', '/tasks/0/datasets/0/results', '/tasks/0/datasets/0/direction', '/tasks/0/datasets/0/best/model',
      '/tasks/0/datasets/0/best/value', '/tasks/0/datasets/0/best/date', '/tasks/0/datasets/0/frontier/1', '/tasks/0/datasets/0/colour',
    ]);
  });

  it('parseBoardIndex infers a missing direction from the metric name', () => {
    const { index } = parseBoardIndex({ format: 'sota-widgets-index', version: 1, tasks: [{ task: 'LM', datasets: [{ dataset: 'PTB', metric: 'Test perplexity' }] }] });
    expect(index.tasks[0].datasets[0].direction).to.equal('lower');
  });

  it('parseBoardIndex never lets a "__proto__" key reach the prototype', () => {
    const { index } = parseBoardIndex(JSON.parse('{"format":"sota-widgets-index","version":1,"__proto__":{"polluted":1},"tasks":[]}'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(index.tasks).to.deep.equal([]);
  });
});

describe('parseFeed and parseFeedOrIndex of a board index', () => {
  const small = { format: 'sota-widgets-index', version: 1, source: { name: 'PWC' }, updated: '2024-07-01', tasks: [{ task: 'QA', datasets: [{ dataset: 'SQuAD' }] }] };

  it('parseFeed refuses an index by its format key, with a sentence that says what it is and what shows it', () => {
    const error = feedError(() => parseFeed(small));
    expect(error.path).to.equal('/format');
    expect(error.message).to.contain('board index').and.contain('<sota-index>');
  });

  it('parseFeedOrIndex reads an index into a Feed that carries it and no boards of its own', () => {
    const feed = parseFeedOrIndex(small);
    expect(feed.format).to.equal('sota-widgets-index');
    expect(feed.leaderboards).to.deep.equal([]);
    expect(feed.index?.tasks[0].datasets[0].dataset).to.equal('SQuAD');
    expect(feed.source?.name).to.equal('PWC');
    expect(feed.updated).to.equal('2024-07-01');
  });

  it('parseFeedOrIndex accepts an empty index (a site with no boards yet is not an error)', () => {
    expect(parseFeedOrIndex({ format: 'sota-widgets-index', version: 1, tasks: [] }).index?.tasks).to.deep.equal([]);
  });

  it('parseFeedOrIndex reads any other feed as parseFeed does', () => {
    const feed = parseFeedOrIndex({ version: 1, leaderboards: [{ task: 'QA', dataset: 'SQuAD', metrics: ['EM'], results: [{ model: 'm', values: { EM: 80 } }] }] });
    expect(feed.format).to.equal('sota-widgets');
    expect(feed.index).to.equal(undefined);
    expect(feed.leaderboards[0].results[0].model).to.equal('m');
  });
});
