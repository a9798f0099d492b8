// The ETags of what `fetch` last wrote, in .sota-widgets-fetch.json beside the output, so the next run asks the
// source "changed since?" (If-None-Match) and a nightly rebuild that finds nothing new rewrites nothing.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const ETAG_FILE = '.sota-widgets-fetch.json';

export class EtagStore {
  #changed = false;
  private constructor(readonly path: string, readonly etags: Record<string, string>) {}

  static async open(dir: string): Promise<EtagStore> {
    const path = join(dir, ETAG_FILE);
    const text = await readFile(path, 'utf8').catch(() => '{}');
    let etags: Record<string, string> = {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) etags = parsed as Record<string, string>;
    } catch {
      // a damaged file only costs one full fetch
    }
    return new EtagStore(path, etags);
  }

  get(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.etags, key) ? this.etags[key] : null;
  }

  set(key: string, etag: string | null): void {
    if (!etag || this.etags[key] === etag) return;
    this.etags[key] = etag;
    this.#changed = true;
  }

  async save(): Promise<void> {
    if (!this.#changed) return;
    await mkdir(join(this.path, '..'), { recursive: true });
    await writeFile(this.path, `${JSON.stringify(this.etags, null, 2)}\n`);
  }
}
