// The hostile suite is only as good as its detectors: prove each one fires when the thing it looks for happens.
import { expect } from '@open-wc/testing';
import { dangerousMarkup, PageGuard } from './inspect.js';
import { SCRIPT_PAYLOADS } from './corpus.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A host whose shadow root got feed text as HTML: exactly the mistake the elements must never make. */
function unsafeHost(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = markup; // deliberately unsafe: the detectors must see it
  document.body.append(host);
  return host;
}

describe('hostile test detectors', () => {
  it('PageGuard reports an img onerror payload that ran', async () => {
    const guard = new PageGuard();
    guard.start();
    const host = unsafeHost(SCRIPT_PAYLOADS['img onerror']);
    for (let i = 0; i < 50 && window.__pwned === undefined; i++) await wait(20); // the broken image fails to load later
    host.remove();
    const escaped = await guard.stop();
    expect(escaped.some((line) => line.startsWith('a payload ran: window.__pwned = img'))).to.equal(true);
    delete window.__pwned;
  });

  it('PageGuard reports an iframe srcdoc script that ran', async () => {
    const guard = new PageGuard();
    guard.start();
    const host = unsafeHost(SCRIPT_PAYLOADS['closing tags and iframe srcdoc']);
    for (let i = 0; i < 50 && window.__pwned === undefined; i++) await wait(20);
    host.remove();
    expect(await guard.stop()).to.include('a payload ran: window.__pwned = iframe');
    delete window.__pwned;
  });

  it('PageGuard reports a console error and Object.prototype pollution', async () => {
    const guard = new PageGuard();
    guard.start();
    console.error('made-up failure');
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    let escaped: string[];
    try {
      escaped = await guard.stop();
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(escaped).to.include('console.error: made-up failure');
    expect(escaped).to.include('Object.prototype was changed');
  });

  it('dangerousMarkup finds handlers, script elements and javascript:, data: and vbscript: links', () => {
    const host = unsafeHost('<a href=" JAVASCRIPT:alert(1)">a</a><a href="data:text/html,x">b</a><a href="vbscript:x">c</a>'
      + '<span onclick="x">d</span><script>window.__pwned = 1</script><a href="https://example.org/">safe</a>');
    const problems = dangerousMarkup(host);
    host.remove();
    expect(problems, problems.join('\n')).to.have.length(5);
    expect(problems.join('\n')).to.match(/JAVASCRIPT:/).and.match(/data:/).and.match(/vbscript:/).and.match(/onclick/).and.match(/<script>/);
  });

  it('dangerousMarkup finds nothing in plain text that looks like markup', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).textContent = Object.values(SCRIPT_PAYLOADS).join(' ');
    expect(dangerousMarkup(host)).to.deep.equal([]);
  });
});
