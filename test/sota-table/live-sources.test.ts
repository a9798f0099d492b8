// <sota-table> reading the Hub's answers from the stand-in (test/server/hub-stand-in.mjs, on the Hub's own paths
// under /__feeds/hub/): a benchmark leaderboard with its marks, a model's eval results, and each way the browser
// can be refused (401 gated, 429 with Retry-After, a cross-origin request without CORS), each said in the element
// with the way forward, the last good data kept.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';
import type { SotaErrorDetail } from '../../src/events/events.js';
import type { Feed } from '../../src/feed/types.js';
import { until } from '../until.js';

let serial = 0;
const hub = (path: string) => `/__feeds/hub${path}?t=${Date.now()}-${++serial}`;
const squash = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';
const text = (el: Element) => squash(el.shadowRoot?.textContent);

async function loaded(el: SotaTable): Promise<void> {
  await until(() => el.shadowRoot?.querySelector('tbody tr') !== null, 'the table has rows');
  await el.updateComplete;
}

function nextError(el: HTMLElement): Promise<SotaErrorDetail> {
  return new Promise((resolve) => el.addEventListener('sota-error', (event) => resolve(event.detail), { once: true }));
}

describe('<sota-table> with live Hub sources', () => {
  it('shows a Hub benchmark leaderboard accessibly, with the Hub\'s ranks, marks in words and model links', async () => {
    const el = await fixture<SotaTable>(html`<sota-table src=${hub('/api/datasets/SWE-bench/SWE-bench_Verified/leaderboard')}></sota-table>`);
    await loaded(el);
    await expect(el).to.be.accessible();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.map((row) => squash(row.querySelector('.rank')?.textContent))).to.deep.equal(['1', '2', '3', '4']);
    const last = rows[3].querySelector('.model')!;
    expect(squash(last.textContent)).to.equal('example-org/sample-model verified · community · With tools');
    expect(rows[0].querySelector<HTMLAnchorElement>('.model a')!.href).to.equal('https://huggingface.co/Qwen/Qwen3.5-397B-A17B');
    expect(squash(el.shadowRoot!.querySelector('thead')!.textContent)).to.contain('Score');
    // The Hub names no task apart from the benchmark: the caption names it once.
    expect(squash(el.shadowRoot!.querySelector('caption')?.textContent)).to.match(/^SWE-bench\/SWE-bench_Verified, ranked by Score/);
    expect(text(el)).to.contain('Model card');
  });

  it('shows one benchmark of a model\'s eval results, dated', async () => {
    const el = await fixture<SotaTable>(html`<sota-table task="openai/gsm8k" src=${hub('/api/models/example-org/sample-model')}></sota-table>`);
    await loaded(el);
    expect(text(el)).to.contain('86.2').and.to.contain('community').and.to.contain('Phi-3 Technical Report');
  });

  it('says a gated benchmark (401) needs a build-time fetch with a token and names the official embed', async () => {
    const el = document.createElement('sota-table');
    const error = nextError(el);
    el.setAttribute('src', hub('/api/datasets/gated/bench/leaderboard'));
    document.body.append(el);
    try {
      const detail = await error;
      expect(detail.kind).to.equal('gated');
      await el.updateComplete;
      const shown = text(el);
      expect(shown).to.contain('HTTP 401').and.to.contain('gated or private')
        .and.to.contain('HF_TOKEN=… npx sota-widgets fetch hf:gated/bench -o feed.json')
        .and.to.contain('https://huggingface.co/datasets/gated/bench');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('says a 429 asks to wait, with the Retry-After seconds', async () => {
    const el = document.createElement('sota-table');
    const error = nextError(el);
    el.setAttribute('src', hub(`/api/datasets/busy/b${serial}/leaderboard`));
    document.body.append(el);
    try {
      expect((await error).kind).to.equal('rate-limited');
      await el.updateComplete;
      expect(text(el)).to.contain('HTTP 429').and.to.contain('try again in 30 s');
    } finally {
      el.remove();
    }
  });

  it('keeps the last good board when a refresh is refused with 429', async () => {
    const el = document.createElement('sota-table');
    el.setAttribute('src', hub(`/api/datasets/flaky/b${Date.now()}/leaderboard`));
    document.body.append(el);
    try {
      await loaded(el as SotaTable);
      const error = nextError(el);
      (el as SotaTable).reload();
      const detail = await error;
      expect([detail.kind, detail.stale]).to.deep.equal(['rate-limited', true]);
      await (el as SotaTable).updateComplete;
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2);
      expect(text(el)).to.contain('try again in 30 s');
    } finally {
      el.remove();
    }
  });

  it('says a cross-origin source without CORS could not be read, and names the build-time fetch', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const url = `${location.protocol}//${other}:${location.port}${hub('/api/datasets/SWE-bench/SWE-bench_Verified/leaderboard')}`;
    const el = document.createElement('sota-table');
    const error = nextError(el);
    el.setAttribute('src', url);
    document.body.append(el);
    try {
      expect((await error).kind).to.equal('network');
      await el.updateComplete;
      expect(text(el)).to.contain('CORS').and.to.contain('npx sota-widgets fetch hf:SWE-bench/SWE-bench_Verified -o feed.json');
    } finally {
      el.remove();
    }
  });

  it('asks the Hub with no referrer, and other hosts as the page would', async () => {
    const original = window.fetch;
    const seen: [string, RequestInit | undefined][] = [];
    window.fetch = async (input, init) => {
      seen.push([String(input), init]);
      return new Response('[{"rank":1,"modelId":"a/b","value":1}]', { headers: { 'content-type': 'application/json' } });
    };
    try {
      const el = await fixture<SotaTable>(html`<sota-table src=${`https://huggingface.co/api/datasets/a/b${Date.now()}/leaderboard`}></sota-table>`);
      await loaded(el);
    } finally {
      window.fetch = original;
    }
    expect(seen.map(([, init]) => init?.referrerPolicy)).to.deep.equal(['no-referrer']);
  });
});

describe('<sota-table> with dataset viewer /rows pages', () => {
  const rows = (query: string) => `/__feeds/hub/rows?${query}&split=latest&offset=0&length=100&t=${Date.now()}-${++serial}`;

  /** The element for `src` with `attributes`, on the page, and the feed its first sota-load carries. */
  async function show(src: string, attributes: Record<string, string> = {}): Promise<{ el: SotaTable; feed: Feed }> {
    const el = document.createElement('sota-table');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const load = new Promise<Feed>((resolve) => el.addEventListener('sota-load', (event) => resolve(event.detail.feed), { once: true }));
    el.setAttribute('src', src);
    document.body.append(el);
    shown.push(el);
    const feed = await load;
    await el.updateComplete;
    return { el, feed };
  }
  const shown: HTMLElement[] = [];
  afterEach(() => shown.splice(0).forEach((el) => el.remove()));

  it('follows the pages to the end of a 250-row table', async () => {
    const { feed } = await show(rows('dataset=sample%2Fthree-pages&config=text'));
    expect(feed.leaderboards[0].results.length).to.equal(250);
    expect(feed.leaderboards[0].cut).to.equal(undefined);
  });

  it('picks the LMArena category asked for and says where the data comes from', async () => {
    const { el, feed } = await show(rows('dataset=lmarena-ai%2Fleaderboard-dataset&config=text'), { category: 'coding' });
    await expect(el).to.be.accessible();
    expect(feed.leaderboards[0].results.map((r) => r.model)).to.deep.equal(['sample-model-alpha', 'sample-model-gamma']);
    expect(text(el)).to.contain('Data: LMArena.').and.to.contain('1,521.9 ± 9.5');
  });

  it('stops at 1,000 rows and says on screen that the source holds more', async () => {
    const { el, feed } = await show(rows('dataset=sample%2Fhuge&config=text'));
    expect(feed.leaderboards[0].results.length).to.equal(1000);
    expect(text(el)).to.contain('First 1,000 of 5,000 rows shown.');
  });

  it('maps a table\'s columns with the columns attribute', async () => {
    const { el, feed } = await show(rows('dataset=sample%2Fmapped&config=text&rows=3'), { columns: 'model: model_name; value: vote_count' });
    expect(feed.leaderboards[0].metrics[0].name).to.equal('vote_count');
    expect(squash(el.shadowRoot!.querySelector('tbody tr .model')!.textContent)).to.equal('model-0002');
  });
});
