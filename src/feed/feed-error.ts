// FeedError is defined beside the reading helpers that throw it (internal/read.ts) and re-exported here, its public
// home. Why not defined here: with the format readers in chunks of their own, rolldown 1.2 leaves a module this
// small, shared by the script-tag file and the chunks, in a chunk of its own (rolldown issue #9963): one more
// request before anything renders.
export { FeedError } from './internal/read.js';
