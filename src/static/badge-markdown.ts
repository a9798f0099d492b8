// The Markdown a README pastes: one <picture> per badge, so GitHub shows the dark badge in dark mode
// (GitHub honours `media="(prefers-color-scheme: dark)"` on <source> in Markdown).
import type { BadgeWording } from './badge-wording.js';

export interface BadgeFiles {
  wording: BadgeWording;
  /** Paths as the README will link them (relative to the README, or absolute URLs). */
  light: string;
  dark: string;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function badgeMarkdown(badges: readonly BadgeFiles[]): string {
  return badges.map(({ wording, light, dark }) => [
    '<picture>',
    `  <source media="(prefers-color-scheme: dark)" srcset="${attribute(dark)}">`,
    `  <img alt="${attribute(`${wording.label}: ${wording.message}`)}" src="${attribute(light)}">`,
    '</picture>',
  ].join('\n')).join('\n') + '\n';
}
