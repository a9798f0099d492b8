// Where each board is written: the board index's own naming ({task}/{dataset}.json in slugs, boardFile), with a
// "-2", "-3"… before ".json" when another board of this run already took the name (two subtasks of different
// tasks both called "Image Classification", or two spellings that slug alike). The order of the archive decides
// who gets the plain name, so a re-run names every file the same.
import { boardFile } from '../../feed/all-formats.js';
import { detached } from './detached.js';

export class BoardFiles {
  readonly #taken = new Set<string>();

  /** A file name no other board of this run has, relative to the output folder. */
  claim(task: string, dataset: string): string {
    const base = boardFile(task, dataset);
    let file = base;
    // Compared in lower case so folders on case-insensitive file systems cannot fold two names into one.
    for (let n = 2; this.#taken.has(file.toLowerCase()); n++) file = base.replace(/\.json$/, `-${n}.json`);
    this.#taken.add(detached(file.toLowerCase()));
    return file;
  }
}
