// Narrow screens and text zoom: in a 360 px container, and in a 640 px container with text at 200% (what a 1280 px
// window at 200% zoom gives a component), nothing an element draws reaches past its container, except inside a
// box that scrolls sideways on purpose (a wide table). The page itself never scrolls sideways.
import { expect } from '@open-wc/testing';
import { FEED, mount, overflowing, TAGS, unmountAll, wait } from './a11y-helpers.js';

const SIZES = [
  { name: '360 px wide', width: 360, fontSize: undefined },
  { name: '640 px wide with 200% text', width: 640, fontSize: '200%' },
];

describe('accessibility sweep: narrow and zoomed', function () {
  this.timeout(20000);
  afterEach(() => unmountAll());

  it('the overflow check finds a too-wide box, and allows one inside a sideways scroller', () => {
    const host = document.createElement('div');
    host.style.width = '360px';
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p style="width: 500px">wide</p><div style="overflow-x: auto"><table style="width: 900px"><tr><td>x</td></tr></table></div>';
    document.body.append(host);
    const found = overflowing(host, host.getBoundingClientRect().right);
    host.remove();
    expect(found).to.have.length(1);
    expect(found[0]).to.match(/^<p /);
  });

  for (const size of SIZES) {
    for (const tag of TAGS) {
      it(`<${tag}> ${size.name}: nothing reaches past the container`, async () => {
        const el = await mount(tag, { feed: FEED, width: size.width, fontSize: size.fontSize });
        await wait(50); // a ResizeObserver re-render after the first layout
        await el.updateComplete;
        const container = el.parentElement!.getBoundingClientRect();
        expect(el.shadowRoot!.textContent).to.contain('Model A');
        expect(el.getBoundingClientRect().width).to.be.at.most(container.width + 1);
        expect(overflowing(el, container.right)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);
        if (tag === 'paper-card') {
          // A card's few results stack as label/value lines when narrow, so nothing in it has to scroll sideways.
          const scrollers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((n) => getComputedStyle(n).overflowX === 'auto');
          for (const scroller of scrollers) expect(scroller.scrollWidth, `${scroller.className} scrolls sideways`).to.be.at.most(scroller.clientWidth + 1);
        }
      });

      it(`<${tag}> ${size.name}: an error naming a long URL wraps inside the container`, async () => {
        const src = `/__feeds/missing?${'very-long-query-parameter-name=value&'.repeat(6)}t=${Date.now()}`;
        const el = await mount(tag, { src, width: size.width, fontSize: size.fontSize });
        for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[role="alert"]'); i++) await wait(20);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
        expect(overflowing(el, el.parentElement!.getBoundingClientRect().right)).to.deep.equal([]);
      });
    }
  }
});
