/** Thrown for input that cannot be read as a feed at all. `path` is a JSON pointer to the offending place. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    readonly path: string = '',
  ) {
    super(message);
  }
}
