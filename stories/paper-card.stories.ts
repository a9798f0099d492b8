// <paper-card> in each of its states, as plain {name, render} stories. The same states as the other elements'
// stories: loaded, loading, error, empty, dark, lower-is-better, large and hostile text.
import { html } from 'lit';
import '../src/components/paper-card/define.js';
import { kebiolmFeed } from './data/kebiolm.js';
import { wikitextFeed } from './data/wikitext.js';
import { syntheticFeed } from './data/synthetic.js';
import { hostileFeed } from './data/hostile.js';
import { awkwardPapersFeed, brokenJson } from './data/made-up.js';
import { pendingFeedUrl } from './data/pending-feed.js';

export default { title: 'paper-card' };

export const Loaded = {
  name: 'Loaded: KeBioLM',
  render: () => html`<paper-card .feed=${kebiolmFeed} paper="2104.10344"></paper-card>`,
};

export const Loading = {
  name: 'Loading',
  render: () => html`<paper-card src=${pendingFeedUrl('paper-card')} paper="kebiolm"></paper-card>`,
};

export const Failed = {
  name: 'Error: JSON cut short',
  render: () => html`<paper-card .feed=${brokenJson} paper="kebiolm"></paper-card>`,
};

export const Empty = {
  name: 'Empty: no source',
  render: () => html`<paper-card></paper-card>`,
};

export const NotFound = {
  name: 'Empty: unknown paper (nearest titles offered)',
  render: () => html`<paper-card .feed=${kebiolmFeed} paper="Improving language models with knowledge graphs"></paper-card>`,
};

export const Dark = {
  name: 'Dark',
  render: () => html`<paper-card theme="dark" .feed=${kebiolmFeed} paper="kebiolm"></paper-card>`,
};

export const LowerIsBetter = {
  name: 'Lower is better: Transformer-XL ranked on WikiText-103 perplexity',
  render: () => html`<paper-card .feed=${wikitextFeed} paper="1901.02860"></paper-card>`,
};

export const Large = {
  name: 'Large: one result among 10,000',
  render: () => html`<paper-card .feed=${syntheticFeed(10_000, { paper: true })} paper="synthetic-paper"></paper-card>`,
};

export const HostileText = {
  name: 'Hostile text: markup and javascript: links shown as text',
  render: () => html`<paper-card .feed=${hostileFeed} paper="hostile"></paper-card>`,
};

export const Compact = {
  name: 'Compact, 320 px sidebar',
  render: () => html`<div style="width: 320px"><paper-card variant="compact" .feed=${kebiolmFeed} paper="kebiolm"></paper-card></div>`,
};

export const LinkTemplate = {
  name: 'Rows linking to leaderboards through leaderboard-href',
  render: () => html`<paper-card .feed=${kebiolmFeed} paper="kebiolm" leaderboard-href="#/boards/{task}/{dataset}"></paper-card>`,
};

export const TitleOnly = {
  name: 'A paper with only a title',
  render: () => html`<paper-card .feed=${awkwardPapersFeed} paper="bare"></paper-card>`,
};

export const FortyAuthors = {
  name: 'Forty authors',
  render: () => html`<paper-card .feed=${awkwardPapersFeed} paper="forty"></paper-card>`,
};

export const UrlTitle = {
  name: 'A URL as the title, 320 px',
  render: () => html`<div style="width: 320px"><paper-card .feed=${awkwardPapersFeed} paper="url"></paper-card></div>`,
};
