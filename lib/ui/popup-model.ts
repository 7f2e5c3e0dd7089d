/** State and actions of the toolbar popup: the tab's paper and its related papers, instant search, and the bookmarks list. */
import { signal } from '@preact/signals';
import type { PopupTab } from '../../components/PopupApp';
import { arxivPaperById, type PageReader } from '../arxiv-paper-by-id';
import type { SendMessage } from '../messaging/protocol';
import { createBookmarkListModel } from './bookmark-list-model';
import { pdfArxivId } from '../page/arxiv-pdf';
import type { Paper, RelatedEntry, SearchHit } from '../paper';
import { hiddenSites, setPanelHiddenOn } from '../settings';

const RESULT_LIMIT = 20;
const RELATED_LIMIT = 5;

/** The browser tab the popup was opened over; `url` is known for the sites Sidenote has permission for. */
export interface PopupTabInfo {
  id: number;
  url?: URL;
}

/**
 * The popup's signals. `search` may be called on every keystroke: answers that arrive after a newer
 * query was typed are dropped, so the list always matches the box.
 *
 * @example
 * const model = createPopupModel(sendMessage, pageReader(window));
 * await model.load({ id: tab.id, url: new URL(tab.url) });
 * await model.search('bert');
 */
export function createPopupModel(send: SendMessage, reader: PageReader) {
  const currentPaper = signal<{ paper: Paper; bookmarked: boolean; related: RelatedEntry[] | null } | null>(null);
  const hiddenSite = signal<string | null>(null);
  const query = signal('');
  const results = signal<SearchHit[] | null>(null);
  const bookmarks = createBookmarkListModel(send);
  const activeTab = signal<PopupTab>('search');
  let latestQuery = 0;
  let tab: PopupTabInfo | undefined;

  async function search(text: string): Promise<void> {
    query.value = text;
    const asked = ++latestQuery;
    const hits = text.trim() ? await send('search', { query: text, limit: RESULT_LIMIT }) : null;
    if (asked === latestQuery) results.value = hits;
  }

  /**
   * The tab's paper as its content script or URL tells the background; where no content script runs
   * (a PDF viewer that allows none), an arXiv PDF URL is looked up like a PDF tab would.
   */
  async function paperInTab(): Promise<Paper | null> {
    if (!tab) return null;
    const known = await send('tabPaper', { tabId: tab.id });
    if (known || !tab.url) return known;
    const pdf = pdfArxivId(tab.url);
    return pdf ? arxivPaperById(pdf, tab.url.origin, { send, ...reader }).catch(() => null) : null;
  }

  async function refresh(): Promise<void> {
    const [paper, hidden] = await Promise.all([paperInTab(), hiddenSites.getValue(), bookmarks.load()]);
    const site = tab?.url?.hostname;
    hiddenSite.value = site && hidden.includes(site) ? site : null;
    const shownKeys = [...(paper ? [paper.key] : []), ...(results.value ?? []).map((hit) => hit.paper.key)];
    const saved = await send('bookmarkState', { keys: shownKeys });
    if (results.value) results.value = results.value.map((hit) => ({ ...hit, bookmarked: saved[hit.paper.key] ?? false }));
    if (!paper) {
      currentPaper.value = null;
      return;
    }
    const bookmarked = saved[paper.key] ?? false;
    currentPaper.value = { paper, bookmarked, related: currentPaper.value?.paper.key === paper.key ? currentPaper.value.related : null };
    const related = await send('relatedPapers', { paper, limit: RELATED_LIMIT });
    currentPaper.value = { paper, bookmarked, related };
  }

  return {
    currentPaper,
    hiddenSite,
    query,
    results,
    bookmarks,
    activeTab,
    search,
    /** The tab the popup was opened over, where papers open by default. */
    get tabId() {
      return tab?.id;
    },
    /** Everything the popup shows on open, for the tab it was opened over (none when opened as a page of its own). */
    async load(openedOver: PopupTabInfo | undefined): Promise<void> {
      tab = openedOver;
      await refresh();
    },
    /** Re-reads bookmarks and the tab's paper; call when bookmarks change anywhere. */
    refresh,
    async toggleBookmark(paper: Paper): Promise<void> {
      await send('toggleBookmark', { paper });
      await refresh();
    },
    /** Shows the panel again on the tab's site; the site's open tabs show it at once. */
    async showOnSite(): Promise<void> {
      if (!hiddenSite.value) return;
      await setPanelHiddenOn(hiddenSite.value, false);
      hiddenSite.value = null;
    },
  };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
