import { expect } from '@open-wc/testing';

// The test page's structuredClone (test/setup/readable-failures.ts) describes what the real one cannot clone.
describe('readable failures', () => {
  it('structuredClone describes DOM nodes and functions instead of throwing, and clones the rest as usual', () => {
    const cell = document.createElement('td');
    cell.setAttribute('part', 'cell');
    const copy = structuredClone({ actual: cell, expected: null, check: function isEmpty() {}, list: [1, { text: document.createTextNode('x') }] });
    expect(copy).to.deep.equal({ actual: '<td part="cell">', expected: null, check: '[function isEmpty]', list: [1, { text: '#text' }] });
  });

  it('keeps an error\'s name, message and stack beside a node it names', () => {
    const error = Object.assign(new Error('expected <body> to equal null'), { actual: document.body });
    const copy = structuredClone({ error, node: document.body }) as unknown as { error: Record<string, unknown>; node: string };
    expect(copy.node).to.equal('<body>');
    expect(copy.error).to.include({ name: 'Error', message: 'expected <body> to equal null', actual: '<body>' });
    expect(copy.error.stack).to.be.a('string');
  });
});
