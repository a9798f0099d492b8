// The bytes of a JSON list cut into its items' texts, chunk by chunk, without parsing them: only strings (where
// brackets and commas do not count) and bracket depth are followed, so each item can go to JSON.parse whole.
// Why not a token stream: on the 147 MB benchmark archive, stream-json's tokenizer and Assembler building each task
// token by token took about as much CPU as everything else split does to a task; V8's JSON.parse reads the same text
// several times faster and makes far less garbage. Cutting is safe on bytes: in UTF-8 no byte of a multi-byte
// character is a quote, a backslash, a bracket or a comma. Invalid JSON is not diagnosed here: the item that holds
// it fails JSON.parse, and the caller finds the exact place with a validating pass.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** What the text turned out to be when it is not a list. */
export class NotAList extends Error {}

/** Thrown for text after the list's end or a list that never ends; the caller locates it. */
export class ListSyntaxError extends Error {}

export class ListSplitter {
  /** 0 before the list, 1 inside it between items, more inside an item. */
  #depth = 0;
  #started = false;
  #ended = false;
  #inString = false;
  /** A backslash ended the last chunk inside a string: the first byte of the next one is escaped. */
  #escapeNext = false;
  /** The current item's bytes from earlier chunks (the item started in the first of them, at #itemStart). */
  #pending: Buffer[] = [];
  #itemStart = -1;
  /** A comma was read at the list's level and no item has started since. */
  #afterComma = false;
  /** Bytes of earlier chunks. */
  #seen = 0;

  /** The texts of the items that end in this chunk, in order. */
  push(chunk: Buffer): string[] {
    const items: string[] = [];
    let i = 0;
    const end = chunk.length;
    // Where the next quote and backslash are at or after i (-1: none left in this chunk), found lazily.
    let nextQuote = -2;
    let nextBackslash = -2;
    while (i < end) {
      if (this.#inString) {
        if (this.#escapeNext) {
          this.#escapeNext = false;
          i += 1;
          continue;
        }
        if (nextQuote !== -1 && nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i);
        if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = chunk.indexOf(BACKSLASH, i);
        const quote = nextQuote;
        if (nextBackslash !== -1 && (quote === -1 || nextBackslash < quote)) {
          if (nextBackslash + 1 >= end) {
            this.#escapeNext = true;
            i = end;
          } else i = nextBackslash + 2;
          continue;
        }
        if (quote === -1) {
          i = end;
          continue;
        }
        this.#inString = false;
        i = quote + 1;
        continue;
      }
      const byte = chunk[i];
      if (this.#ended) {
        if (!isSpace(byte)) throw new ListSyntaxError('text after the end of the list');
      } else if (!this.#started) {
        if (byte === OPEN_SQUARE) {
          this.#started = true;
          this.#depth = 1;
        } else if (this.#seen + i < 3 && byte === BYTE_ORDER_MARK[this.#seen + i]) {
          // a UTF-8 byte-order mark
        } else if (!isSpace(byte)) throw new NotAList(`the file holds ${byte === OPEN_CURLY ? 'an object' : 'a single value'}, not a list`);
      } else if (byte === QUOTE) {
        if (this.#itemStart < 0 && this.#depth === 1) this.#startItem(i);
        this.#inString = true;
      } else if (byte === OPEN_SQUARE || byte === OPEN_CURLY) {
        if (this.#itemStart < 0 && this.#depth === 1) this.#startItem(i);
        this.#depth += 1;
      } else if (byte === CLOSE_SQUARE || byte === CLOSE_CURLY) {
        if (this.#depth === 1) {
          // The list's own end (a "}" here is invalid JSON: the last item's JSON.parse or the caller's check says so).
          if (this.#afterComma) throw new ListSyntaxError('a comma before the end of the list');
          if (this.#itemStart >= 0) items.push(this.#takeItem(chunk, i));
          this.#depth = 0;
          this.#ended = true;
        } else this.#depth -= 1;
      } else if (byte === COMMA && this.#depth === 1) {
        // An empty item (",,") is given as "" so that JSON.parse refuses it.
        items.push(this.#itemStart >= 0 ? this.#takeItem(chunk, i) : '');
        this.#afterComma = true;
      } else if (this.#itemStart < 0 && this.#depth === 1 && !isSpace(byte)) this.#startItem(i);
      i += 1;
    }
    if (this.#itemStart >= 0) {
      this.#pending.push(this.#pending.length ? chunk : chunk.subarray(this.#itemStart));
      this.#itemStart = 0;
    }
    this.#seen += end;
    return items;
  }

  /** Call after the last chunk: throws when the text was empty or the list never ended. */
  end(): void {
    if (!this.#started) throw new NotAList('the file is empty');
    if (!this.#ended) throw new ListSyntaxError('the list does not end');
  }

  #startItem(at: number): void {
    this.#itemStart = at;
    this.#afterComma = false;
  }

  /** The text of the item that ends just before `at` in `chunk`. */
  #takeItem(chunk: Buffer, at: number): string {
    let text: string;
    if (this.#pending.length === 0) text = chunk.toString('utf8', this.#itemStart, at);
    else {
      text = Buffer.concat([...this.#pending, chunk.subarray(0, at)]).toString('utf8');
      this.#pending = [];
    }
    this.#itemStart = -1;
    return text;
  }
}
