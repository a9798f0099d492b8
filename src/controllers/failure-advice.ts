// What a reader can do when the browser cannot read a source, said in the element beside what happened, and where
// a text that is not JSON breaks. Loaded on the first failure only (a chunk of its own), so the script-tag file
// carries none of these words.
// Never a token in the browser: a gated source is fetched at build time instead, where HF_TOKEN can stay private.
import { datasetIdFromUrl } from '../feed/internal/hugging-face.js';
import { FeedLoadError } from './feed-cache.js';
import { locateJsonError } from './json-position.js';

// By path, not host: HF_ENDPOINT mirrors answer on the Hub's paths too.
const HUB_MODEL = /\/api\/models\/([^/?#]+\/[^/?#]+)(?:[?#]|$)/;

/** The failure with its kind made precise (gated, rate-limited) and the way forward added to its message. */
export function withAdvice(error: FeedLoadError): FeedLoadError {
  const status = error.detail?.status ?? 0;
  if (error.kind === 'invalid-json' && error.detail?.json !== undefined) {
    const position = locateJsonError(error.detail.json);
    const where = position ? ` at line ${position.line}, column ${position.column}: ${position.problem}.` : '.';
    return new FeedLoadError(error.message.replace(/\.$/, where), error.kind, error.url, error.cause);
  }
  if (error.kind === 'http' && (status === 401 || status === 403)) {
    const dataset = datasetOf(error.url);
    const embed = dataset
      ? ` For an official Hub benchmark you may instead embed the Hub's own leaderboard, offered on https://huggingface.co/datasets/${dataset}.`
      : '';
    return advised(error, 'gated', `The server refuses to share it: it is gated or private, shared only with signed-in accounts, and a page must never hold a token. ${buildTimeFetch(error.url, true)}${embed}`);
  }
  if (error.kind === 'http' && status === 429) {
    const wait = retryAfterSeconds(error.detail?.retryAfter ?? null);
    const when = wait === null ? 'later' : `in ${wait} s`;
    return advised(error, 'rate-limited', `Too many requests: the server asks to try again ${when} (the Hub allows a limited number of anonymous calls per address). The table keeps what it showed. ${buildTimeFetch(error.url, false)}`);
  }
  if (error.kind === 'network') {
    return advised(error, 'network', `If the feed is on another site, that server must allow this page to read it (CORS: an Access-Control-Allow-Origin header). ${buildTimeFetch(error.url, false)}`);
  }
  if (error.kind === 'timeout' && error.detail?.limit) {
    return new FeedLoadError(error.message.replace(/in time\.$/, `within ${Math.round(error.detail.limit / 100) / 10} s.`), error.kind, error.url, error.cause);
  }
  if (error.kind === 'too-large' && error.detail?.limit) {
    const size = error.detail.bytes ? `${formatBytes(error.detail.bytes)}, more than` : 'larger than';
    return new FeedLoadError(error.message.replace(/too large\.$/, `${size} the ${formatBytes(error.detail.limit)} limit.`), error.kind, error.url, error.cause);
  }
  if (error.kind === 'invalid-json' && error.message.endsWith('is HTML (a web page), not JSON.')) {
    return advised(error, 'invalid-json', 'The address may point at a page about the feed, or at an error or login page, rather than at the JSON file itself.');
  }
  if (error.kind === 'http' && (status === 404 || status === 410)) return advised(error, 'http', 'Check the address: there is no file there.');
  if (error.kind === 'http' && status >= 500) return advised(error, 'http', 'The server failed; it may work again later.');
  return error;
}

function advised(error: FeedLoadError, kind: FeedLoadError['kind'], advice: string): FeedLoadError {
  return new FeedLoadError(`${error.message} ${advice}`, kind, error.url, error, error.detail);
}

/** The command that fetches the same data at build time, for the page to load from its own site. */
function buildTimeFetch(url: string | null, token: boolean): string {
  const dataset = datasetOf(url);
  const model = url ? HUB_MODEL.exec(url)?.[1] : undefined;
  const source = dataset ? `hf:${dataset}` : model ? `hf-model:${model}` : `"${url ?? 'URL'}"`;
  const env = token ? 'HF_TOKEN=… ' : '';
  return `Fetch it at build time instead: \`${env}npx sota-widgets fetch ${source} -o feed.json\`, and point src at feed.json.`;
}

function datasetOf(url: string | null): string | undefined {
  return datasetIdFromUrl(url ?? undefined) ?? undefined;
}

/** Retry-After as seconds: a number of seconds or an HTTP date; null when missing or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} kB`;
  return `${bytes} bytes`;
}
