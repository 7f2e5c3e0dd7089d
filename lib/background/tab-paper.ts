/** Finds the paper a tab shows: its content script knows best; else the tab's URL names an arXiv paper. */
import { browser } from 'wxt/browser';
import { arxivIdFromUrl } from '../ids/arxiv-id';
import type { Library } from '../library/library';
import { sendMessage } from '../messaging/protocol';
import type { Paper } from '../paper';

/** What `paperInTab` needs from the browser and the library, passed in so tests can supply plain functions. */
export interface TabPaperSources {
  askContentScript(tabId: number): Promise<Paper | null | undefined>;
  tabUrl(tabId: number): Promise<string | undefined>;
  paperByKey(key: string): Promise<Paper | null>;
}

/**
 * The paper shown in `tabId`, or null. Where no content script answers (a browser page, a PDF viewer that runs none),
 * an arXiv URL still identifies a paper that is in the catalogue or the bookmarks.
 *
 * @example
 * const paper = await paperInTab(tab.id, { askContentScript, tabUrl, paperByKey: (key) => library.paperByKey(key) });
 */
export async function paperInTab(tabId: number, sources: TabPaperSources): Promise<Paper | null> {
  const fromPage = await sources.askContentScript(tabId).catch(() => null);
  if (fromPage) return fromPage;
  const url = await sources.tabUrl(tabId).catch(() => undefined);
  const arxiv = url ? arxivIdFromUrl(url) : null;
  if (!arxiv) return null;
  const known = await sources.paperByKey(arxiv.id);
  return known && arxiv.version ? { ...known, version: arxiv.version } : known;
}

/** Finds the paper in a tab by its id. */
export type TabPaperFinder = (tabId: number) => Promise<Paper | null>;

/**
 * `paperInTab` wired to this browser and library.
 *
 * @example
 * const findTabPaper = browserTabPaperFinder(library);
 * const paper = await findTabPaper(tab.id);
 */
export function browserTabPaperFinder(library: Library): TabPaperFinder {
  return (tabId) =>
    paperInTab(tabId, {
      askContentScript: (id) => sendMessage('pagePaper', undefined, id),
      tabUrl: async (id) => (await browser.tabs.get(id)).url,
      paperByKey: (key) => library.paperByKey(key),
    });
}
