// What `fetch` reads for each kind of SOURCE, as parseFeed input plus the options that name what the data does not:
// a Hub benchmark's leaderboard (optionally dated from each entry's .eval_results file), a model's eval results,
// and any URL (a dataset viewer /rows answer followed page by page).
import { parse as parseYaml } from 'yaml';
import { ROWS_CAP, isRowsPage, nextRowsPageUrl } from '../../controllers/rows-paging.js';
import type { ParseOptions } from '../../feed/types.js';
import { FetchError, type HubHttp } from './hub-http.js';

export interface Fetched {
  json: unknown;
  options: ParseOptions;
  /** The first request's ETag, for the next run's If-None-Match. */
  etag: string | null;
  /** The source answered 304: nothing changed since the ETag given. */
  unchanged: boolean;
}

export interface FetchContext {
  http: HubHttp;
  /** `HF_ENDPOINT`, else https://huggingface.co; no trailing slash. */
  endpoint: string;
  etag: string | null;
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FetchError(`${url} did not answer JSON (its answer starts "${text.slice(0, 60).replace(/\s+/g, ' ')}").`, null);
  }
}

/** `hf:<dataset id>`: the benchmark's leaderboard. `allModels` sends base_model=false; `dates` reads each entry's file. */
export async function fetchHubLeaderboard(id: string, context: FetchContext, flags: { allModels?: boolean; dates?: boolean }): Promise<Fetched> {
  const url = `${context.endpoint}/api/datasets/${id}/leaderboard${flags.allModels ? '?base_model=false' : ''}`;
  const answer = await context.http.get(url, context.etag);
  if (answer.status === 304) return { json: null, options: {}, etag: answer.etag ?? context.etag, unchanged: true };
  const json = parseJson(answer.text, url);
  if (flags.dates && Array.isArray(json)) await addDates(json, id, context);
  return { json, options: { url, dataset: id }, etag: answer.etag, unchanged: false };
}

/** Reads each entry's date from `{endpoint}/{modelId}/resolve/main/{filename}` (the .eval_results YAML it came from). */
async function addDates(entries: unknown[], id: string, context: FetchContext): Promise<void> {
  await Promise.all(entries.map(async (entry) => {
    if (typeof entry !== 'object' || entry === null) return;
    const { modelId, filename } = entry as { modelId?: unknown; filename?: unknown };
    if (typeof modelId !== 'string' || typeof filename !== 'string') return;
    const url = `${context.endpoint}/${modelId}/resolve/main/${filename.split('/').map(encodeURIComponent).join('/')}`;
    let text: string;
    try {
      text = (await context.http.get(url)).text;
    } catch (error) {
      if (error instanceof FetchError && error.status === 404) return; // an entry from a pull request has no file on main
      throw error;
    }
    let items: unknown;
    try {
      items = parseYaml(text);
    } catch {
      return; // an unreadable file leaves the entry undated; the board still shows it
    }
    const item = Array.isArray(items) ? items.find((it) => (it as { dataset?: { id?: unknown } })?.dataset?.id === id) : undefined;
    const date = (item as { date?: unknown } | undefined)?.date;
    if (typeof date === 'string' || date instanceof Date) (entry as Record<string, unknown>).date = date instanceof Date ? date.toISOString().slice(0, 10) : date;
  }));
}

/** `hf-model:<model id>`: the model's eval results. */
export async function fetchHubModel(id: string, context: FetchContext): Promise<Fetched> {
  const url = `${context.endpoint}/api/models/${id}?expand[]=evalResults`;
  const answer = await context.http.get(url, context.etag);
  if (answer.status === 304) return { json: null, options: {}, etag: answer.etag ?? context.etag, unchanged: true };
  return { json: parseJson(answer.text, url), options: { url, model: id }, etag: answer.etag, unchanged: false };
}

/** Any URL; a dataset viewer /rows answer is followed page by page to `maxRows`. */
export async function fetchUrl(url: string, context: FetchContext, maxRows = ROWS_CAP): Promise<Fetched> {
  const answer = await context.http.get(url, context.etag);
  if (answer.status === 304) return { json: null, options: {}, etag: answer.etag ?? context.etag, unchanged: true };
  const json = parseJson(answer.text, url);
  if (!isRowsPage(json)) return { json, options: { url }, etag: answer.etag, unchanged: false };
  const rows = [...json.rows];
  let last = rows.length;
  const total = Number(json.num_rows_total);
  for (let next = nextRowsPageUrl(url, total, rows.length, last, maxRows); next; next = nextRowsPageUrl(url, total, rows.length, last, maxRows)) {
    const page = parseJson((await context.http.get(next)).text, next);
    const more = isRowsPage(page) ? page.rows : [];
    last = more.length;
    rows.push(...more);
  }
  return { json: { ...json, rows }, options: { url }, etag: answer.etag, unchanged: false };
}

/** Every official benchmark's id: `GET /api/datasets?filter=benchmark:official`, following the Link header's pages. */
export async function listOfficialBenchmarks(context: FetchContext): Promise<string[]> {
  const ids: string[] = [];
  for (let url: string | null = `${context.endpoint}/api/datasets?filter=benchmark%3Aofficial`; url;) {
    const answer = await context.http.get(url);
    const page = parseJson(answer.text, url);
    if (!Array.isArray(page)) throw new FetchError(`${url} did not answer a list of datasets.`, null);
    for (const item of page) if (typeof (item as { id?: unknown })?.id === 'string') ids.push((item as { id: string }).id);
    url = answer.next;
  }
  return ids;
}
