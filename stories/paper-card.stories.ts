// <paper-card> in its variants and states, as plain {name, render} stories.
import { html } from 'lit';
import '../src/components/paper-card/define.js';
import { barePaper, kebiolmFeed } from '../test/paper-card/feeds.js';

export default { title: 'paper-card' };

const fortyAuthors = Array.from({ length: 40 }, (_, i) => `Author Number${i + 1}`);
const robustFeed = {
  version: 1,
  leaderboards: [],
  papers: [
    barePaper('bare'),
    barePaper('forty', { title: 'Made-up paper with forty authors', authors: fortyAuthors, date: '2024-02' }),
    barePaper('url', { title: 'https://arxiv.org/abs/2104.10344/a-long-url-used-as-a-title-by-a-careless-feed' }),
  ],
};

export const Full = {
  name: 'KeBioLM (full)',
  render: () => html`<paper-card .feed=${kebiolmFeed()} paper="2104.10344"></paper-card>`,
};

export const Dark = {
  name: 'KeBioLM (dark)',
  render: () => html`<paper-card theme="dark" .feed=${kebiolmFeed()} paper="kebiolm"></paper-card>`,
};

export const Compact = {
  name: 'Compact, 320 px sidebar',
  render: () => html`<div style="width: 320px"><paper-card variant="compact" .feed=${kebiolmFeed()} paper="kebiolm"></paper-card></div>`,
};

export const LinkTemplate = {
  name: 'Rows linking to leaderboards through leaderboard-href',
  render: () => html`<paper-card .feed=${kebiolmFeed()} paper="kebiolm" leaderboard-href="#/boards/{task}/{dataset}"></paper-card>`,
};

export const TitleOnly = {
  name: 'A paper with only a title',
  render: () => html`<paper-card .feed=${robustFeed} paper="bare"></paper-card>`,
};

export const FortyAuthors = {
  name: 'Forty authors',
  render: () => html`<paper-card .feed=${robustFeed} paper="forty"></paper-card>`,
};

export const UrlTitle = {
  name: 'A URL as the title, 320 px',
  render: () => html`<div style="width: 320px"><paper-card .feed=${robustFeed} paper="url"></paper-card></div>`,
};

export const Unknown = {
  name: 'Unknown paper (nearest titles offered)',
  render: () => html`<paper-card .feed=${kebiolmFeed()} paper="Improving language models with knowledge graphs"></paper-card>`,
};

export const Failed = {
  name: 'Error (feed not found)',
  render: () => html`<paper-card src="/no-such-feed.json" paper="x"></paper-card>`,
};
