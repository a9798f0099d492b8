// axe on every element in every state, light and dark: loaded, loading (a slow server), error (a 404) and empty
// (no data given). The slow and missing feeds come from test/server/feed-server.mjs.
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../src/controllers/feed-cache.js';
import { FEED, mount, TAGS, unmountAll, wait } from './a11y-helpers.js';

let serial = 0;
const unique = (path: string) => `${path}${path.includes('?') ? '&' : '?'}a11y=${Date.now()}-${++serial}`;

describe('accessibility sweep: axe in every state', function () {
  this.timeout(20000);
  beforeEach(() => clearFeedCache());
  afterEach(() => unmountAll());

  // theme="auto" on a page that declares dark: the element takes the page's colours and its own dark tokens.
  for (const tag of TAGS) {
    it(`<${tag}> theme="auto" on a dark page is accessible`, async () => {
      const root = document.documentElement.style;
      root.colorScheme = 'dark';
      root.background = '#0d1117';
      root.color = '#e6edf3';
      try {
        const el = await mount(tag, { feed: FEED });
        expect(el.shadowRoot!.textContent).to.contain('Model A');
        await expect(el).to.be.accessible();
      } finally {
        root.removeProperty('color-scheme');
        root.removeProperty('background');
        root.removeProperty('color');
      }
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    for (const tag of TAGS) {
      describe(`<${tag}> ${theme}`, () => {
        it('loaded is accessible', async () => {
          const el = await mount(tag, { feed: FEED, theme });
          expect(el.shadowRoot!.textContent).to.contain('Model A');
          await expect(el).to.be.accessible();
        });

        it('loading is accessible', async () => {
          const el = await mount(tag, { src: unique('/__feeds/slow?ms=5000'), theme });
          expect(el.shadowRoot!.querySelector('[part~="loading"]'), 'the loading state shows').to.not.equal(null);
          await expect(el).to.be.accessible();
        });

        it('error is accessible', async () => {
          const el = await mount(tag, { src: unique('/__feeds/missing'), theme });
          for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[role="alert"]'); i++) await wait(20);
          expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the error shows').to.not.equal(null);
          await expect(el).to.be.accessible();
        });

        it('empty is accessible', async () => {
          const el = await mount(tag, { theme });
          expect(el.shadowRoot!.querySelector('[part~="empty"]'), 'the empty state shows').to.not.equal(null);
          await expect(el).to.be.accessible();
        });
      });
    }
  }
});
