/** The toolbar popup: the current tab's paper, instant search over catalogue and bookmarks, and the bookmarks list. */
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { onBookmarksChanged } from '@/lib/bookmark-events';
import { portMessenger, PROTOCOL_PORT } from '@/lib/messaging/protocol-port';
import { pageReader } from '@/lib/arxiv-paper-by-id';
import { bookmarkListProps } from '@/lib/ui/bookmark-list-props';
import { openPaper } from '@/lib/ui/open-paper';
import { createPopupModel, type PopupModel } from '@/lib/ui/popup-model';

/** How many of the newest bookmarks an empty search box shows. */
const RECENT_BOOKMARKS = 5;

function Popup({ model }: { model: PopupModel }) {
  return (
    <PopupApp
      currentPaper={model.currentPaper.value}
      query={model.query.value}
      onQueryChange={(query) => void model.search(query)}
      results={model.results.value}
      recentBookmarks={model.bookmarks.page.value?.bookmarks.slice(0, RECENT_BOOKMARKS).map((bookmark) => bookmark.paper) ?? []}
      bookmarks={bookmarkListProps(model.bookmarks)}
      onToggleBookmark={model.toggleBookmark}
      onOpen={(paper, how) => void openPaper(paper, how, model.tabId).then(() => window.close())}
      activeTab={model.activeTab.value}
      onTabChange={(tab) => (model.activeTab.value = tab)}
      hiddenSite={model.hiddenSite.value}
      onShowOnSite={() => void model.showOnSite()}
    />
  );
}

async function start() {
  // The library is the one thing users cannot recreate: ask the browser never to evict it.
  void navigator.storage.persist();
  // A port rather than a message each: the popup asks on every keystroke (see `protocol-port.ts`).
  const send = portMessenger(() => browser.runtime.connect({ name: PROTOCOL_PORT }));
  const model = createPopupModel(send, pageReader(window));
  render(<Popup model={model} />, document.getElementById('app')!);
  onBookmarksChanged(() => void model.refresh(), new AbortController().signal);
  // Opened as a page of its own (not over a tab), the popup has no paper to show for "this tab". Asked of the popup's
  // own tab rather than read from which tab is active: a tab just opened may not be the active one yet.
  const ownTab = await browser.tabs.getCurrent();
  const [tab] = ownTab ? [] : await browser.tabs.query({ active: true, currentWindow: true });
  const overTab = tab?.id !== undefined && !tab.url?.startsWith(location.origin);
  await model.load(overTab ? { id: tab.id!, ...(tab.url ? { url: new URL(tab.url) } : {}) } : undefined);
}

void start();
