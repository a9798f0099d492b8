// The `sota-widgets/feed` entry for Node and bundlers: the same exports as ./index.ts, with the on-demand formats
// installed as it loads, so parseFeed reads every format synchronously and nobody has to call loadFeedFormats.
// (The elements' path, src/index.ts through core.ts, leaves them out of the script-tag file and loads them when a
// feed needs one.)
import { installOnDemandFormats } from './formats/on-demand.js';

export * from './index.js';

installOnDemandFormats();
