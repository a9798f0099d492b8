// Every hostile fixture (corpus.ts) against every element: no script runs, no dangerous link or resource is
// rendered, the host page keeps working (nothing escapes, a sibling button still takes clicks), and the element
// shows either the data, as text, or a readable error.
import { until } from '../until.js';
import { expect } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import '../../src/components/metric-trend/define.js';
import '../../src/components/paper-card/define.js';
import '../../src/components/sota-index/define.js';
import type { SotaElement } from '../../src/internal/sota-element.js';
import { hostileCorpus, type HostileFixture } from './corpus.js';
import { brokenGeometry, dangerousMarkup, PageGuard, visibleText } from './inspect.js';

type Tag = 'sota-table' | 'metric-trend' | 'paper-card' | 'sota-index';

/** The part that proves each element shows data (rather than a message). */
const DATA_PART: Record<Tag, string> = {
  'sota-table': '[part~="table"]',
  'metric-trend': '[part~="chart"], [part~="table"], [part~="summary"]',
  'paper-card': '[part~="card"]',
  'sota-index': '[part~="table"]',
};

// A sentence: starts with a capital, at least three words, ends with a full stop; never a raw "[object Object]".
const SENTENCE = /[A-Z][^.!?]*\s\S+\s[^.!?]*[.!?]/;

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function mount(tag: Tag, fixture: HostileFixture): Promise<{ el: SotaElement; sibling: HTMLButtonElement; clicks: () => number; remove: () => void }> {
  const container = document.createElement('div');
  container.style.width = '640px';
  const sibling = document.createElement('button');
  sibling.textContent = 'Host page button';
  let clicked = 0;
  sibling.addEventListener('click', () => clicked++);
  const el = document.createElement(tag) as SotaElement;
  if (tag === 'paper-card') {
    if (fixture.paper !== undefined) el.setAttribute('paper', fixture.paper);
    el.setAttribute('leaderboard-href', '/boards/{task}/{dataset}?metric={metric}');
  }
  // The index's own file names become whole links: a dangerous one must still never be an href.
  if (tag === 'sota-index') el.setAttribute('href', '{file}');
  el.feed = fixture.feed;
  container.append(sibling, el);
  document.body.append(container);
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await wait(); // events and ResizeObserver re-renders come in later tasks (no frames in a background tab)
  }
  // A shape the core formats do not know, and a failure's advice, load a chunk first: wait for it to settle.
  await until(() => !el.shadowRoot?.querySelector('[part~="loading"]'), 'the element to settle', 10_000);
  await el.updateComplete;
  return { el, sibling, clicks: () => clicked, remove: () => container.remove() };
}

function outcomeOf(tag: Tag, el: SotaElement): { kind: 'data' | 'error' | 'message' | 'nothing'; text: string } {
  const root = el.shadowRoot!;
  const alert = root.querySelector('[role="alert"]');
  if (alert) return { kind: 'error', text: (alert.textContent ?? '').replace(/\s+/g, ' ').trim() };
  if (root.querySelector(DATA_PART[tag])) return { kind: 'data', text: visibleText(el) };
  const status = root.querySelector('[part~="status"]');
  if (status) return { kind: 'message', text: (status.textContent ?? '').replace(/\s+/g, ' ').trim() };
  return { kind: 'nothing', text: visibleText(el) };
}

const corpus = hostileCorpus();
const tags: Tag[] = ['sota-table', 'metric-trend', 'paper-card', 'sota-index'];
let passed = 0;

describe('hostile feeds', function () {
  this.timeout(20000);

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      for (const fixture of corpus) {
        it(`survives ${fixture.name}`, async function () {
          if (fixture.heavy) this.timeout(60000);
          const t0 = performance.now();
          const guard = new PageGuard();
          guard.start();
          const { el, sibling, clicks, remove } = await mount(tag, fixture);
          try {
            const where = `<${tag}> with ${fixture.name}`;
            expect(dangerousMarkup(el), `${where}: dangerous markup`).to.deep.equal([]);
            expect(brokenGeometry(el), `${where}: NaN or Infinity in the chart`).to.deep.equal([]);

            const outcome = outcomeOf(tag, el);
            const shown = `${outcome.kind}: ${outcome.text.slice(0, 300)}`;
            if (fixture.outcome === 'data') expect(outcome.kind, `${where} shows the data (${shown})`).to.equal('data');
            if (fixture.outcome === 'error') expect(outcome.kind, `${where} shows an error (${shown})`).to.equal('error');
            if (fixture.index) expect(outcome.kind, `${where}: an index is data to <sota-index> only (${shown})`).to.equal(tag === 'sota-index' ? 'data' : 'error');
            expect(outcome.kind, `${where} shows something (${shown})`).not.to.equal('nothing');
            if (outcome.kind !== 'data') {
              expect(outcome.text, `${where}: the message is a sentence`).to.match(SENTENCE);
              expect(outcome.text, `${where}: the message is written for a person`).not.to.match(/\[object |undefined|NaN/);
            }
            if (outcome.kind === 'data' && fixture.visible) {
              expect(outcome.text.includes(fixture.visible), `${where} shows the payload as text`).to.equal(true);
            }

            // The page keeps working: nothing covers the sibling button and it still takes a click.
            const box = sibling.getBoundingClientRect();
            expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), `${where}: the host button is covered`).to.equal(sibling);
            sibling.click();
            expect(clicks()).to.equal(1);
          } finally {
            remove();
          }
          expect(await guard.stop(), `nothing escaped from <${tag}> with ${fixture.name}`).to.deep.equal([]);
          passed++;
          const ms = performance.now() - t0; if (ms > 500) console.log(`SLOW ${Math.round(ms)} ms <${tag}> ${fixture.name}`);
        });
      }
    });
  }

  describe('tally', () => {
    it('every fixture × element passed', () => {
      const total = corpus.length * tags.length;
      console.log(`hostile feeds: ${passed} of ${total} fixtures × elements passed (${corpus.length} fixtures × ${tags.length} elements)`);
      expect(passed).to.equal(total);
    });
  });
});
