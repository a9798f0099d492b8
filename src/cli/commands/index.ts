// Every command of the `sota-widgets` binary, in the order `--help` lists them.
import type { Command } from '../command.js';
import { badge } from './badge.js';
import { chart } from './chart.js';
import { check } from './check.js';
import { convert } from './convert.js';
import { fetchCommand } from './fetch.js';
import { renderPages } from './render.js';
import { split } from './split.js';

export const commands: Command[] = [check, convert, split, fetchCommand, badge, chart, renderPages];
