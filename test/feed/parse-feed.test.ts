import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { fixtureJson } from './fixture-json.js';

const tables = (metrics: Record<string, unknown>, names = Object.keys(metrics)) => [
  { task: 'Language Modelling', datasets: [{ dataset: 'WikiText-103', sota: { metrics: names, rows: [{ model_name: 'm', metrics, uses_additional_data: false }] } }], subtasks: [] },
];

function feedError(read: () => unknown): FeedError {
  try {
    read();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('detectFormat', () => {
  const cases: [string, string][] = [
    ['own-format-blurb.json', 'sota-widgets'],
    ['pwc-evaluation-tables-squad.json', 'pwc-evaluation-tables'],
    ['pwc-papers-kebiolm.json', 'pwc-papers'],
    ['pwc-links-kebiolm.json', 'pwc-links'],
    ['pwc-api-ogbn-arxiv.json', 'pwc-api'],
    ['hf-model-index-blurb.json', 'hf-model-index'],
  ];
  for (const [file, format] of cases) {
    it(`detectFormat(${file}) is ${format}`, async () => {
      expect(detectFormat(await fixtureJson(file))).to.equal(format);
    });
  }

  it('detectFormat returns null for shapes it does not know', () => {
    for (const input of [null, 42, 'text', [], [1, 2], {}, { rows: [] }, [{ name: 'x' }]]) expect(detectFormat(input), JSON.stringify(input)).to.equal(null);
  });
});

describe('parseFeed', () => {
  it('options.format forces an adapter, whose errors then explain the mismatch', () => {
    const error = feedError(() => parseFeed([{ paper_url: 'https://paperswithcode.com/paper/x', title: 'X' }], { format: 'pwc-evaluation-tables' }));
    expect(error.message).to.equal('Expected a task name at /0/task, found nothing.');
    expect(error.path).to.equal('/0/task');
  });

  it('hands an already parsed Feed back unchanged', async () => {
    const feed = parseFeed(await fixtureJson('own-format-blurb.json'));
    expect(parseFeed(feed)).to.equal(feed);
  });

  it('throws a FeedError a person can read for input that is not a feed', () => {
    expect(feedError(() => parseFeed(42)).message).to.match(/^Expected a feed \(a JSON object or list\), found a number\./);
    expect(feedError(() => parseFeed('{"version":1}')).message).to.match(/^The sota-widgets feed holds no leaderboards and no papers/);
    expect(feedError(() => parseFeed('hello')).message).to.match(/^The text is neither JSON nor a table/);
    expect(feedError(() => parseFeed([])).message).to.match(/^The feed is an empty list/);
    expect(feedError(() => parseFeed({ rows: [], title: 'x' })).message).to.match(/an object with the keys "rows", "title"\./);
  });

  it('throws when a feed holds no leaderboards and no papers', () => {
    expect(() => parseFeed({ version: 1, leaderboards: [], papers: [] })).to.throw(FeedError, 'holds no leaderboards and no papers');
  });

  it('infers direction from the metric name when nothing else says', () => {
    const feed = parseFeed(tables({ 'Test perplexity': '18.3', 'Number of params': '257M' }));
    expect(feed.leaderboards[0].metrics.map((m) => [m.direction, m.directionSource, m.descriptor])).to.deep.equal([
      ['lower', 'inferred', false],
      ['lower', 'inferred', true],
    ]);
  });

  it('options.directions wins over inference and over the feed, matching names case-insensitively', () => {
    const fromTables = parseFeed(tables({ 'Test perplexity': '18.3' }), { directions: { 'TEST PERPLEXITY': 'higher' } });
    expect(fromTables.leaderboards[0].metrics[0]).to.deep.include({ direction: 'higher', directionSource: 'option' });
    const own = parseFeed({ version: 1, leaderboards: [{ task: 'T', dataset: 'D', metrics: [{ name: 'Accuracy', direction: 'higher' }], results: [] }] }, { directions: { accuracy: 'lower' } });
    expect(own.leaderboards[0].metrics[0]).to.deep.include({ direction: 'lower', directionSource: 'option' });
  });

  it('keeps feed keys like "__proto__" and "constructor" as plain metric names without touching prototypes', () => {
    const input = JSON.parse('[{"task":"T","datasets":[{"dataset":"D","sota":{"metrics":["__proto__","constructor"],"rows":[{"model_name":"m","uses_additional_data":false,"metrics":{"__proto__":"1","constructor":"2"}}]}}]}]');
    const feed = parseFeed(input, { directions: JSON.parse('{"__proto__":{"x":1}}') });
    const { values } = feed.leaderboards[0].results[0];
    expect(Object.keys(values)).to.deep.equal(['__proto__', 'constructor']);
    expect(values['constructor' as string].value).to.equal(2);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    expect(Object.getPrototypeOf(values)).to.equal(null);
  });

  it('never drops a row: every row of every table comes through, values or not', () => {
    const feed = parseFeed(tables({ 'Test perplexity': '', 'Number of params': '?' }));
    expect(feed.leaderboards[0].results).to.have.length(1);
    expect(feed.warnings.map((w) => [w.kind, w.raw])).to.deep.equal([['unreadable-value', ''], ['unreadable-value', '?']]);
  });

  it('gives every board a unique id even when two names slug alike', () => {
    const feed = parseFeed([{ task: 'NER', datasets: [{ dataset: 'Species-800', sota: { metrics: [], rows: [] } }, { dataset: 'Species 800', sota: { metrics: [], rows: [] } }] }]);
    expect(feed.leaderboards.map((b) => b.id)).to.deep.equal(['ner--species-800', 'ner--species-800-2']);
  });
});
