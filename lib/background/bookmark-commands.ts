/** Bookmarking without opening the popup: the keyboard shortcut and the "Bookmark this paper" context menu. */
import { browser } from 'wxt/browser';
import { announceBookmarksChanged } from '../bookmark-events';
import { arxivIdFromUrl } from '../ids/arxiv-id';
import type { Library } from '../library/library';
import type { Paper } from '../paper';
import { PAPER_SITE_MATCHES } from '../sites';
import type { TabPaperFinder } from './tab-paper';

/** The `commands` entry of the manifest. */
export const BOOKMARK_COMMAND = 'bookmark-paper';

/** The context menu items: on a paper page, and on a link to a paper. */
export const MENU_PAGE = 'bookmark-page';
export const MENU_LINK = 'bookmark-link';

/** Links that name an arXiv paper: arXiv's own views and the mirrors whose URLs carry the id. */
const PAPER_LINK_PATTERNS = [
  ...['arxiv.org', 'www.arxiv.org', 'export.arxiv.org'].flatMap((host) => ['abs', 'pdf', 'html'].map((view) => `https://${host}/${view}/*`)),
  'https://ar5iv.labs.arxiv.org/html/*',
  'https://ar5iv.org/*',
  'https://alphaxiv.org/abs/*',
  'https://www.alphaxiv.org/abs/*',
  'https://huggingface.co/papers/*',
];

/**
 * Bookmarks `paper` unless it already is (a shortcut pressed twice must not undo itself), and tells every view.
 *
 * @example
 * await bookmarkOnce(library, paper); // true when newly bookmarked
 */
export async function bookmarkOnce(library: Library, paper: Paper): Promise<boolean> {
  if ((await library.bookmarkState([paper.key]))[paper.key]) return false;
  await library.toggleBookmark(paper);
  await announceBookmarksChanged();
  return true;
}

/**
 * The paper a link points at: known to the library, else as far as its URL tells (id and a provisional title),
 * so the bookmark is kept now and its metadata is filled in when the paper's page is visited.
 *
 * @example
 * await paperAtLink(library, 'https://arxiv.org/abs/2211.05344v2', 'LERT');
 */
export async function paperAtLink(library: Library, url: string, linkText?: string): Promise<Paper | null> {
  const arxivId = arxivIdFromUrl(url);
  if (!arxivId) return null;
  const known = await library.paperByKey(arxivId.id);
  if (known) return known;
  return {
    key: arxivId.id,
    arxivId: arxivId.id,
    ...(arxivId.version ? { version: arxivId.version } : {}),
    title: linkText?.trim() || `arXiv:${arxivId.id}`,
    authors: [],
    abstract: '',
    categories: [],
    links: [],
    url,
  };
}

/** What the shortcut and the menu items do, apart from the browser events that trigger them. */
export interface BookmarkCommandHandlers {
  onCommand(command: string, tab?: { id?: number }): Promise<void>;
  onMenuClick(info: { menuItemId: string | number; linkUrl?: string; linkText?: string }, tab?: { id?: number }): Promise<void>;
}

/**
 * The handlers, bookmarking through `library`; `afterChange` hears of the tab whose toolbar state changed.
 *
 * @example
 * const handlers = bookmarkCommandHandlers(library, findTabPaper, updateBadge);
 * await handlers.onCommand('bookmark-paper', tab);
 */
export function bookmarkCommandHandlers(library: Library, findTabPaper: TabPaperFinder, afterChange: (tabId: number) => void): BookmarkCommandHandlers {
  const bookmarkTabPaper = async (tabId: number) => {
    const paper = await findTabPaper(tabId);
    if (paper && (await bookmarkOnce(library, paper))) afterChange(tabId);
  };
  return {
    async onCommand(command, tab) {
      if (command === BOOKMARK_COMMAND && tab?.id !== undefined) await bookmarkTabPaper(tab.id);
    },
    async onMenuClick(info, tab) {
      if (info.menuItemId === MENU_PAGE && tab?.id !== undefined) await bookmarkTabPaper(tab.id);
      if (info.menuItemId !== MENU_LINK || !info.linkUrl) return;
      const paper = await paperAtLink(library, info.linkUrl, info.linkText);
      if (paper && (await bookmarkOnce(library, paper)) && tab?.id !== undefined) afterChange(tab.id);
    },
  };
}

/**
 * Registers the shortcut and the context menu items (on paper pages, and on links to papers).
 *
 * @example
 * registerBookmarkCommands(bookmarkCommandHandlers(library, findTabPaper, updateBadge));
 */
export function registerBookmarkCommands(handlers: BookmarkCommandHandlers): void {
  browser.commands.onCommand.addListener((command, tab) => void handlers.onCommand(command, tab));
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_PAGE, title: 'Bookmark this paper', contexts: ['page'], documentUrlPatterns: PAPER_SITE_MATCHES });
      browser.contextMenus.create({ id: MENU_LINK, title: 'Bookmark this paper', contexts: ['link'], targetUrlPatterns: PAPER_LINK_PATTERNS });
    });
  });
  // Firefox reports the link's text; Chromium does not, and the bookmark then takes a provisional title.
  browser.contextMenus.onClicked.addListener((info, tab) => void handlers.onMenuClick(info as Parameters<BookmarkCommandHandlers['onMenuClick']>[0], tab));
}
