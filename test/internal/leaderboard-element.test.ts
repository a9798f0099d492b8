// <sota-table> and <metric-trend> take the same seven attributes for which board, metric and results they show:
// the same attributes must choose the same thing on both. Each case runs against both elements.
import { expect } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import '../../src/components/metric-trend/define.js';
import type { Feed, Leaderboard } from '../../src/feed/types.js';
import { feedOf, wikitextBoard } from '../sota-table/fixtures.js';

type Tag = 'sota-table' | 'metric-trend';
const TAGS: Tag[] = ['sota-table', 'metric-trend'];
type BoardElement = HTMLElement & { feed: unknown; task: string | null; datasetName: string | null; updateComplete: Promise<boolean> };

/** A board the feed lists before WikiText-103: whichever element falls back to "the first board" shows it. */
function squadBoard(): Leaderboard {
  return { ...wikitextBoard(), id: 'question-answering--squad1-1', task: 'Question Answering', dataset: 'SQuAD1.1' };
}

async function settle(el: BoardElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    // Timers, not animation frames: a test page in a background tab gets none.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

/** The element, 640px wide, with `attributes` set before the feed arrives. Not through fixture(): for a plain
 *  element it waits for an animation frame, which the hidden one of two test pages side by side never gets. */
async function mount(tag: Tag, feed: Feed, attributes: Record<string, string>): Promise<BoardElement> {
  const el = document.createElement(tag) as BoardElement;
  el.style.display = 'block';
  el.style.width = '640px';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = feed;
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return el;
}

const shown = (el: BoardElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** How many results the element marks as highlighted: table rows, or chart points. */
function highlightedCount(el: BoardElement): number {
  return el.shadowRoot!.querySelectorAll(el.localName === 'sota-table' ? 'tr[part~="highlighted"]' : 'circle[part~="highlight"]').length;
}

for (const tag of TAGS) {
  describe(`<${tag}> chooses what it shows as the other leaderboard element does`, () => {
    it('task alone shows the board of that task, not the feed\'s first board', async () => {
      const el = await mount(tag, feedOf(squadBoard(), wikitextBoard()), { task: 'Language Modelling' });
      expect(shown(el)).to.contain('WikiText-103').and.not.contain('SQuAD1.1');
    });

    it('task alone is matched as forgivingly as with a dataset ("language-modelling")', async () => {
      const el = await mount(tag, feedOf(squadBoard(), wikitextBoard()), { task: 'language-modelling' });
      expect(shown(el)).to.contain('WikiText-103').and.not.contain('SQuAD1.1');
    });

    it('a metric the board lacks shows its first score metric and says so', async () => {
      const el = await mount(tag, feedOf(wikitextBoard()), { metric: 'Accuracy' });
      expect(shown(el)).to.contain('Test perplexity')
        .and.contain('This leaderboard has no metric “Accuracy”: showing Test perplexity instead.');
    });

    it('metric names match whatever their case and spacing', async () => {
      const el = await mount(tag, feedOf(wikitextBoard()), { metric: 'number  of PARAMS' });
      expect(shown(el)).to.match(tag === 'sota-table' ? /ranked by Number of params/ : /Number of params on WikiText-103/);
      expect(shown(el)).to.not.contain('has no metric');
    });

    it('highlight names a result by its paper title or arXiv id, not only its model', async () => {
      const board = wikitextBoard();
      const knn = board.results.find((result) => result.model === 'kNN-LM')!;
      knn.paper = { ...knn.paper!, arxivId: '1911.00172' };
      const byTitle = await mount(tag, feedOf(board), { highlight: 'generalization through memorization: nearest neighbor language models' });
      expect(highlightedCount(byTitle)).to.equal(1);
      const byArxiv = await mount(tag, feedOf(board), { highlight: '1911.00172' });
      expect(highlightedCount(byArxiv)).to.equal(1);
    });

    it('says what was asked for when no board matches, and shows the nearest board it is asked to', async function () {
      this.timeout(30000); // the first axe run loads axe-core, slow when test files run side by side
      const ptb = { ...wikitextBoard(), id: 'lm--ptb', dataset: 'Penn Treebank (Word Level)' };
      const el = await mount(tag, feedOf(ptb, wikitextBoard()), { task: 'Language Modelling', dataset: 'WikiText-2' });
      const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
      expect(empty.textContent!.replace(/\s+/g, ' ')).to.contain('No leaderboard for task “Language Modelling” and dataset “WikiText-2” in this feed.');
      await expect(el).to.be.accessible();
      const nearest = [...empty.querySelectorAll('li button')] as HTMLButtonElement[];
      expect(nearest.map((button) => button.textContent)).to.include('Language Modelling on WikiText-103');
      nearest.find((button) => button.textContent === 'Language Modelling on WikiText-103')!.click();
      await settle(el);
      expect(el.datasetName).to.equal('WikiText-103');
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.equal(null);
      expect(shown(el)).to.contain('WikiText-103');
    });

    it('says so when the feed has no leaderboards at all', async () => {
      const el = await mount(tag, feedOf(), {});
      expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('This feed has no leaderboards.');
    });
  });
}
