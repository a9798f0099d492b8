// The demo site's only script: defines the elements straight from src/, and wires the page behaviour that
// would otherwise need inline JavaScript (forbidden by the strict CSP the demo must run under).
import { findLeaderboard } from '../src/index.js';
import type { SotaLoadDetail } from '../src/events/events.js';
import { makeLargeFeed } from './large-feed.js';
import { installSimulatedDelay } from './simulated-delay.js';

type PageTheme = 'auto' | 'light' | 'dark';
const THEME_KEY = 'sota-widgets-demo-theme';
const ELEMENTS = 'sota-table, metric-trend, paper-card, sota-index';

/** Elements whose theme the page author fixed in the HTML keep it; the rest follow the toggle. */
function applyTheme(theme: PageTheme): void {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  for (const element of document.querySelectorAll<HTMLElement>(ELEMENTS)) {
    if (element.hasAttribute('data-fixed-theme')) continue;
    element.setAttribute('theme', theme);
  }
  const button = document.querySelector<HTMLButtonElement>('#theme-toggle');
  if (button) {
    const next = nextTheme(theme);
    button.textContent = `Theme: ${theme}`;
    button.setAttribute('aria-label', `Colour theme: ${theme}. Switch to ${next}.`);
  }
}

function nextTheme(theme: PageTheme): PageTheme {
  return theme === 'auto' ? 'light' : theme === 'light' ? 'dark' : 'auto';
}

function storedTheme(): PageTheme {
  const fromUrl = new URLSearchParams(location.search).get('theme');
  const value = fromUrl ?? safeStorageGet(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'auto';
}

function safeStorageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode, sandboxed frame): the toggle still works for this page
  }
}

function setupThemeToggle(): void {
  let theme = storedTheme();
  applyTheme(theme);
  document.querySelector('#theme-toggle')?.addEventListener('click', () => {
    theme = nextTheme(theme);
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // not persisted; fine for a demo
    }
    applyTheme(theme);
  });
}

/** Docs page: say when the live board last loaded, so a reader sees the refresh happen. */
function setupLiveStatus(): void {
  const board = document.querySelector('#live-board');
  const status = document.querySelector('#live-status');
  if (!board || !status) return;
  board.addEventListener('sota-load', (event) => {
    const { feed } = (event as CustomEvent<SotaLoadDetail>).detail;
    const results = feed.leaderboards.reduce((sum, board) => sum + board.results.length, 0);
    const time = new Date().toLocaleTimeString();
    status.textContent = `Loaded at ${time}: ${results} results${feed.updated ? `, feed updated ${feed.updated}` : ''}.`;
  });
  board.addEventListener('sota-error', () => {
    status.textContent = `Last refresh failed at ${new Date().toLocaleTimeString()}; the board keeps its data.`;
  });
}

/** Gallery page: the states that need script (slow load, 10,000 generated rows). */
function setupGallery(): void {
  const slow = document.querySelector<HTMLElement & { src: string | null }>('#state-loading');
  if (slow) {
    installSimulatedDelay();
    let attempt = 0;
    const start = (): void => {
      attempt += 1;
      slow.src = `/squad.json?simulate-delay=8000&attempt=${attempt}`;
    };
    start();
    document.querySelector('#replay-loading')?.addEventListener('click', start);
  }
  const large = document.querySelector<HTMLElement & { feed: unknown }>('#state-large');
  if (large) large.feed = makeLargeFeed(10_000);
  const largeTrend = document.querySelector<HTMLElement & { feed: unknown }>('#state-large-trend');
  if (largeTrend) largeTrend.feed = makeLargeFeed(10_000);
}

/** The Live leaderboards page: one button points every board at its live source, or back at its snapshot. */
function setupLiveSwitch(): void {
  const button = document.querySelector<HTMLButtonElement>('#live-switch');
  const note = document.querySelector('#live-switch-note');
  if (!button || !note) return;
  button.addEventListener('click', () => {
    const live = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(live));
    button.textContent = live ? 'Use the snapshots' : 'Use the live sources';
    note.textContent = live
      ? 'Reading the live sources: a board the browser may not read says so, and how to fetch it at build time.'
      : 'Showing the snapshots of 2026-12-06.';
    for (const board of document.querySelectorAll<HTMLElement>('.live-source')) {
      const src = live ? board.dataset.live : board.dataset.snapshot;
      if (src) board.setAttribute('src', src);
    }
  });
}

/**
 * Board page (board.html?feed=squad.json&task=question-answering&dataset=squad1-1): the table and the chart of the
 * board the "All benchmarks" page links to. The slugs in the link find their board as forgivingly as names do.
 */
function setupBoardPage(): void {
  const page = document.querySelector('#board-page');
  if (!page) return;
  const query = new URLSearchParams(location.search);
  // Only the demo's own feed files: a link may not make this page fetch anything else.
  const feed = /^[\w-]+\.json$/.test(query.get('feed') ?? '') ? `/${query.get('feed')}` : null;
  const heading = document.querySelector('#board-heading');
  if (!feed) {
    if (heading) heading.textContent = 'No board chosen';
    return;
  }
  for (const element of page.querySelectorAll('sota-table, metric-trend')) {
    for (const name of ['task', 'dataset']) {
      const value = query.get(name);
      if (value) element.setAttribute(name, value);
    }
    element.setAttribute('src', feed);
  }
  page.querySelector('sota-table')?.addEventListener('sota-load', (event) => {
    const board = findLeaderboard((event as CustomEvent<SotaLoadDetail>).detail.feed, { task: query.get('task') ?? '', dataset: query.get('dataset') ?? '' });
    if (heading && board) {
      heading.textContent = `${board.task} on ${board.dataset}`;
      document.title = `${board.task} on ${board.dataset} · sota-widgets demo`;
    }
  });
}

setupThemeToggle();
setupLiveStatus();
setupGallery();
setupLiveSwitch();
setupBoardPage();
// <sota-index> is not in the script-tag file (no room): it loads on demand, as the script-tag build will for a page
// that has the tag.
if (document.querySelector('sota-index')) void import('../src/components/sota-index/define.js');
