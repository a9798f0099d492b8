// HTTP for `fetch`, polite to the Hub: at most four requests at once; a 429 waits as long as Retry-After (or the
// RateLimit header's reset) says and tries again; HF_TOKEN sent as huggingface_hub sends it, and only from here
// (never in a page); conditional requests (If-None-Match) so an unchanged source costs a 304 and nothing more.

export interface HttpAnswer {
  status: number;
  text: string;
  etag: string | null;
  /** The next page's URL from a `Link: <…>; rel="next"` header, or null. */
  next: string | null;
}

/** A source that answered with an error status (or not at all): the message names the URL and what to do. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(message: string, readonly status: number | null) {
    super(message);
  }
}

export interface HubHttpOptions {
  token?: string;
  concurrency?: number;
  /** How often a 429 is tried again before giving up. */
  retries?: number;
  /** The longest wait a 429 may ask for, in seconds; longer asks give up at once. */
  maxWaitSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
}

const USER_AGENT = 'sota-widgets fetch';

export class HubHttp {
  readonly #token: string | undefined;
  readonly #limit: number;
  readonly #retries: number;
  readonly #maxWait: number;
  readonly #sleep: (ms: number) => Promise<void>;
  #active = 0;
  readonly #queue: (() => void)[] = [];

  constructor(options: HubHttpOptions = {}) {
    this.#token = options.token || undefined;
    this.#limit = Math.max(1, options.concurrency ?? 4);
    this.#retries = options.retries ?? 3;
    this.#maxWait = options.maxWaitSeconds ?? 120;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** GET `url`; a 304 (when `etag` was given and still holds) comes back with an empty text. */
  async get(url: string, etag: string | null = null): Promise<HttpAnswer> {
    for (let attempt = 0; ; attempt++) {
      const response = await this.#slot(() => this.#request(url, etag));
      if (response.status !== 429) return response;
      const wait = waitSeconds(response.headers);
      if (attempt >= this.#retries || wait > this.#maxWait) {
        throw new FetchError(`${url} answered HTTP 429 Too Many Requests${wait ? ` (it asks to wait ${wait} s)` : ''}: the Hub allows a limited number of calls per 5 minutes. Try again later, or set HF_TOKEN (signed-in calls have a higher limit).`, 429);
      }
      await this.#sleep(Math.max(1, wait) * 1000);
    }
  }

  async #request(url: string, etag: string | null): Promise<HttpAnswer & { headers: Headers }> {
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'application/json, text/plain, */*' };
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    if (etag) headers['if-none-match'] = etag;
    let response: Response;
    try {
      response = await fetch(url, { headers, redirect: 'follow' });
    } catch (error) {
      throw new FetchError(`${url}: could not connect (${(error as Error).cause ? String((error as { cause: { code?: string; message?: string } }).cause.code ?? (error as { cause: { message?: string } }).cause.message) : (error as Error).message}). Check the address and the network.`, null);
    }
    const answer = { status: response.status, headers: response.headers, etag: response.headers.get('etag'), next: nextLink(response.headers.get('link')), text: '' };
    if (response.status === 304 || response.status === 429) return answer;
    if (!response.ok) throw new FetchError(httpProblem(url, response.status, response.statusText, !!this.#token), response.status);
    answer.text = await response.text();
    return answer;
  }

  /** Runs `task` when fewer than `concurrency` requests are under way. */
  async #slot<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.#limit) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#active++;
    try {
      return await task();
    } finally {
      this.#active--;
      this.#queue.shift()?.();
    }
  }
}

function httpProblem(url: string, status: number, text: string, token: boolean): string {
  const what = `${url} answered HTTP ${status}${text ? ` ${text}` : ''}`;
  if (status === 401 || status === 403) {
    return token
      ? `${what}: your HF_TOKEN may not see this gated or private repository; accept its conditions on its Hub page first.`
      : `${what}: it is gated or private. Set HF_TOKEN to a Hub access token that may read it (after accepting its conditions on its page).`;
  }
  if (status === 404) return `${what}: there is no such repository or leaderboard. Check the id.`;
  return `${what}.`;
}

/** Seconds to wait from Retry-After (seconds or a date) or the RateLimit header's reset (`t=`); 0 when unsaid. */
export function waitSeconds(headers: Headers, now = Date.now()): number {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const reset = /(?:^|[;,\s])t=(\d+)/.exec(headers.get('ratelimit') ?? '') ?? /(?:^|[;,\s])reset=(\d+)/.exec(headers.get('ratelimit') ?? '');
  return reset ? Number(reset[1]) : 0;
}

/** The `rel="next"` target of a Link header. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (match && /\brel\s*=\s*"?next"?/i.test(match[2])) return match[1];
  }
  return null;
}
