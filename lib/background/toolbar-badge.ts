/** Shows on the toolbar icon whether the current tab's paper is bookmarked, for every tab, as tabs and bookmarks change. */
import { browser } from 'wxt/browser';
import { onBookmarksChanged } from '../bookmark-events';
import type { Library } from '../library/library';
import { onInstallOrBrowserStart } from './install-or-browser-start';
import type { TabPaperFinder } from './tab-paper';

/** The badge and title of a tab's toolbar icon. */
export interface BadgeState {
  text: string;
  title: string;
}

/**
 * What the icon says for a tab that shows `paper` (null: no paper) with the given bookmark state.
 *
 * @example
 * badgeState({ title: 'LERT' }, true); // { text: '★', title: 'Sidenote: “LERT” is bookmarked' }
 */
export function badgeState(paper: { title: string } | null, bookmarked: boolean): BadgeState {
  if (!paper) return { text: '', title: 'Sidenote' };
  return bookmarked
    ? { text: '★', title: `Sidenote: “${paper.title}” is bookmarked` }
    : { text: '', title: `Sidenote: “${paper.title}” is not bookmarked (Alt+Shift+B to bookmark)` };
}

/**
 * Updates a tab's icon from its paper and the library.
 *
 * @example
 * await updateBadge(tabId, library, findTabPaper);
 */
export async function updateBadge(tabId: number, library: Library, findTabPaper: TabPaperFinder): Promise<void> {
  const paper = await findTabPaper(tabId);
  const bookmarked = paper ? (await library.bookmarkState([paper.key]))[paper.key] === true : false;
  const { text, title } = badgeState(paper, bookmarked);
  // The tab may have closed meanwhile; its badge no longer matters.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}

/**
 * Keeps every tab's icon current: when a tab is activated or loads, when its page reports a paper, and
 * when bookmarks change anywhere. Returns the update for one tab, for the page reports.
 *
 * @example
 * const updateTab = keepBadgesInStep(library, findTabPaper);
 */
export function keepBadgesInStep(library: Library, findTabPaper: TabPaperFinder): (tabId: number) => void {
  const update = (tabId: number) => void updateBadge(tabId, library, findTabPaper);
  onInstallOrBrowserStart(() => browser.action.setBadgeBackgroundColor({ color: '#b07800' }));
  browser.tabs.onActivated.addListener(({ tabId }) => update(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete' || change.url) update(tabId);
  });
  onBookmarksChanged(async () => {
    for (const tab of await browser.tabs.query({ active: true })) if (tab.id !== undefined) update(tab.id);
  }, new AbortController().signal);
  return update;
}
