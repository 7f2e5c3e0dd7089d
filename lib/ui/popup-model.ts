/** State and actions of the toolbar popup: the tab's paper, instant search, and the bookmarks list. */
import { signal } from '@preact/signals';
import type { SendMessage } from '../messaging/protocol';
import type { PopupTab } from '../../components/PopupApp';
import type { Bookmark, Paper, SearchHit } from '../paper';

const RESULT_LIMIT = 20;

/**
 * The popup's signals. `search` may be called on every keystroke: answers that arrive after a newer
 * query was typed are dropped, so the list always matches the box.
 *
 * @example
 * const model = createPopupModel(sendMessage);
 * await model.load(tabId);
 * await model.search('bert');
 */
export function createPopupModel(send: SendMessage) {
  const currentPaper = signal<{ paper: Paper; bookmarked: boolean } | null>(null);
  const query = signal('');
  const results = signal<SearchHit[] | null>(null);
  const bookmarks = signal<Bookmark[] | null>(null);
  const activeTab = signal<PopupTab>('search');
  let latestQuery = 0;
  let tabId: number | undefined;

  async function search(text: string): Promise<void> {
    query.value = text;
    const asked = ++latestQuery;
    const hits = text.trim() ? await send('search', { query: text, limit: RESULT_LIMIT }) : null;
    if (asked === latestQuery) results.value = hits;
  }

  async function refresh(): Promise<void> {
    const [tabPaper, saved] = await Promise.all([
      tabId === undefined ? null : send('tabPaper', { tabId }),
      send('listBookmarks', undefined),
    ]);
    const savedKeys = new Set(saved.map((bookmark) => bookmark.key));
    currentPaper.value = tabPaper ? { paper: tabPaper, bookmarked: savedKeys.has(tabPaper.key) } : null;
    bookmarks.value = saved;
    if (results.value) {
      results.value = results.value.map((hit) => ({ ...hit, bookmarked: savedKeys.has(hit.paper.key) }));
    }
  }

  return {
    currentPaper,
    query,
    results,
    bookmarks,
    activeTab,
    search,
    /** The tab the popup was opened over, where papers open by default. */
    get tabId() {
      return tabId;
    },
    /** Everything the popup shows on open, for the tab it was opened over. */
    async load(activeTabId: number | undefined): Promise<void> {
      tabId = activeTabId;
      await refresh();
    },
    /** Re-reads bookmarks and the tab's paper; call when bookmarks change anywhere. */
    refresh,
    async toggleBookmark(paper: Paper): Promise<void> {
      await send('toggleBookmark', { paper });
      await refresh();
    },
  };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
