// A copy made of new strings, for anything split keeps from one task to the next. The names and values the
// streaming parser hands out can be slices of the megabyte-long chunk they were read from, and V8 keeps a whole
// chunk alive while a slice of it lives: an index line holding a model's name would hold its chunk, and memory
// would grow with the archive instead of staying flat. (Measured: 329 MB peak on the full archive without it.)
export const detached = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
