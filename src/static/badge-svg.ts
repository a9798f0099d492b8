// Badges in the shields.io style README readers know, drawn by shields' own library (badge-maker: the same
// shapes and text widths), and the shields "endpoint" JSON for those who serve badges through img.shields.io.
import { makeBadge } from 'badge-maker';
import type { BadgeWording } from './badge-wording.js';

export type BadgeTheme = 'light' | 'dark';
export const BADGE_STYLES = ['flat', 'flat-square', 'plastic', 'for-the-badge', 'social'] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];

/**
 * Colours per theme and tier: GitHub's Primer greens, blue and grey, each with white text at 4.5:1 or more.
 * Dark badges use a darker label so they do not glare on GitHub's dark background.
 */
const COLOURS: Record<BadgeTheme, { label: string } & Record<BadgeWording['tier'], string>> = {
  light: { label: '#555555', best: '#1a7f37', top: '#1f883d', ranked: '#0969da', unranked: '#59636e' },
  dark: { label: '#30363d', best: '#196c2e', top: '#1a7f37', ranked: '#1f6feb', unranked: '#3d444d' },
};

export interface BadgeOptions {
  theme?: BadgeTheme;
  style?: BadgeStyle;
}

/** The badge as an SVG document, with `<title>` and `aria-label` ("NCBI-disease: #6 of 18 · F1 89.1"). */
export function badgeSvg(wording: BadgeWording, { theme = 'light', style = 'flat' }: BadgeOptions = {}): string {
  const colours = COLOURS[theme];
  return makeBadge({ label: wording.label, message: wording.message, labelColor: colours.label, color: colours[wording.tier], style });
}

/** A shields.io endpoint file (https://shields.io/badges/endpoint-badge): img.shields.io/endpoint?url=… draws it. */
export function badgeEndpoint(wording: BadgeWording, { theme = 'light', style = 'flat' }: BadgeOptions = {}): string {
  const colours = COLOURS[theme];
  const endpoint = { schemaVersion: 1, label: wording.label, message: wording.message, labelColor: colours.label, color: colours[wording.tier], style };
  return `${JSON.stringify(endpoint, null, 2)}\n`;
}
