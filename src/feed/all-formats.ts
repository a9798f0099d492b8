// The `sota-widgets/feed` entry for Node and bundlers: the same exports as ./index.ts, with the on-demand adapters
// installed as it loads, so parseFeed reads every format synchronously and nobody has to call loadFeedFormats.
// (The elements' path, src/index.ts, leaves them out of the script-tag file and loads them when a feed needs one.)
import { installOnDemandFormats } from './formats/on-demand.js';

export * from './index.js';
// Column mappings belong to the records reader, a chunk of its own in the browser; Node reads them here.
export { parseColumnMapping, COLUMN_ROLES } from './column-mapping.js';

installOnDemandFormats();
