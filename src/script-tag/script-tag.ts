// The script-tag file's entry (dist/sota-widgets.js): the whole library as src/index.ts has it, and the elements it
// does not carry loaded when a page uses one (autoload.ts).
import { startAutoload } from './autoload.js';

export * from '../index.js';

startAutoload();
