// <sota-table> in each of its states, as plain {name, render} stories. The same states as the other elements'
// stories: loaded, loading, error, empty, dark, lower-is-better, large and hostile text.
import { html } from 'lit';
import '../src/components/sota-table/define.js';
import { squadFeed } from './data/squad.js';
import { wikitextFeed } from './data/wikitext.js';
import { kebiolmFeed } from './data/kebiolm.js';
import { syntheticFeed } from './data/synthetic.js';
import { hostileFeed } from './data/hostile.js';
import { brokenJson } from './data/made-up.js';
import { pendingFeedUrl } from './data/pending-feed.js';

export default { title: 'sota-table' };

export const Loaded = {
  name: 'Loaded: SQuAD1.1 (extra data, an undated human baseline)',
  render: () => html`<sota-table .feed=${squadFeed} dataset="SQuAD1.1"></sota-table>`,
};

export const Loading = {
  name: 'Loading',
  render: () => html`<sota-table src=${pendingFeedUrl('sota-table')} dataset="SQuAD1.1"></sota-table>`,
};

export const Failed = {
  name: 'Error: JSON cut short',
  render: () => html`<sota-table .feed=${brokenJson}></sota-table>`,
};

export const Empty = {
  name: 'Empty: no source',
  render: () => html`<sota-table></sota-table>`,
};

export const NotFound = {
  name: 'Empty: dataset not in the feed (nearest boards offered)',
  render: () => html`<sota-table .feed=${kebiolmFeed} dataset="NCBI disease corpus v2"></sota-table>`,
};

export const Dark = {
  name: 'Dark',
  render: () => html`<sota-table theme="dark" .feed=${squadFeed} dataset="SQuAD1.1" highlight="BiDAF"></sota-table>`,
};

export const LowerIsBetter = {
  name: 'Lower is better: WikiText-103 perplexity',
  render: () => html`<sota-table .feed=${wikitextFeed} dataset="WikiText-103"></sota-table>`,
};

export const Large = {
  name: 'Large: 10,000 rows',
  render: () => html`<sota-table .feed=${syntheticFeed(10_000)}></sota-table>`,
};

export const HostileText = {
  name: 'Hostile text: markup and javascript: links shown as text',
  render: () => html`<sota-table .feed=${hostileFeed}></sota-table>`,
};

export const LimitAndHighlight = {
  name: 'Top 5 with a highlighted row and "Show all"',
  render: () => html`<sota-table .feed=${kebiolmFeed} dataset="NCBI-disease" limit="5" highlight="KeBioLM"></sota-table>`,
};

export const Narrow = {
  name: '360 px wide',
  render: () => html`<div style="width: 360px"><sota-table .feed=${squadFeed} dataset="SQuAD1.1"></sota-table></div>`,
};
