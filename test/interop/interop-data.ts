// The board the interop tests mount: the shipping tests' made-up feed, parsed once so each framework can pass the
// same Feed object and the tests can check it arrived as a property.
import { parseFeed } from '../../src/feed/all-formats.js';
import { shipFeed } from '../ship/ship-feed.js';
import { rankedModels } from '../sota-table/helpers.js';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';

export const interopFeed = parseFeed(shipFeed);

/** The model names of the table's rendered rows, in order. */
export const rowModels = (el: SotaTable): string[] => rankedModels(el).map(([, model]) => model);
