// The hostile feed corpus: every fixture is made up by us to attack the elements (no facts in it). Each one is
// given to all four elements; see hostile-feeds.test.ts for what must hold. Payloads that would run set
// window.__pwned, so a test can see that nothing ran.
import type { Feed, Leaderboard, Paper, Result } from '../../src/feed/types.js';

export type Outcome = 'data' | 'error' | 'either';

export interface HostileFixture {
  name: string;
  /** Given to `.feed`: JSON text (read as a fetched feed would be), a JSON value, or a parsed Feed (past the feed layer). */
  feed: unknown;
  /** What every element must end up showing: the data (as text), a readable error, or either. */
  outcome: Outcome;
  /** Text that must be on screen as text when the data shows (the payload itself: neither run nor dropped). */
  visible?: string;
  /** The <paper-card> `paper` attribute. */
  paper?: string;
  /** Slow enough (100,000 results) that the test allows it more time. */
  heavy?: boolean;
  /** A readable board index: <sota-index> shows it as data; the other elements say it is not a feed of results. */
  index?: boolean;
}

/** Markup and template payloads; each sets window.__pwned if it ever runs. */
export const SCRIPT_PAYLOADS: Record<string, string> = {
  'img onerror': '<img src=x onerror="window.__pwned=\'img\'">',
  'script tag': '<script>window.__pwned=\'script\'</script>',
  'attribute break-out svg onload': '"><svg onload="window.__pwned=\'svg\'"><a href="javascript:window.__pwned=1">x</a>',
  'closing tags and iframe srcdoc': '</textarea></style></title><iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
  'template and lit markers': '${window.__pwned=\'tpl\'}{{constructor.constructor(\'window.__pwned=1\')()}}<!--?lit$1234$--><?lit$1$>',
};

/** Link schemes that run code or show attacker content; none may become an href or src. */
export const DANGEROUS_URLS: Record<string, string> = {
  'javascript:': 'javascript:window.__pwned=\'js-url\'',
  'JAVASCRIPT: upper case': 'JAVASCRIPT:window.__pwned=1',
  'javascript: with a tab': 'java\tscript:window.__pwned=1',
  'javascript: with a newline': 'java\nscript:window.__pwned=1',
  'javascript: after spaces and a control character': '  \u0001 javascript:window.__pwned=1',
  'data: HTML': 'data:text/html,<script>parent.__pwned=1</script>',
  'DATA: base64 upper case': 'DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:': 'vbscript:msgbox(1)',
  'VBScript: mixed case with a carriage return': 'VB\rScript:msgbox(1)',
  'file:': 'file:///etc/passwd',
};

const MEGABYTE = 1024 * 1024;

/** One board and one paper in our format with `text` in every text field, `url` in every URL field. */
export function everyFieldFeed(text: string, url: string, value: unknown = '90.1'): Record<string, unknown> {
  const source = { name: text, url, license: text };
  const code = [{ url, title: text, framework: text, official: true, stars: 3 }, url];
  return {
    version: 1,
    source,
    updated: '2024-01-01',
    leaderboards: [{
      task: text,
      dataset: text,
      description: text,
      source,
      metrics: [{ name: text, direction: 'higher', unit: text }, 'Accuracy'],
      results: [
        { id: text, model: text, date: '2020-01-01', values: { [text]: value, Accuracy: '90.1' }, extraData: false,
          paper: { id: 'p1', title: text, url, date: '2020-01-01', arxivId: text }, code },
        { model: `${text} 2`, date: '2021-06-01', values: { [text]: '91.5', Accuracy: '91.5' }, paper: 'p1', code: [url] },
        { model: `${text} 3`, date: '2022-02-01', values: { [text]: '92.0', Accuracy: '92.0' }, extraData: true },
      ],
    }],
    papers: [{
      id: 'p1', title: text, authors: [text, text, text, text, text, text, text, text], date: '2020-01-01', venue: text,
      abstract: text.length > 1000 ? text : `${text} `.repeat(40), url, pdf: url, code, tasks: [text, text], arxivId: text, bibtex: text,
    }],
  };
}

/** The same attack past the feed layer: a parsed Feed, so only the elements themselves can refuse the URL. */
function parsedFeedWithUrl(url: string): Feed {
  const code = [{ url, title: 'repo', official: true, framework: null, stars: null }];
  const ref = { id: 'p1', title: 'Made-up paper', url, date: '2020-01-01', arxivId: null };
  const value = (raw: string) => ({ value: Number(raw), raw, uncertainty: null, percent: false, suffix: '', marks: '', emphasis: false, text: raw });
  const results: Result[] = [
    { id: '0', model: 'Model A', date: '2020-01-01', values: { Accuracy: value('90.1') }, extraData: false, paper: ref, code },
    { id: '1', model: 'Model B', date: '2021-01-01', values: { Accuracy: value('91.5') }, extraData: false, paper: ref, code },
  ];
  const source = { name: 'Source', url, license: null };
  const board: Leaderboard = {
    id: 'task--set', task: 'Task', dataset: 'Set', description: null, source, results,
    metrics: [{ name: 'Accuracy', direction: 'higher', directionSource: 'feed', unit: null, descriptor: false }],
  };
  const paper: Paper = {
    id: 'p1', title: 'Made-up paper', authors: ['A. Author'], date: '2020-01-01', venue: null, abstract: null,
    url, pdf: url, code, tasks: ['Task'], arxivId: null, bibtex: null,
  };
  return { format: 'sota-widgets', leaderboards: [board], papers: [paper], warnings: [], source, updated: null };
}

// Written as text so that "__proto__" is an own key, as it is in a fetched feed.
const PROTOTYPE_KEYS = `{
  "version": 1, "__proto__": { "polluted": "feed" }, "constructor": { "prototype": { "polluted": "ctor" } },
  "leaderboards": [{
    "task": "constructor", "dataset": "__proto__", "__proto__": { "polluted": "board" },
    "metrics": ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"],
    "results": [
      { "model": "__proto__", "date": "2020-01-01", "__proto__": { "polluted": "row" },
        "values": { "__proto__": "1", "constructor": "2", "prototype": "3", "toString": "4", "hasOwnProperty": "5", "valueOf": "6" } },
      { "model": "constructor", "date": "2021-01-01", "values": { "__proto__": { "polluted": "value" }, "constructor": "7" } },
      { "model": "prototype", "date": "2022-01-01", "values": { "__proto__": "9", "constructor": "8" } }
    ]
  }],
  "papers": [{ "id": "__proto__", "title": "constructor", "authors": ["__proto__", "prototype"], "tasks": ["constructor"],
    "__proto__": { "polluted": "paper" }, "code": [{ "url": "https://example.org/r", "__proto__": { "polluted": "code" } }] }]
}`;

const NUMBERS_AS_STRINGS: unknown[] = [
  'Infinity', '-Infinity', 'NaN', 'nan', 'inf', '1e400', '-1e400', '1e-400', '∞', '0x1F', '١٢٣', '--5', '5..5', '1,2,3',
  '99999999999999999999999999999%', 1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -0, 0, '', ' ', null, true, [], {},
];

function numbersFeed(): Record<string, unknown> {
  return {
    version: 1,
    leaderboards: [{
      task: 'Odd numbers', dataset: 'Made-up set', metrics: ['Accuracy'],
      results: [
        { model: 'Plain row', date: '2019-01-01', values: { Accuracy: '50.0' }, paper: 'p1' },
        ...NUMBERS_AS_STRINGS.map((raw, i) => ({ model: `Row ${i}`, date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, values: { Accuracy: raw } })),
      ],
    }],
    papers: [{ id: 'p1', title: 'Made-up paper with odd numbers', date: 'NaN' }],
  };
}

/** Dates that no calendar has, or that Date() stretches past its range. */
function oddDatesFeed(): Record<string, unknown> {
  const dates = ['2020-13-45', '0000-00-00', '99999-01-01', '-271821-04-19', '+275760-09-14', '2020-02-30', 'Infinity', 'NaN', '1e400', 20200101, true];
  return {
    version: 1,
    leaderboards: [{ task: 'Odd dates', dataset: 'Made-up set', metrics: ['Accuracy'],
      results: dates.map((date, i) => ({ model: `Dated ${i}`, date, values: { Accuracy: String(50 + i) }, paper: 'p1' })) }],
    papers: [{ id: 'p1', title: 'Made-up paper with odd dates', date: '-271821-04-19' }],
  };
}

function wrongTypesInEveryField(): Record<string, unknown> {
  return {
    version: 1, source: 'not an object', updated: 20240101,
    leaderboards: [{
      id: { a: 1 }, task: 'Wrong types', dataset: 'Made-up set', description: ['a'], source: 7,
      metrics: ['Accuracy', { name: 5, direction: 'sideways', unit: [] }, 7, null, { name: 'Score', direction: 1 }],
      results: [
        { id: {}, model: { first: 'x' }, date: 20200101, values: { Accuracy: { value: 1 }, Score: [1, 2] }, extraData: 'yes', paper: 7, code: 'https://example.org' },
        { model: ['list'], date: [], values: { Accuracy: '90.0' }, extraData: 1, paper: { title: 5, url: 7, date: {} }, code: [5, null, { url: 9 }] },
        { model: 'Fine row', date: '2021-01-01', values: { Accuracy: '91.0' }, paper: 'p1' },
        null, 5, 'row', [],
      ],
    }],
    papers: [{ id: 'p1', title: 'Made-up paper with wrong types', authors: 'A. One and B. Two', date: {}, venue: 5, abstract: { text: 'x' },
      url: 7, pdf: ['x'], code: { url: 'https://example.org' }, tasks: 'Task', arxivId: 12, bibtex: [] }, 5, null],
  };
}

/** Rows for a board of `count` results (only the first ten name the paper, as an archive-sized feed would). */
function manyResultsFeed(count: number): Record<string, unknown> {
  const start = Date.UTC(2000, 0, 1);
  const results = Array.from({ length: count }, (_, i) => ({
    model: `Model ${i}`,
    date: new Date(start + (i % 9000) * 86_400_000).toISOString().slice(0, 10),
    values: { Accuracy: ((i * 7919) % 10_000) / 100 },
    ...(i < 10 ? { paper: 'p1' } : {}),
  }));
  return {
    version: 1,
    leaderboards: [{ task: 'Many results', dataset: 'Generated set', metrics: ['Accuracy'], results }],
    papers: [{ id: 'p1', title: 'Made-up paper among 100,000 results' }],
  };
}

/** A board index (what <sota-index> reads) with `text` in every text field and `file` as each board's file. */
export function everyFieldIndex(text: string, file: string): Record<string, unknown> {
  const entry = (dataset: string) => ({
    dataset, file, results: 3, metric: text, direction: 'higher',
    best: { model: text, value: 92, text, date: '2022-02-01', paper: text },
    frontier: [['2020-01-01', 90.1], ['2022-02-01', 92]],
  });
  return {
    format: 'sota-widgets-index', version: 1, source: { name: text, url: file, license: text }, updated: '2024-01-01',
    tasks: [{ task: text, parent: text, datasets: [entry(text), entry(`${text} 2`)] }, { task: `${text} 2`, datasets: [entry('Plain set')] }],
  };
}

const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

export function hostileCorpus(): HostileFixture[] {
  const fixtures: HostileFixture[] = [];
  for (const [name, payload] of Object.entries(SCRIPT_PAYLOADS)) {
    fixtures.push({ name: `${name} in every text field`, feed: JSON.stringify(everyFieldFeed(payload, 'https://example.org/p')), outcome: 'data', visible: payload, paper: 'p1' });
  }
  for (const [name, payload] of Object.entries(SCRIPT_PAYLOADS)) {
    fixtures.push({ name: `${name} in every text field of a board index`, feed: JSON.stringify(everyFieldIndex(payload, 'boards/a.json')), outcome: 'either', visible: payload, index: true });
  }
  fixtures.push({ name: 'img onerror as the paper id asked for', feed: JSON.stringify({ ...everyFieldFeed('Safe text', 'https://example.org/p'), papers: [{ id: SCRIPT_PAYLOADS['img onerror'], title: 'Made-up paper' }] }), outcome: 'data', paper: SCRIPT_PAYLOADS['img onerror'] });
  for (const [name, url] of Object.entries(DANGEROUS_URLS)) {
    fixtures.push({ name: `${name} in every URL field`, feed: JSON.stringify(everyFieldFeed('Made-up text', url)), outcome: 'data', visible: 'Made-up text', paper: 'p1' });
    fixtures.push({ name: `${name} in every URL of a parsed Feed`, feed: parsedFeedWithUrl(url), outcome: 'data', paper: 'p1' });
    fixtures.push({ name: `${name} as every file of a board index`, feed: JSON.stringify(everyFieldIndex('Made-up text', url)), outcome: 'either', visible: 'Made-up text', index: true });
  }
  fixtures.push(
    { name: '__proto__, constructor and prototype keys', feed: PROTOTYPE_KEYS, outcome: 'data', paper: '__proto__' },
    { name: '1 MB words in every text field', feed: JSON.stringify(everyFieldFeed('lorem ipsum '.repeat(MEGABYTE / 12), 'https://example.org/p')), outcome: 'data', paper: 'p1' },
    { name: '1 MB unbroken string as the model name', feed: JSON.stringify({ ...everyFieldFeed('Made-up text', '/p'), leaderboards: [{ task: 'T', dataset: 'D', metrics: ['Accuracy'], results: [{ model: 'x'.repeat(MEGABYTE), date: '2020-01-01', values: { Accuracy: '1' }, paper: 'p1' }] }] }), outcome: 'data', paper: 'p1' },
    { name: 'JSON nested 10,000 arrays deep', feed: nested(10_000), outcome: 'error' },
    { name: 'JSON nested 1,000,000 arrays deep', feed: nested(1_000_000), outcome: 'error' },
    { name: 'JSON nested 100,000 objects deep in a description', feed: `{"version":1,"leaderboards":[{"task":"T","dataset":"D","metrics":["Accuracy"],"description":${nestedObjects(100_000)},"results":[{"model":"Deep row","date":"2020-01-01","values":{"Accuracy":${nested(100_000, '"1"')}}}]}],"papers":[{"id":"p1","title":"Deep paper","authors":${nested(50_000, '"A"')}}]}`, outcome: 'either', paper: 'p1' },
    { name: 'numbers as Infinity, NaN and 1e400 strings', feed: JSON.stringify(numbersFeed()), outcome: 'data', paper: 'p1' },
    { name: 'dates out of every range', feed: JSON.stringify(oddDatesFeed()), outcome: 'data', paper: 'p1' },
    { name: 'wrong types in every field', feed: JSON.stringify(wrongTypesInEveryField()), outcome: 'either', paper: 'p1' },
    { name: 'version as text', feed: JSON.stringify({ ...everyFieldFeed('Made-up text', '/p'), version: '1' }), outcome: 'error' },
    { name: 'leaderboards as an object', feed: JSON.stringify({ version: 1, leaderboards: { task: 'T' }, papers: 'none' }), outcome: 'error' },
    { name: 'leaderboard fields of the wrong type', feed: JSON.stringify({ version: 1, leaderboards: [{ task: 5, dataset: ['D'], metrics: { a: 1 }, results: 'none' }] }), outcome: 'either' },
    { name: 'a board index with wrong types in every field', feed: JSON.stringify({ format: 'sota-widgets-index', version: 1, source: 5, updated: [], tasks: [
      { task: 'Wrong types', parent: {}, datasets: [{ dataset: 'Made-up set', file: 7, results: '3', metric: ['m'], direction: 'up', best: { model: 5, value: {}, text: [], date: 'soon', paper: 9 }, frontier: [[1, 2], 'x', null, ['2020-01-01', 'NaN']] }, { dataset: 'Fine set', results: 2 }] },
    ] }), outcome: 'either', index: true },
    { name: 'a board index whose tasks are not a list', feed: JSON.stringify({ format: 'sota-widgets-index', version: 1, tasks: { task: 'T' } }), outcome: 'error' },
    { name: 'a board index of 1 MB names', feed: JSON.stringify(everyFieldIndex('lorem ipsum '.repeat(MEGABYTE / 12), 'boards/a.json')), outcome: 'either', index: true },
    { name: 'a number', feed: '42', outcome: 'error' },
    { name: 'a string', feed: '"<img src=x onerror=window.__pwned=1>"', outcome: 'error' },
    { name: 'null', feed: 'null', outcome: 'error' },
    { name: 'true', feed: 'true', outcome: 'error' },
    { name: 'an empty list', feed: '[]', outcome: 'error' },
    { name: 'a list of numbers', feed: '[1, 2, 3]', outcome: 'error' },
    { name: 'an empty object', feed: '{}', outcome: 'error' },
    { name: 'HTML instead of JSON', feed: '<html><body><script>window.__pwned=1</script></body></html>', outcome: 'error' },
    { name: 'truncated JSON', feed: JSON.stringify(everyFieldFeed('Made-up text', '/p')).slice(0, 200), outcome: 'error' },
    { name: 'a parsed Feed whose lists hold the wrong things', feed: { format: 'sota-widgets', leaderboards: [null, 5, { id: 1 }], papers: [null, 'x'], warnings: [null], source: 5, updated: {} }, outcome: 'either', paper: 'x' },
    { name: '100,000 results', feed: manyResultsFeed(100_000), outcome: 'data', paper: 'p1', heavy: true },
  );
  return fixtures;
}
