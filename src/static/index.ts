// sota-widgets/static: leaderboards as files, for places that run no script of ours (README badges, charts for
// papers and slides). Node only; built from the same selection, ranking and drawing code as the elements.
export { boardStanding, allStandings, StandingError, type Standing, type StandingQuery } from './board-standing.js';
export { badgeWording, type BadgeWording } from './badge-wording.js';
export { badgeSvg, badgeEndpoint, BADGE_STYLES, type BadgeOptions, type BadgeStyle, type BadgeTheme } from './badge-svg.js';
export { badgeMarkdown, type BadgeFiles } from './badge-markdown.js';
