// sota-widgets/static: leaderboards as files, for places that run no script of ours (README badges, charts for
// papers and slides). Node only; built from the same selection, ranking and drawing code as the elements.
export { chooseBoard, QueryError, type BoardQuery } from './choose-board.js';
export { boardStanding, allStandings, type Standing, type StandingQuery } from './board-standing.js';
export { badgeWording, type BadgeWording } from './badge-wording.js';
export { badgeSvg, badgeEndpoint, BADGE_STYLES, type BadgeOptions, type BadgeStyle, type BadgeTheme } from './badge-svg.js';
export { badgeMarkdown, type BadgeFiles } from './badge-markdown.js';
export { chartSvg, type ChartFile, type ChartFileOptions } from './chart-svg.js';
export { CHART_PALETTES, type ChartPalette, type ChartTheme } from './chart-paint.js';
export { estimateTextWidth, ESTIMATED_FONT_FAMILY } from './text-widths.js';
