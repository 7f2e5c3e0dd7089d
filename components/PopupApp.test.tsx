/** Tests for the popup: the current tab's paper, tabs, keyboard search and bookmarks. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import type { Bookmark, SearchHit } from '../lib/paper';
import { PopupApp, type PopupAppProps, type PopupTab } from './PopupApp';
import { makeBookmark, makePaper } from './testPapers';

const hits: SearchHit[] = [
  { paper: makePaper({ key: 'a', arxivId: '2001.00001', title: 'First hit' }), bookmarked: false },
  { paper: makePaper({ key: 'b', arxivId: '2001.00002', title: 'Second hit' }), bookmarked: true },
  { paper: makePaper({ key: 'c', arxivId: '2001.00003', title: 'Third hit' }), bookmarked: false },
];

const bookmarks: Bookmark[] = [
  makeBookmark({ key: 'n', title: 'Newest bookmark' }, { createdAt: 3 }),
  makeBookmark({ key: 'm', title: 'Middle bookmark' }, { createdAt: 2 }),
  makeBookmark({ key: 'o', title: 'Oldest bookmark' }, { createdAt: 1 }),
];

/** The Bookmarks tab's props for a library holding exactly `list`. */
function bookmarkView(list: Bookmark[] | null) {
  return {
    page: list && { bookmarks: list, total: list.length, tags: [] },
    filter: {},
    onFilterChange: vi.fn(),
    onShowMore: vi.fn(),
    onUpdate: vi.fn(),
  };
}

/** Renders the popup with test doubles for every callback. */
function renderPopup(overrides: Partial<PopupAppProps> = {}) {
  const props: PopupAppProps = {
    currentPaper: null,
    query: 'hit',
    onQueryChange: vi.fn(),
    results: hits,
    recentBookmarks: [],
    bookmarks: bookmarkView(bookmarks),
    onToggleBookmark: vi.fn(),
    onOpen: vi.fn(),
    activeTab: 'search',
    onTabChange: vi.fn(),
    hiddenSite: null,
    onShowOnSite: vi.fn(),
    ...overrides,
  };
  const result = render(<StatefulTabs {...props} />);
  /** Re-renders with changed props, keeping component state as a real re-render would. */
  const update = (changes: Partial<PopupAppProps>) => result.rerender(<StatefulTabs {...props} {...changes} />);
  return { props, update, ...result };
}

/** The popup with its tab state kept, as the real caller keeps it. */
function StatefulTabs(props: PopupAppProps) {
  const [activeTab, setActiveTab] = useState<PopupTab>(props.activeTab);
  const onTabChange = (tab: PopupTab) => {
    props.onTabChange(tab);
    setActiveTab(tab);
  };
  return <PopupApp {...props} activeTab={activeTab} onTabChange={onTabChange} />;
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search papers' });

describe('PopupApp: this tab', () => {
  it("shows the tab's paper at the top with its toggle", () => {
    const paper = makePaper({ key: 't', title: 'Paper in the tab' });
    const { props } = renderPopup({ currentPaper: { paper, bookmarked: true, related: null } });
    const region = screen.getByRole('region', { name: 'This tab' });
    expect(within(region).getByText('Paper in the tab')).toBeTruthy();
    const toggle = within(region).getByRole('button', { name: 'Bookmark: Paper in the tab' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(props.onToggleBookmark).toHaveBeenCalledExactlyOnceWith(paper);
    expect(region.compareDocumentPosition(screen.getByRole('tablist')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("lists the tab paper's related papers under it, each with its reason, link and toggle", () => {
    const paper = makePaper({ key: 't', title: 'Paper in the tab' });
    const related = [{ paper: makePaper({ key: 'r', title: 'A related paper' }), sharedTerms: ['masking', 'curriculum'], bookmarked: false }];
    const { props } = renderPopup({ currentPaper: { paper, bookmarked: false, related } });
    const list = within(screen.getByRole('region', { name: 'This tab' })).getByRole('list', { name: 'Related' });
    fireEvent.click(within(list).getByRole('link', { name: 'A related paper' }));
    expect(props.onOpen).toHaveBeenCalledExactlyOnceWith(related[0]!.paper, { newTab: false });
    expect(within(list).getByText('Shares: masking, curriculum')).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Bookmark: A related paper', pressed: false })).toBeTruthy();
  });

  it('offers to show the panel again on a site where it was hidden', () => {
    const { props } = renderPopup({ hiddenSite: 'huggingface.co' });
    fireEvent.click(screen.getByRole('button', { name: 'Show Sidenote on huggingface.co' }));
    expect(props.onShowOnSite).toHaveBeenCalledOnce();
  });

  it('has no such section when the tab shows no paper', () => {
    renderPopup();
    expect(screen.queryByRole('region', { name: 'This tab' })).toBeNull();
  });
});

describe('PopupApp: tabs', () => {
  it('has a Search and a Bookmarks tab, each controlling its panel, Search selected', () => {
    renderPopup();
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('aria-label') ?? tab.textContent)).toEqual(['Search', 'Bookmarks']);
    const [search, saved] = [screen.getByRole('tab', { name: 'Search' }), screen.getByRole('tab', { name: 'Bookmarks' })];
    expect(search.getAttribute('aria-selected')).toBe('true');
    expect(saved.getAttribute('aria-selected')).toBe('false');
    expect(search.tabIndex).toBe(0);
    expect(saved.tabIndex).toBe(-1);
    const panel = screen.getByRole('tabpanel', { name: 'Search' });
    expect(search.getAttribute('aria-controls')).toBe(panel.id);
    expect(within(panel).getByRole('searchbox')).toBeTruthy();
    expect(screen.queryByRole('tabpanel', { name: 'Bookmarks' })).toBeNull();
  });

  it('switches by click', () => {
    const { props } = renderPopup();
    fireEvent.click(screen.getByRole('tab', { name: 'Bookmarks' }));
    expect(props.onTabChange).toHaveBeenCalledExactlyOnceWith('bookmarks');
    expect(screen.getByRole('tab', { name: 'Bookmarks' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Bookmarks' })).toBeTruthy();
    expect(screen.queryByRole('tabpanel', { name: 'Search' })).toBeNull();
  });

  it('switches with the arrow keys, wrapping around, and moves focus along', () => {
    renderPopup();
    const search = screen.getByRole('tab', { name: 'Search' });
    const saved = screen.getByRole('tab', { name: 'Bookmarks' });

    fireEvent.keyDown(search, { key: 'ArrowRight' });
    expect(saved.getAttribute('aria-selected')).toBe('true');
    expect(saved.tabIndex).toBe(0);
    expect(search.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(saved);

    fireEvent.keyDown(saved, { key: 'ArrowRight' });
    expect(search.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(search);

    fireEvent.keyDown(search, { key: 'ArrowLeft' });
    expect(saved.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(saved, { key: 'Home' });
    expect(search.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'End' });
    expect(saved.getAttribute('aria-selected')).toBe('true');
  });
});

describe('PopupApp: search', () => {
  it('focuses the search box on mount, showing the query', () => {
    renderPopup();
    expect(document.activeElement).toBe(searchBox());
    expect((searchBox() as HTMLInputElement).value).toBe('hit');
  });

  it('leaves focus alone when it opens on the Bookmarks tab', () => {
    renderPopup({ activeTab: 'bookmarks' });
    expect(document.activeElement).toBe(document.body);
  });

  it('reports typing', () => {
    const { props } = renderPopup({ query: '' });
    fireEvent.input(searchBox(), { target: { value: 'attention' } });
    expect(props.onQueryChange).toHaveBeenCalledExactlyOnceWith('attention');
  });

  it('lists results as links with authors, year and toggles', () => {
    renderPopup();
    const items = within(screen.getByRole('tabpanel', { name: 'Search' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['First hit', 'Second hit', 'Third hit']);
    expect(within(items[0]!).getByText('Ashish Vaswani, Noam Shazeer et al. · 2017')).toBeTruthy();
    expect(within(items[1]!).getByRole('button', { name: 'Bookmark: Second hit' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('opens the first result on Enter when none is highlighted', () => {
    const { props } = renderPopup();
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(props.onOpen).toHaveBeenCalledExactlyOnceWith(hits[0]!.paper, { newTab: false });
  });

  it('highlights results with ArrowDown/ArrowUp and opens the highlighted one', () => {
    const { props } = renderPopup();
    const box = searchBox();
    expect(box.getAttribute('aria-activedescendant')).toBeNull();

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const active = document.getElementById(box.getAttribute('aria-activedescendant')!)!;
    expect(within(active).getByRole('link').textContent).toBe('Second hit');
    expect(active.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(box);

    fireEvent.keyDown(box, { key: 'Enter' });
    expect(props.onOpen).toHaveBeenLastCalledWith(hits[1]!.paper, { newTab: false });

    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(props.onOpen).toHaveBeenLastCalledWith(hits[0]!.paper, { newTab: false });
  });

  it('stops the highlight at the last result and clears it above the first', () => {
    renderPopup();
    const box = searchBox();
    for (let i = 0; i < 5; i++) fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(within(document.getElementById(box.getAttribute('aria-activedescendant')!)!).getByRole('link').textContent).toBe('Third hit');
    for (let i = 0; i < 5; i++) fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    expect(screen.queryAllByRole('listitem').filter((item) => item.getAttribute('aria-current'))).toEqual([]);
  });

  it.each([{ ctrlKey: true }, { metaKey: true }])('asks for a new tab on Enter with %o', (modifier) => {
    const { props } = renderPopup();
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    fireEvent.keyDown(searchBox(), { key: 'Enter', ...modifier });
    expect(props.onOpen).toHaveBeenCalledExactlyOnceWith(hits[0]!.paper, { newTab: true });
  });

  it('keeps the highlight across new results for the same query, and starts over when the query changes', () => {
    const { update } = renderPopup();
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    update({ results: [...hits] });
    expect(searchBox().getAttribute('aria-activedescendant')).not.toBeNull();
    update({ query: 'hits' });
    expect(searchBox().getAttribute('aria-activedescendant')).toBeNull();
  });

  it('does nothing on Enter without results', () => {
    const { props } = renderPopup({ results: null });
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(props.onOpen).not.toHaveBeenCalled();
  });

  it('opens clicked results through onOpen', () => {
    const { props } = renderPopup();
    fireEvent.click(screen.getByRole('link', { name: 'Third hit' }), { ctrlKey: true });
    expect(props.onOpen).toHaveBeenCalledExactlyOnceWith(hits[2]!.paper, { newTab: true });
  });

  it('says when nothing matches a query', () => {
    renderPopup({ query: 'zebra', results: [] });
    expect(screen.getByRole('status').textContent).toBe('No papers match “zebra”');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says nothing while results are pending or the query is blank', () => {
    const { update } = renderPopup({ query: 'zebra', results: null });
    expect(screen.getByRole('status').textContent).toBe('');
    update({ query: '  ', results: [] });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('PopupApp: bookmarks', () => {
  it('lists bookmarks in the order given, as pressed toggles and links that open through onOpen', () => {
    const { props } = renderPopup({ activeTab: 'bookmarks' });
    const panel = screen.getByRole('tabpanel', { name: 'Bookmarks' });
    const links = within(panel).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Newest bookmark', 'Middle bookmark', 'Oldest bookmark']);
    const toggle = within(panel).getByRole('button', { name: 'Bookmark: Middle bookmark' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(props.onToggleBookmark).toHaveBeenCalledExactlyOnceWith(bookmarks[1]!.paper);
    fireEvent.click(links[0]!);
    expect(props.onOpen).toHaveBeenCalledExactlyOnceWith(bookmarks[0]!.paper, { newTab: false });
  });

  it('explains how to bookmark when there are none', () => {
    renderPopup({ activeTab: 'bookmarks', bookmarks: bookmarkView([]) });
    expect(
      within(screen.getByRole('tabpanel', { name: 'Bookmarks' })).getByText('No bookmarks yet. Use the star beside a paper to save it.'),
    ).toBeTruthy();
  });

  it('shows nothing while bookmarks load', () => {
    renderPopup({ activeTab: 'bookmarks', bookmarks: bookmarkView(null) });
    expect(screen.getByRole('tabpanel', { name: 'Bookmarks' }).textContent).toBe('');
  });
});

describe('PopupApp: search help', () => {
  it('hints at the field syntax under the box', () => {
    renderPopup();
    expect(searchBox().getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(searchBox().getAttribute('aria-describedby')!)?.textContent).toContain('author:cui');
  });

  it('counts the results, and marks the words that matched in titles and snippets', () => {
    const hit = { paper: makePaper({ key: 'm', title: 'Masked Language Models' }), bookmarked: false, matchedTerms: ['mask'], snippet: 'We mask tokens.' };
    renderPopup({ query: 'mask', results: [hit] });
    expect(screen.getByRole('status').textContent).toBe('1 paper');
    cleanup();
    renderPopup({ query: 'mask', results: [{ ...hit, total: 37, complete: false }] });
    expect(screen.getByRole('status').textContent).toBe('at least 37 papers');
    cleanup();
    renderPopup({ query: 'mask', results: [{ ...hit, total: 37 }] });
    expect(screen.getByRole('status').textContent).toBe('37 papers');
    const link = screen.getByRole('link', { name: 'Masked Language Models' });
    expect(link.querySelector('mark')?.textContent).toBe('Masked');
    expect(screen.getByText('mask', { selector: 'mark' })).toBeTruthy();
  });

  it('Escape clears the box, and "/" brings focus back to it', () => {
    const { props } = renderPopup({ query: 'bert' });
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect(props.onQueryChange).toHaveBeenLastCalledWith('');
    screen.getByRole('tab', { name: 'Search' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: '/' });
    expect(document.activeElement).toBe(searchBox());
  });

  it('shows the newest bookmarks while the box is empty', () => {
    const recent = [makePaper({ key: 'r', title: 'Recently saved' })];
    renderPopup({ query: '', results: null, recentBookmarks: recent });
    const list = screen.getByRole('list', { name: 'Recently bookmarked' });
    expect(within(list).getByRole('link', { name: 'Recently saved' })).toBeTruthy();
  });
});

describe('PopupApp: landmarks', () => {
  it('is one main landmark with a level-one heading, for screen readers to orient by', () => {
    renderPopup();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Sidenote' })).toBeTruthy();
  });
});
