// The `sota-widgets/feed` entry for Node and bundlers: the same exports as ./index.ts, with every format's reader
// installed as it loads, so parseFeed reads every format synchronously and nobody has to call loadFeedFormats.
// (The elements' path, src/index.ts through core.ts, leaves them out of the script-tag file and loads each group
// when a feed needs it.)
import { installFormats } from './format-readers.js';
import { archiveReaders } from './formats/archive-formats.js';
import { detectLiveFormat, liveReaders } from './formats/live-formats.js';
import { tableTextReaders } from './formats/table-text.js';

export * from './index.js';

installFormats(archiveReaders);
installFormats(liveReaders, detectLiveFormat);
installFormats(tableTextReaders);
