/** The toolbar popup: the current tab's paper, then search and bookmarks as two tabs. */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Paper, RelatedEntry, SearchHit } from '../lib/paper';
import { BookmarkToggle, type ToggleBookmark } from './BookmarkToggle';
import { BookmarksView, type BookmarksViewProps } from './BookmarksView';
import { reasonLine } from './format';
import type { OpenPaper } from './PaperLink';
import { PaperMeta, PaperRow } from './PaperRow';
import './theme.css';
import './popup.css';

/** Which of the popup's tabs is showing. */
export type PopupTab = 'search' | 'bookmarks';

const TABS: ReadonlyArray<{ tab: PopupTab; label: string }> = [
  { tab: 'search', label: 'Search' },
  { tab: 'bookmarks', label: 'Bookmarks' },
];

/** Props of {@link PopupApp}. */
export interface PopupAppProps {
  /** The paper in the active browser tab, if it shows one, with its related papers (null while loading). */
  currentPaper: { paper: Paper; bookmarked: boolean; related: RelatedEntry[] | null } | null;
  /** The active tab's site when the user hid the panel there, so the popup can offer it back. */
  hiddenSite: string | null;
  onShowOnSite: () => void;
  query: string;
  onQueryChange: (query: string) => void;
  /** null until the first search answers (or while the query is empty). */
  results: SearchHit[] | null;
  /** The newest bookmarks, shown while the search box is empty. */
  recentBookmarks: Paper[];
  /** The Bookmarks tab: the library's current page, its filter and editing. */
  bookmarks: Pick<BookmarksViewProps, 'page' | 'filter' | 'onFilterChange' | 'onShowMore' | 'onUpdate'>;
  onToggleBookmark: ToggleBookmark;
  /** Every paper link in the popup reports here instead of navigating. */
  onOpen: OpenPaper;
  activeTab: PopupTab;
  onTabChange: (tab: PopupTab) => void;
}

/**
 * The popup's whole UI. Shows a "This tab" region when `currentPaper` is set, then a tablist
 * ("Search", "Bookmarks") controlling two tabpanels. The search box ("Search papers") takes focus
 * on mount; ArrowDown/ArrowUp move a highlight through the results while focus stays in the box,
 * and Enter opens the highlighted result, or the first when none is highlighted.
 */
export function PopupApp({
  currentPaper,
  query,
  onQueryChange,
  results,
  recentBookmarks,
  bookmarks,
  onToggleBookmark,
  onOpen,
  activeTab,
  onTabChange,
  hiddenSite,
  onShowOnSite,
}: PopupAppProps) {
  const uid = useId();
  const tabId = (tab: PopupTab) => `${uid}-tab-${tab}`;
  const panelId = (tab: PopupTab) => `${uid}-panel-${tab}`;
  const panelProps = (tab: PopupTab) => ({
    role: 'tabpanel' as const,
    id: panelId(tab),
    'aria-labelledby': tabId(tab),
    hidden: activeTab !== tab,
    class: 'sn-popup__panel',
  });

  // One main landmark and a heading, as in any page: screen readers orient by them.
  return (
    <main class="sn-popup">
      <h1 class="sn-visually-hidden">Sidenote</h1>
      {currentPaper ? (
        <CurrentTabPaper {...currentPaper} onToggleBookmark={onToggleBookmark} onOpen={onOpen} />
      ) : null}
      {hiddenSite ? (
        <p class="sn-popup__hidden">
          <button type="button" class="sn-button" onClick={onShowOnSite}>
            Show Sidenote on {hiddenSite}
          </button>
        </p>
      ) : null}
      <TabList activeTab={activeTab} onTabChange={onTabChange} tabId={tabId} panelId={panelId} />
      <div {...panelProps('search')}>
        <SearchPanel
          query={query}
          onQueryChange={onQueryChange}
          results={results}
          recentBookmarks={recentBookmarks}
          onToggleBookmark={onToggleBookmark}
          onOpen={onOpen}
          focusOnMount={activeTab === 'search'}
        />
      </div>
      <div {...panelProps('bookmarks')}>
        <BookmarksView {...bookmarks} onToggleBookmark={onToggleBookmark} onOpen={onOpen} />
      </div>
    </main>
  );
}

/** The paper the browser tab shows, named "This tab" (no link: it is already open), and its related papers. */
function CurrentTabPaper({
  paper,
  bookmarked,
  related,
  onToggleBookmark,
  onOpen,
}: NonNullable<PopupAppProps['currentPaper']> & Pick<PopupAppProps, 'onToggleBookmark' | 'onOpen'>) {
  const headingId = useId();
  const relatedId = useId();
  return (
    <section class="sn-popup__current" aria-labelledby={headingId}>
      <h2 id={headingId} class="sn-popup__caption">
        This tab
      </h2>
      <div class="sn-row">
        <div class="sn-row__text">
          <p class="sn-popup__title">{paper.title}</p>
          <PaperMeta paper={paper} />
        </div>
        <BookmarkToggle paper={paper} bookmarked={bookmarked} onToggle={onToggleBookmark} />
      </div>
      {related && related.length > 0 ? (
        <>
          <h3 id={relatedId} class="sn-popup__caption">
            Related
          </h3>
          <ul class="sn-list" aria-labelledby={relatedId}>
            {related.map((entry) => (
              <PaperRow
                key={entry.paper.key}
                paper={entry.paper}
                bookmarked={entry.bookmarked}
                onToggleBookmark={onToggleBookmark}
                onOpen={onOpen}
                note={reasonLine(entry)}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** "1 paper", "37 papers": every match, not only those shown. */
function countLine(total: number, complete = true): string {
  if (!complete) return `at least ${total} papers`;
  return total === 1 ? '1 paper' : `${total} papers`;
}

/** Tabs with a roving tabindex: Tab reaches only the selected one, arrows (and Home/End) switch. */
function TabList({
  activeTab,
  onTabChange,
  tabId,
  panelId,
}: {
  activeTab: PopupTab;
  onTabChange: (tab: PopupTab) => void;
  tabId: (tab: PopupTab) => string;
  panelId: (tab: PopupTab) => string;
}) {
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const current = TABS.findIndex(({ tab }) => tab === activeTab);
    const moves: Record<string, number> = {
      ArrowRight: (current + 1) % TABS.length,
      ArrowLeft: (current - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = moves[event.key];
    const target = next === undefined ? undefined : TABS[next];
    if (!target) return;
    event.preventDefault();
    onTabChange(target.tab);
    document.getElementById(tabId(target.tab))?.focus();
  };

  return (
    <div role="tablist" class="sn-tabs" onKeyDown={onKeyDown}>
      {TABS.map(({ tab, label }) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          class="sn-tabs__tab"
          aria-selected={tab === activeTab}
          aria-controls={panelId(tab)}
          tabIndex={tab === activeTab ? 0 : -1}
          onClick={() => onTabChange(tab)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** The search box and its results, with a keyboard highlight that never takes focus from the box. */
function SearchPanel({
  query,
  onQueryChange,
  results,
  recentBookmarks,
  onToggleBookmark,
  onOpen,
  focusOnMount,
}: Pick<PopupAppProps, 'query' | 'onQueryChange' | 'results' | 'recentBookmarks' | 'onToggleBookmark' | 'onOpen'> & { focusOnMount: boolean }) {
  const uid = useId();
  const input = useRef<HTMLInputElement>(null);
  // The highlight belongs to the query it was made for, so typing starts over from the box
  // while a bookmark toggled in the results (a new array, same query) keeps it in place.
  const [cursor, setCursor] = useState({ query, index: -1 });
  const hits = results ?? [];
  const active = cursor.query === query ? Math.min(cursor.index, hits.length - 1) : -1;
  const hitId = (index: number) => `${uid}-hit-${index}`;

  // Only on mount: reaching the Search tab later by arrow keys must leave focus on the tab.
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, []);

  // "/" jumps to the box from anywhere in the popup, as on GitHub and arXiv, unless the reader is typing elsewhere.
  useEffect(() => {
    const onSlash = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onSlash);
    return () => document.removeEventListener('keydown', onSlash);
  }, []);

  useEffect(() => {
    if (active >= 0) document.getElementById(hitId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    // While an input method is composing, Enter and arrows belong to it.
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Otherwise the caret jumps to the start or end of the query.
      event.preventDefault();
      const index = event.key === 'ArrowDown' ? Math.min(active + 1, hits.length - 1) : Math.max(active - 1, -1);
      setCursor({ query, index });
    } else if (event.key === 'Escape' && query) {
      // A first Escape clears the box; the next one closes the popup as usual.
      event.preventDefault();
      onQueryChange('');
    } else if (event.key === 'Enter') {
      const hit = hits[Math.max(active, 0)];
      if (!hit) return;
      event.preventDefault();
      onOpen(hit.paper, { newTab: event.ctrlKey || event.metaKey });
    }
  };

  const trimmed = query.trim();
  return (
    <>
      <input
        ref={input}
        type="search"
        class="sn-search"
        aria-label="Search papers"
        placeholder="Search papers…"
        autocomplete="off"
        spellcheck={false}
        value={query}
        aria-activedescendant={active >= 0 ? hitId(active) : undefined}
        aria-describedby={`${uid}-hints`}
        onInput={(event) => onQueryChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${uid}-hints`} class="sn-hints">
        Try <code>author:cui</code> <code>year:2020-2023</code> <code>cat:cs.CL</code> <code>tag:reading</code>{' '}
        <code>is:bookmarked</code> <code>"exact phrase"</code> · <kbd>/</kbd> to search, <kbd>Esc</kbd> to clear
      </p>
      <p role="status" class="sn-message">
        {!trimmed || results === null
          ? ''
          : results.length === 0
            ? `No papers match “${trimmed}”`
            : countLine(results[0]?.total ?? results.length, results[0]?.complete)}
      </p>
      {!trimmed && recentBookmarks.length > 0 ? (
        <>
          <h2 id={`${uid}-recent`} class="sn-popup__caption">
            Recently bookmarked
          </h2>
          <ul class="sn-list" aria-labelledby={`${uid}-recent`}>
            {recentBookmarks.map((paper) => (
              <PaperRow key={paper.key} paper={paper} bookmarked onToggleBookmark={onToggleBookmark} onOpen={onOpen} />
            ))}
          </ul>
        </>
      ) : null}
      {hits.length > 0 ? (
        <ul class="sn-list">
          {hits.map((hit, index) => (
            <PaperRow
              key={hit.paper.key}
              id={hitId(index)}
              active={index === active}
              paper={hit.paper}
              bookmarked={hit.bookmarked}
              onToggleBookmark={onToggleBookmark}
              onOpen={onOpen}
              highlight={hit.matchedTerms}
              snippet={hit.snippet}
            />
          ))}
        </ul>
      ) : null}
    </>
  );
}
