// A small board and paper for the interop tests. Made-up models and numbers: what is tested is the wiring
// (properties in, events out), not the data.
import { parseFeed } from '../../src/feed/parse-feed.js';

export const interopFeed = parseFeed({
  version: 1,
  leaderboards: [{
    task: 'Question Answering', dataset: 'Toy QA', metrics: ['F1'],
    results: [
      { model: 'Model A', date: '2019-01-10', values: { F1: '80.1' }, paper: 'paper-a' },
      { model: 'Model B', date: '2020-03-02', values: { F1: '85.4' }, paper: 'paper-b' },
      { model: 'Model C', date: '2021-07-19', values: { F1: '83.0' } },
    ],
  }],
  papers: [
    { id: 'paper-a', title: 'Model A: a made-up paper', authors: ['Ada Example'], date: '2019-01-10', url: 'https://example.org/a' },
    { id: 'paper-b', title: 'Model B: another made-up paper', authors: ['Bo Example'], date: '2020-03-02', url: 'https://example.org/b' },
  ],
});

/** Waits for `check` to hold, polling once a task, up to `ms`. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const rowModels = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll('tbody tr[aria-rowindex] .model')].map((cell) => (cell.textContent ?? '').trim());
