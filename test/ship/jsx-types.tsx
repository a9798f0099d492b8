// A type-level test, never run: `npm run typecheck` compiles it, and each `@ts-expect-error` line fails the check
// if React 19 users would NOT get an error there (an unused expect-error is itself an error).
import type {} from '../../src/jsx.js';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';
import type { SotaLoadDetail, SotaSelectDetail } from '../../src/events/events.js';

const feed = { version: 1, leaderboards: [] };

export const sortColumns: string[] = [];
export const tableRefs: (SotaTable | null)[] = [];

export const accepted = [
  <sota-table src="results.json" task="Question Answering" datasetName="SQuAD1.1" metric="F1" limit={10}
    hideExtraData theme="dark" search="always" className="board" id="squad" aria-label="SQuAD results"
    ref={(table) => { tableRefs.push(table); }}
    onsota-sort={(event) => { sortColumns.push(event.detail.column); }}
    onsota-load={(event: CustomEvent<SotaLoadDetail>) => event.detail.feed.leaderboards.length} />,
  <metric-trend feed={feed} metric="F1" scale="log" height={240} showTable highlight="BERT"
    onsota-select={(event) => { if (event.detail.result.paper?.url) event.preventDefault(); }} />,
  <sota-table dataset="SQuAD1.1" hide-extra-data />,
  <paper-card src="papers.json" resultsSrc="evaluation-tables.json" paper="1810.04805" variant="compact"
    onsota-select={(event: CustomEvent<SotaSelectDetail>) => event.detail.leaderboardId}
    onsota-error={(event) => event.detail.kind === 'http'} />,
];

// @ts-expect-error limit is a number, not text
export const textLimit = <sota-table limit="ten" />;
// @ts-expect-error theme is auto, light or dark
export const unknownTheme = <sota-table theme="blue" />;
// @ts-expect-error a sort event's detail is {column, order}: it has no result
export const wrongDetail = <sota-table onsota-sort={(event) => event.detail.result} />;
// @ts-expect-error variant is full or compact
export const unknownVariant = <paper-card variant="tiny" />;
// @ts-expect-error combinedFeed is read-only (a getter), so a prop cannot set it
export const readOnly = <paper-card combinedFeed={undefined} />;
// @ts-expect-error misspelt properties are caught
export const misspelt = <metric-trend hieght={200} />;
// @ts-expect-error dataset takes the dataset's name, not a data-* map
export const datasetMap = <metric-trend dataset={{ board: 'x' }} />;

// addEventListener is typed on every element through HTMLElementEventMap.
export function listen(table: HTMLElementTagNameMap['sota-table']): void {
  table.addEventListener('sota-sort', (event) => event.detail.column.toUpperCase());
  // @ts-expect-error a sort event's detail has no result
  table.addEventListener('sota-sort', (event) => event.detail.result);
}
