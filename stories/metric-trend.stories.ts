// <metric-trend> in each of its states, as plain {name, render} stories. The same states as the other elements'
// stories: loaded, loading, error, empty, dark, lower-is-better, large and hostile text.
import { html } from 'lit';
import '../src/components/metric-trend/define.js';
import { squadFeed } from './data/squad.js';
import { wikitextFeed } from './data/wikitext.js';
import { syntheticFeed } from './data/synthetic.js';
import { hostileFeed } from './data/hostile.js';
import { brokenJson, oneBoardFeed } from './data/made-up.js';
import { pendingFeedUrl } from './data/pending-feed.js';

export default { title: 'metric-trend' };

export const Loaded = {
  name: 'Loaded: SQuAD1.1 F1 (extra data, an undated result)',
  render: () => html`<metric-trend .feed=${squadFeed} dataset="SQuAD1.1"></metric-trend>`,
};

export const Loading = {
  name: 'Loading',
  render: () => html`<metric-trend src=${pendingFeedUrl('metric-trend')} dataset="SQuAD1.1"></metric-trend>`,
};

export const Failed = {
  name: 'Error: JSON cut short',
  render: () => html`<metric-trend .feed=${brokenJson}></metric-trend>`,
};

export const Empty = {
  name: 'Empty: no source',
  render: () => html`<metric-trend></metric-trend>`,
};

export const NotFound = {
  name: 'Empty: dataset not in the feed',
  render: () => html`<metric-trend .feed=${squadFeed} dataset="SQuAD2.0"></metric-trend>`,
};

export const Dark = {
  name: 'Dark',
  render: () => html`<metric-trend theme="dark" .feed=${squadFeed} dataset="SQuAD1.1" highlight="BiDAF"></metric-trend>`,
};

export const LowerIsBetter = {
  name: 'Lower is better: WikiText-103 perplexity steps down',
  render: () => html`<metric-trend .feed=${wikitextFeed} dataset="WikiText-103"></metric-trend>`,
};

export const Large = {
  name: 'Large: 10,000 points',
  render: () => html`<metric-trend .feed=${syntheticFeed(10_000)} labels="record"></metric-trend>`,
};

export const HostileText = {
  name: 'Hostile text: markup and javascript: links shown as text',
  render: () => html`<metric-trend .feed=${hostileFeed} labels="all"></metric-trend>`,
};

export const Narrow = {
  name: '360 px wide',
  render: () => html`<div style="width: 360px"><metric-trend .feed=${squadFeed} dataset="SQuAD1.1"></metric-trend></div>`,
};

export const LogScale = {
  name: 'Log scale',
  render: () => html`<metric-trend scale="log" .feed=${wikitextFeed} dataset="WikiText-103"></metric-trend>`,
};

export const LogRefused = {
  name: 'Log scale with negative values (falls back to linear, with a note)',
  render: () => html`<metric-trend scale="log" .feed=${oneBoardFeed('Gain', [
    { model: 'A', date: '2020-01-01', value: -3 }, { model: 'B', date: '2020-06-01', value: 2 }, { model: 'C', date: '2021-01-01', value: 5 },
  ])}></metric-trend>`,
};

export const OnePoint = {
  name: 'One point',
  render: () => html`<metric-trend .feed=${oneBoardFeed('Accuracy', [{ model: 'Only model', date: '2021-03-04', value: '77.5' }])}></metric-trend>`,
};

export const OneDay = {
  name: 'All on one day, equal values',
  render: () => html`<metric-trend .feed=${oneBoardFeed('Accuracy', [
    { model: 'A', date: '2021-03-04', value: 80 }, { model: 'B', date: '2021-03-04', value: 80 }, { model: 'C', date: '2021-03-04', value: 80 },
  ])}></metric-trend>`,
};
