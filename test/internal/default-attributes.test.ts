// Reflected properties with a default (`useDefault`): a default is not written onto the host page's markup, a
// value the page sets is, and removing the attribute brings the default back instead of null.
import { expect } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import '../../src/components/metric-trend/define.js';
import '../../src/components/paper-card/define.js';
import '../../src/components/sota-index/define.js';
import { feedOf, wikitextBoard } from '../sota-table/fixtures.js';

type Element_ = HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };

const DEFAULTS: Record<string, Record<string, unknown>> = {
  'sota-table': { theme: 'auto', refresh: 0, limit: 0, search: 'auto', hideExtraData: false, noExport: false },
  'metric-trend': { theme: 'auto', refresh: 0, scale: 'linear', labels: 'record', showTable: false },
  'paper-card': { theme: 'auto', refresh: 0, variant: 'full' },
  'sota-index': { theme: 'auto', refresh: 0, search: 'auto', flat: false },
};

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

async function mount(tag: string): Promise<Element_> {
  const el = document.createElement(tag) as Element_;
  if (tag !== 'sota-index' && tag !== 'paper-card') el.feed = feedOf(wikitextBoard());
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

describe('reflected properties with defaults', () => {
  for (const [tag, defaults] of Object.entries(DEFAULTS)) {
    it(`<${tag}> writes no default onto its attributes, only what is set`, async () => {
      const el = await mount(tag);
      for (const [name, value] of Object.entries(defaults)) expect(el[name], name).to.equal(value);
      expect(el.getAttributeNames().filter((name) => name !== 'style')).to.deep.equal([]);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
    });
  }

  it('brings the default back when the attribute is removed', async () => {
    const el = await mount('sota-table');
    el.setAttribute('theme', 'dark');
    el.setAttribute('limit', '5');
    await el.updateComplete;
    expect([el.theme, el.limit]).to.deep.equal(['dark', 5]);
    el.removeAttribute('theme');
    el.removeAttribute('limit');
    await el.updateComplete;
    expect([el.theme, el.limit]).to.deep.equal(['auto', 0]);
  });
});
