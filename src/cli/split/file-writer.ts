// Board files written in the background while the next task is parsed: writes go to libuv's thread pool, a few
// dozen at a time, instead of stopping the parser for each of the archive's 10,000-odd small files (on the 2-core
// benchmark machine, writing synchronously took as long as reading). Each folder is made once. The first failure
// is thrown from the next write or from flush, so no error goes unreported.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { detached } from './detached.js';

export class FileWriter {
  readonly #folders = new Map<string, Promise<unknown>>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #limit: number;
  #failure: unknown = null;

  constructor(limit = 32) {
    this.#limit = limit;
  }

  async write(path: string, text: string): Promise<void> {
    this.#throwFailure();
    while (this.#inFlight.size >= this.#limit) await Promise.race(this.#inFlight);
    this.#throwFailure();
    const folder = dirname(path);
    let made = this.#folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      this.#folders.set(detached(folder), made);
    }
    const job: Promise<void> = made
      .then(() => writeFile(path, text))
      .catch((error: unknown) => { this.#failure ??= error; })
      .finally(() => { this.#inFlight.delete(job); });
    this.#inFlight.add(job);
  }

  /** Resolves once every write so far is on disk; throws the first failure. */
  async flush(): Promise<void> {
    await Promise.all(this.#inFlight);
    this.#throwFailure();
  }

  #throwFailure(): void {
    if (this.#failure !== null) throw this.#failure;
  }
}
