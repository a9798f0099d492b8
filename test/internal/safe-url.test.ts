import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../../src/internal/safe-url.js';

describe('safeUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeUrl('https://arxiv.org/abs/2104.10344')).to.equal('https://arxiv.org/abs/2104.10344');
    expect(safeUrl('http://example.org/a?b=1#c')).to.equal('http://example.org/a?b=1#c');
    expect(safeUrl('HTTPS://EXAMPLE.ORG/')).to.equal('HTTPS://EXAMPLE.ORG/');
  });

  it('trims surrounding whitespace', () => {
    expect(safeUrl('  https://github.com/GanjinZero/KeBioLM \n')).to.equal('https://github.com/GanjinZero/KeBioLM');
  });

  it('keeps relative URLs relative when no base is given', () => {
    for (const url of ['/boards/ner/ncbi-disease', 'paper.html', '../x', '?q=1', '#results', '//cdn.example.org/x']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('rejects javascript:, data: and vbscript: in any case', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=', 'vbscript:msgbox(1)', 'VBScript:msgbox(1)']) {
      expect(safeUrl(url), url).to.equal(null);
    }
  });

  it('rejects dangerous schemes hidden by whitespace and control characters', () => {
    for (const url of [' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'java\rscript:alert(1)',
      '\u0000javascript:alert(1)', 'javascript\u0000:alert(1)', '\u001fjavascript:alert(1)', 'jav\u00a0ascript:alert(1)',
      '\ufeffjavascript:alert(1)', 'd a t a:text/html,x', 'vb\u007fscript:x']) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(null);
    }
  });

  it('rejects other schemes, empty input and non-strings', () => {
    for (const url of ['mailto:a@b.c', 'file:///etc/passwd', 'ftp://x.org', 'blob:https://x/1', '', '   ', null, undefined]) {
      expect(safeUrl(url), String(url)).to.equal(null);
    }
    expect(safeUrl(42 as unknown as string)).to.equal(null);
  });

  it('never returns a URL whose parsed protocol is not http(s)', () => {
    const samples = ['javascript:x', 'https://ok.example', '/rel', 'data:,', ' \t\njavascript:x', 'jAvAsCrIpT:x', '\\\\host\\x'];
    for (const url of samples) {
      const out = safeUrl(url);
      if (out !== null) expect(['http:', 'https:']).to.include(new URL(out, 'https://base.example/').protocol);
    }
  });

  it('for any text, the result is null or an http(s) URL once resolved', () => {
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001f', '\u00a0', '\ufeff');
    const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'http', 'https', 'JaVaScRiPt', 'file', '');
    const candidate = fc.tuple(noise, scheme, noise, fc.constantFrom(':', ''), fc.string()).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(candidate, fc.string()), (url) => {
        const out = safeUrl(url);
        if (out === null) return true;
        const protocol = new URL(out, 'https://base.example/').protocol;
        return protocol === 'http:' || protocol === 'https:';
      }),
      { numRuns: 2000 },
    );
  });
});
