// index.json built one board at a time. The board index module's buildBoardIndex wants every board at once, which
// for the whole archive is the very thing split must not hold; its indexEntry gives one board's line from the
// same rankResults and stateOfTheArt code, and this collects those lines, grouped by task as buildBoardIndex
// groups them (names compared by normalizeName, spelled as first seen), with the parent task split knows from
// the archive's nesting.
import {
  INDEX_FORMAT, INDEX_VERSION, indexEntry, normalizeName, type BoardIndex, type BoardIndexTask, type Leaderboard, type Source,
} from '../../feed/all-formats.js';
import { detached } from './detached.js';

export class IndexLines {
  readonly #tasks = new Map<string, BoardIndexTask>();

  add(board: Leaderboard, file: string, parent: string | null): void {
    const key = normalizeName(board.task) || board.task;
    let group = this.#tasks.get(key);
    if (!group) {
      group = detached(parent ? { task: board.task, parent, datasets: [] } : { task: board.task, datasets: [] });
      this.#tasks.set(key, group);
    }
    group.datasets.push(detached(indexEntry(board, file)));
  }

  build(source: Source): BoardIndex {
    return { format: INDEX_FORMAT, version: INDEX_VERSION, source, tasks: [...this.#tasks.values()] };
  }
}
