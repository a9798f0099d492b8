// Board files written by a worker thread, in batches, while the main thread reads the next tasks. Measured on the
// 2-core benchmark machine (19,188 files in 7,863 folders): writing on the main thread stops the parser whenever
// the disk is slow (wall time up to twice as long), and a pool of promise writes costs about a second of the main
// thread's CPU in hand-offs (each file an open, a write and a close sent to libuv's thread pool and back, with a
// FileHandle and promises for each). The worker writes each batch with plain synchronous calls and makes each
// folder once; at most a few batches wait, so memory stays flat when the disk falls behind. The first failure is
// thrown from the next write or from flush, naming its file.
import { Worker } from 'node:worker_threads';

/** The worker's whole program (CommonJS, given as text so the CLI stays one built file). */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const folders = new Set();
parentPort.on('message', (files) => {
  try {
    for (const [path, text] of files) {
      const folder = dirname(path);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(path, text);
    }
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage({ message: error.message, code: error.code ?? null });
  }
});
`;

const BATCH_BYTES = 1 << 20;
const BATCHES_WAITING = 4;

export class FileWriter {
  /** Started with the first batch, so a run that fails before writing anything leaves no thread behind. */
  #worker: Worker | null = null;
  #batch: [string, string][] = [];
  #batchBytes = 0;
  #waiting = 0;
  #wake: (() => void) | null = null;
  #failure: Error | null = null;

  async write(path: string, text: string): Promise<void> {
    this.#throwFailure();
    this.#batch.push([path, text]);
    this.#batchBytes += text.length;
    if (this.#batchBytes >= BATCH_BYTES) await this.#send();
  }

  /** Resolves once every file so far is written; throws the first failure. The writer cannot be used after. */
  async flush(): Promise<void> {
    try {
      if (this.#batch.length) await this.#send();
      await this.#until(() => this.#waiting === 0);
      this.#throwFailure();
    } finally {
      await this.close();
    }
  }

  /** Stops the worker (after a failure elsewhere, so the process can end). */
  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = null;
  }

  #started(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (failure: { message: string; code: string | null } | null) => {
      this.#waiting -= 1;
      if (failure) this.#failure ??= Object.assign(new Error(failure.message), { code: failure.code });
      this.#wake?.();
    });
    worker.on('error', (error) => {
      this.#failure ??= error;
      this.#waiting = 0;
      this.#wake?.();
    });
    this.#worker = worker;
    return worker;
  }

  async #send(): Promise<void> {
    await this.#until(() => this.#waiting < BATCHES_WAITING);
    this.#throwFailure();
    this.#started().postMessage(this.#batch);
    this.#waiting += 1;
    this.#batch = [];
    this.#batchBytes = 0;
  }

  async #until(done: () => boolean): Promise<void> {
    while (!done() && this.#failure === null) await new Promise<void>((resolve) => { this.#wake = resolve; });
  }

  #throwFailure(): void {
    if (this.#failure !== null) throw this.#failure;
  }
}
