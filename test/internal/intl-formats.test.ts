// The first Intl number or date format a page builds costs the engine its locale tables (12-14 ms on our machines):
// loading the script-tag file builds none. This file's page imports our modules only after it starts counting, so
// what loading them builds is seen.
import { expect } from '@open-wc/testing';

const built = { number: 0, date: 0 };
const counted = <T extends object>(original: T, kind: keyof typeof built): T => new Proxy(original, {
  construct(target, args) {
    built[kind]++;
    return Reflect.construct(target as new (...a: unknown[]) => object, args);
  },
});
Intl.NumberFormat = counted(Intl.NumberFormat, 'number');
Intl.DateTimeFormat = counted(Intl.DateTimeFormat, 'date');

describe('Intl formats on a cold page', () => {
  it('loading the script-tag file builds no number or date format', async () => {
    await import('../../src/script-tag/script-tag.js');
    expect(built).to.deep.equal({ number: 0, date: 0 });
  });
});
