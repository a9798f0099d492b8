// The first Intl number or date format a page builds costs the engine its locale tables (12-14 ms on our machines):
// loading the script-tag file builds none, and an element waiting for its feed builds one of each while the page is
// idle, once per page (src/internal/warm-formats.ts). This file's page imports our modules only after it starts
// counting, so what loading them builds is seen.
import { expect } from '@open-wc/testing';
import { until } from '../until.js';

const built = { number: 0, date: 0 };
const counted = <T extends object>(original: T, kind: keyof typeof built): T => new Proxy(original, {
  construct(target, args) {
    built[kind]++;
    return Reflect.construct(target as new (...a: unknown[]) => object, args);
  },
});
Intl.NumberFormat = counted(Intl.NumberFormat, 'number');
Intl.DateTimeFormat = counted(Intl.DateTimeFormat, 'date');

const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
const mounted: HTMLElement[] = [];
after(() => mounted.forEach((el) => el.remove()));

function waiting(tag: string, key: string): HTMLElement {
  // Answers after 5 s: long after these tests have looked, so nothing the render formats is counted.
  const el = Object.assign(document.createElement(tag), { src: `/__feeds/slow?ms=5000&k=${key}` });
  document.body.append(el);
  mounted.push(el);
  return el;
}

describe('Intl formats on a cold page', () => {
  it('loading the script-tag file builds no number or date format', async () => {
    await import('../../src/script-tag/script-tag.js');
    expect(built).to.deep.equal({ number: 0, date: 0 });
  });

  it('an element waiting for its feed builds one of each while the page is idle', async () => {
    waiting('sota-table', 'warm-table');
    await until(() => built.number > 0 && built.date > 0, 'a number and a date format', 2000);
    expect(built).to.deep.equal({ number: 1, date: 1 });
  });

  it('does so once per page, however many elements wait', async () => {
    waiting('metric-trend', 'warm-chart');
    waiting('paper-card', 'warm-card');
    await idle();
    await idle();
    expect(built).to.deep.equal({ number: 1, date: 1 });
  });
});
