import { expect } from '@open-wc/testing';
import { locateJsonError } from '../../src/controllers/json-position.js';

describe('locateJsonError', () => {
  it('locateJsonError(valid JSON) is null', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\n\\u00e9", true, false, null, {"k": []}] ', '"x"', '0']) {
      expect(locateJsonError(text), text).to.equal(null);
      expect(() => JSON.parse(text)).not.to.throw();
    }
  });

  it('a missing comma is found at its line and column', () => {
    expect(locateJsonError('{\n  "a": 1\n  "b": 2\n}')).to.deep.include({ line: 3, column: 3, problem: `expected ',' or '}' but found '"'` });
  });

  it('a trailing comma points at the closing bracket', () => {
    expect(locateJsonError('[1, 2,]')).to.deep.include({ offset: 6, line: 1, column: 7, problem: `expected a value but found ']'` });
  });

  it('single quotes and unquoted keys are named', () => {
    expect(locateJsonError("{'a': 1}")?.problem).to.equal('expected a property name in double quotes but found a single quote (JSON needs double quotes)');
    expect(locateJsonError('{a: 1}')?.problem).to.equal(`expected a property name in double quotes but found 'a'`);
  });

  it('truncated text is reported at its end', () => {
    expect(locateJsonError('[{"a": [1, 2')).to.deep.include({ offset: 12, problem: 'the text ends before the JSON is complete (is the file truncated?)' });
    expect(locateJsonError('["abc')).to.deep.include({ offset: 5, problem: 'a string that is never closed: the text ends inside it (is the file truncated?)' });
  });

  it('a line break inside a string points at the break', () => {
    expect(locateJsonError('["ab\ncd"]')).to.deep.include({ line: 1, column: 5 });
  });

  it('bad escapes, bad numbers, NaN and text after the value are found', () => {
    expect(locateJsonError('["\\x"]')?.problem).to.equal('an invalid escape "\\x" inside a string');
    expect(locateJsonError('[01]')?.problem).to.equal(`expected ',' or ']' but found '1'`);
    expect(locateJsonError('[NaN]')?.problem).to.equal(`expected a value but found 'N'`);
    expect(locateJsonError('{} {}')).to.deep.include({ column: 4, problem: 'unexpected text after the end of the JSON value' });
  });

  it('HTML is recognised at its first character', () => {
    expect(locateJsonError('<!doctype html>')?.problem).to.equal(`expected a value but found '<' (is this HTML?)`);
  });

  it('deep nesting does not overflow the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999);
    expect(locateJsonError(deep)).to.deep.include({ offset: deep.length });
  });
});
