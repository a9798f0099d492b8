// Registration as the package promises it: a class module registers nothing; `static define(tag, registry)`
// registers; a second define, even from a second copy of the library (a CDN copy and an npm copy on one page), never
// throws; and `define('other-tag')` is the escape hatch when a tag name is taken.
import { expect, fixture } from '@open-wc/testing';
import { SotaTable } from '../../src/components/sota-table/sota-table.js';
import { MetricTrend } from '../../src/components/metric-trend/metric-trend.js';
import { PaperCard } from '../../src/components/paper-card/paper-card.js';
import { shipFeed } from './ship-feed.js';

interface Definable {
  define(tag?: string, registry?: CustomElementRegistry): void;
  name: string;
}

const elements: { tag: string; Class: Definable & CustomElementConstructor; module: string }[] = [
  { tag: 'sota-table', Class: SotaTable, module: '../../src/components/sota-table/sota-table.ts' },
  { tag: 'metric-trend', Class: MetricTrend, module: '../../src/components/metric-trend/metric-trend.ts' },
  { tag: 'paper-card', Class: PaperCard, module: '../../src/components/paper-card/paper-card.ts' },
];

// Read before any test runs: importing the class modules above must not have defined anything.
const definedAtImport = elements.filter(({ tag }) => customElements.get(tag)).map(({ tag }) => tag);

/**
 * The class module loaded a second time under another URL: a separate copy of the class, as a CDN copy would be.
 * The test server compiles the .ts source itself; only static imports get their .js names mapped to it.
 */
async function secondCopy(module: string, className: string): Promise<Definable> {
  const url = new URL(`${module}?second-copy`, import.meta.url).href;
  const copy = (await import(/* @vite-ignore */ url)) as Record<string, Definable>;
  return copy[className];
}

/** A registry that records what it is asked, standing in for a scoped or polyfilled registry. */
function recordingRegistry(): CustomElementRegistry & { defined: [string, CustomElementConstructor][] } {
  const defined: [string, CustomElementConstructor][] = [];
  return {
    defined,
    get: (tag: string) => defined.find(([name]) => name === tag)?.[1],
    define: (tag: string, ctor: CustomElementConstructor) => void defined.push([tag, ctor]),
  } as unknown as CustomElementRegistry & { defined: typeof defined };
}

// One class can back only one tag, so define(otherTag) after define() must register a subclass (defineElement).

describe('static define(tag, registry)', () => {
  it('importing an element class module defines no tag', () => {
    expect(definedAtImport).to.deep.equal([]);
  });

  for (const { tag, Class, module } of elements) {
    describe(`${Class.name}`, () => {
      it(`${Class.name}.define(tag, registry) registers in the registry it is given, not the page's`, () => {
        const registry = recordingRegistry();
        Class.define(tag, registry);
        expect(registry.defined).to.deep.equal([[tag, Class]]);
        expect(customElements.get(tag)).to.equal(undefined);
      });

      it(`${Class.name}.define() registers <${tag}>, and a second call does nothing`, () => {
        Class.define();
        expect(customElements.get(tag)).to.equal(Class);
        expect(() => Class.define()).not.to.throw();
        expect(customElements.get(tag)).to.equal(Class);
      });

      it(`a second copy of ${Class.name} defining <${tag}> again does not throw and leaves the first`, async () => {
        Class.define();
        const Copy = await secondCopy(module, Class.name);
        expect(Copy).to.be.a('function').and.not.equal(Class);
        expect(() => Copy.define()).not.to.throw();
        expect(customElements.get(tag)).to.equal(Class);
      });

      it(`${Class.name}.define('lab-${tag}') works beside <${tag}> and renders the same element`, async () => {
        Class.define();
        const other = `lab-${tag}`;
        expect(() => Class.define(other)).not.to.throw();
        const Defined = customElements.get(other);
        expect(Defined).to.be.a('function');
        expect(Defined!.prototype).to.be.instanceOf(Class);
        const el = await fixture<HTMLElement & { feed: unknown; updateComplete: Promise<boolean> }>(
          Object.assign(document.createElement(other), { feed: shipFeed }));
        await el.updateComplete;
        await expect(el).to.be.accessible();
        expect(el).to.be.instanceOf(Class);
        expect(el.shadowRoot!.textContent).to.contain('Model B');
      });
    });
  }
});
