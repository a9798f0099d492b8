// <sota-index> in each of its states, as plain {name, render} stories: the same states as the other elements'
// stories (loaded, loading, error, empty, dark, large, hostile text), plus a task page and a highlighted model.
import { html } from 'lit';
import '../src/components/sota-index/define.js';
import { mergeFeeds } from '../src/feed/merge-feeds.js';
import { parseFeed } from '../src/feed/parse-feed.js';
import { squadFeed } from './data/squad.js';
import { wikitextFeed } from './data/wikitext.js';
import { kebiolmFeed } from './data/kebiolm.js';
import { hostileFeed } from './data/hostile.js';
import { brokenJson } from './data/made-up.js';
import { pendingFeedUrl } from './data/pending-feed.js';
import { syntheticIndex } from './data/synthetic-index.js';

export default { title: 'sota-index' };

const allBoards = mergeFeeds(parseFeed(squadFeed), parseFeed(wikitextFeed), parseFeed(kebiolmFeed));
const href = 'boards/{task}/{dataset}.html';

export const Loaded = {
  name: 'Loaded: every board of three feeds, grouped by task',
  render: () => html`<sota-index .feed=${allBoards} href=${href}></sota-index>`,
};

export const TaskPage = {
  name: 'A task page: task="NER"',
  render: () => html`<sota-index .feed=${kebiolmFeed} task="NER" href=${href}></sota-index>`,
};

export const Highlight = {
  name: 'Highlight: KeBioLM\'s rank on every board it is on',
  render: () => html`<sota-index .feed=${allBoards} highlight="KeBioLM" href=${href}></sota-index>`,
};

export const Flat = {
  name: 'Flat, by last record',
  render: () => html`<sota-index .feed=${allBoards} flat sort="date" href=${href}></sota-index>`,
};

export const Loading = {
  name: 'Loading',
  render: () => html`<sota-index src=${pendingFeedUrl('sota-index')}></sota-index>`,
};

export const Failed = {
  name: 'Error: JSON cut short',
  render: () => html`<sota-index .feed=${brokenJson}></sota-index>`,
};

export const Empty = {
  name: 'Empty: no source',
  render: () => html`<sota-index></sota-index>`,
};

export const NoSuchTask = {
  name: 'Empty: task not in the index (nearest tasks offered)',
  render: () => html`<sota-index .feed=${allBoards} task="Named entity recognitions"></sota-index>`,
};

export const Dark = {
  name: 'Dark',
  render: () => html`<sota-index theme="dark" .feed=${allBoards} highlight="KeBioLM" href=${href}></sota-index>`,
};

export const Large = {
  name: 'Large: an index of 10,000 boards',
  render: () => html`<sota-index .feed=${syntheticIndex(10_000)} href=${href}></sota-index>`,
};

export const HostileText = {
  name: 'Hostile text: markup and javascript: links shown as text',
  render: () => html`<sota-index .feed=${hostileFeed} href="{file}"></sota-index>`,
};

export const Narrow = {
  name: '360 px wide',
  render: () => html`<div style="width: 360px"><sota-index .feed=${allBoards} href=${href}></sota-index></div>`,
};
