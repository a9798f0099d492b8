// <metric-trend> in each of its states, as plain {name, render} stories.
import { html } from 'lit';
import '../src/components/metric-trend/define.js';
import { boardFeed, squadFeed, syntheticFeed, wikitextFeed } from '../test/metric-trend/trend-fixtures.js';

export default { title: 'metric-trend' };

export const HigherIsBetter = {
  name: 'SQuAD1.1 F1 (higher is better, extra data, undated result)',
  render: () => html`<metric-trend .feed=${squadFeed} dataset="SQuAD1.1"></metric-trend>`,
};

export const LowerIsBetter = {
  name: 'WikiText-103 perplexity (steps down)',
  render: () => html`<metric-trend .feed=${wikitextFeed} dataset="WikiText-103"></metric-trend>`,
};

export const Dark = {
  name: 'Dark theme',
  render: () => html`<metric-trend theme="dark" .feed=${squadFeed} dataset="SQuAD1.1" highlight="BiDAF"></metric-trend>`,
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
  render: () => html`<metric-trend scale="log" .feed=${boardFeed('Gain', [
    { model: 'A', date: '2020-01-01', value: -3 }, { model: 'B', date: '2020-06-01', value: 2 }, { model: 'C', date: '2021-01-01', value: 5 },
  ])}></metric-trend>`,
};

export const OnePoint = {
  name: 'One point',
  render: () => html`<metric-trend .feed=${boardFeed('Accuracy', [{ model: 'Only model', date: '2021-03-04', value: '77.5' }])}></metric-trend>`,
};

export const OneDay = {
  name: 'All on one day, equal values',
  render: () => html`<metric-trend .feed=${boardFeed('Accuracy', [
    { model: 'A', date: '2021-03-04', value: 80 }, { model: 'B', date: '2021-03-04', value: 80 }, { model: 'C', date: '2021-03-04', value: 80 },
  ])}></metric-trend>`,
};

export const Dense = {
  name: '10,000 points',
  render: () => html`<metric-trend .feed=${syntheticFeed(10_000)} labels="record"></metric-trend>`,
};

export const Loading = {
  name: 'Loading',
  render: () => html`<metric-trend src="/never-answers.json"></metric-trend>`,
};

export const Error = {
  name: 'Error',
  render: () => html`<metric-trend .feed=${{ nothing: 'here' }}></metric-trend>`,
};

export const Empty = {
  name: 'Empty (no source)',
  render: () => html`<metric-trend></metric-trend>`,
};

export const NotFound = {
  name: 'Dataset not in the feed',
  render: () => html`<metric-trend .feed=${squadFeed} dataset="SQuAD2"></metric-trend>`,
};
