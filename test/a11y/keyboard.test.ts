// Keyboard-only journeys, with real key presses (sendKeys) so :focus-visible applies as it does for a user: every
// Tab stop shows a focus ring, a table sorts, a chart point is reached and read, an abstract opens, and the export
// toolbars answer.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SotaElement } from '../../src/internal/sota-element.js';
import { deepActiveElement, FEED, hasVisibleFocus, mount, settle, TAGS, unmountAll, type Tag } from './a11y-helpers.js';

const describeEl = (el: Element | null) => (el ? `<${el.localName} part="${el.getAttribute('part') ?? ''}">${(el.textContent ?? '').trim().slice(0, 30)}` : 'nothing');

/** Presses Tab from the button before `el` until `wanted` has focus; fails naming every stop on the way. */
async function tabTo(el: SotaElement, wanted: (focused: Element) => boolean, what: string): Promise<Element> {
  (el.previousElementSibling as HTMLElement).focus();
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const focused = deepActiveElement();
    if (focused && wanted(focused)) return focused;
    stops.push(describeEl(focused));
  }
  throw new Error(`Tab never reached ${what}; stops: ${stops.join(' | ')}`);
}

/** The status region's text: what a screen reader is told. */
const announced = (el: SotaElement) => [...el.shadowRoot!.querySelectorAll('[role="status"]')].map((s) => s.textContent?.trim()).join(' ');

describe('accessibility sweep: keyboard journeys', function () {
  this.timeout(30000);
  afterEach(() => unmountAll());

  for (const tag of TAGS) {
    it(`every Tab stop in <${tag}> shows a visible focus ring`, async () => {
      const el = await mount(tag as Tag, { feed: FEED });
      (el.previousElementSibling as HTMLElement).focus();
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        await settle(el);
        if (document.activeElement !== el) break; // left the element
        const focused = deepActiveElement()!;
        seen.push(describeEl(focused));
        expect(hasVisibleFocus(focused), `${describeEl(focused)} has a visible focus ring`).to.equal(true);
      }
      expect(seen.length, `<${tag}> has Tab stops`).to.be.greaterThan(0);
    });
  }

  it('<sota-table>: Tab to a column heading and sort it with Enter, then Space', async () => {
    const el = await mount('sota-table', { feed: FEED });
    const button = await tabTo(el, (f) => f.getAttribute('part') === 'sort-button' && /EM/.test(f.textContent ?? ''), 'the EM sort button');
    const heading = button.closest('th')!;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const first = heading.getAttribute('aria-sort');
    expect(first, 'Enter sorts').to.be.oneOf(['ascending', 'descending']);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(heading.getAttribute('aria-sort'), 'Space reverses').to.equal(first === 'ascending' ? 'descending' : 'ascending');
    expect(deepActiveElement(), 'focus stays on the heading button').to.equal(button);
  });

  it('<sota-table>: the export toolbar answers a key press with an announcement', async () => {
    const el = await mount('sota-table', { feed: FEED });
    await tabTo(el, (f) => f.getAttribute('aria-label') === 'Copy Markdown', 'Copy Markdown');
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 50 && !/Copied|Could not copy/.test(announced(el)); i++) await settle(el);
    expect(announced(el)).to.match(/Copied the table as Markdown|Could not copy: the Markdown text is shown/);
  });

  it('<metric-trend>: Tab reaches the chart, which reads its first point; arrows read the next', async () => {
    const el = await mount('metric-trend', { feed: FEED });
    const chart = await tabTo(el, (f) => f.getAttribute('part') === 'chart', 'the chart');
    expect(hasVisibleFocus(chart)).to.equal(true);
    expect(announced(el)).to.match(/^Model A, F1 80\.1, .*2019.*1 of 4\.$/);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(announced(el)).to.match(/^Model B, F1 85\.4, .*2020.*2 of 4\.$/);
  });

  it('<metric-trend>: the Table button switches to a data table by keyboard', async () => {
    const el = await mount('metric-trend', { feed: FEED });
    const button = await tabTo(el, (f) => f.localName === 'button' && f.textContent?.trim() === 'Table', 'the Table button');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('table')?.textContent).to.contain('Model D');
  });

  it('<paper-card>: Tab to "Show more" and open the abstract with Enter', async () => {
    const el = await mount('paper-card', { feed: FEED });
    const toggle = await tabTo(el, (f) => f.getAttribute('part') === 'abstract-toggle', '"Show more"');
    expect(toggle.textContent?.trim()).to.equal('Show more');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent?.trim()).to.equal('Show less');
  });
});
