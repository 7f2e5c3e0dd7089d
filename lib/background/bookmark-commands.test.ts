import { SidenoteDatabase } from '../db/database';
import { Library } from '../library/library';
import { bundledCatalogueText, bundledPaper } from '../../tests/support/catalogue';
import { BOOKMARK_COMMAND, bookmarkCommandHandlers, bookmarkOnce, MENU_LINK, MENU_PAGE, paperAtLink } from './bookmark-commands';

const newLibrary = () => new Library(new SidenoteDatabase(), () => Promise.resolve(bundledCatalogueText));

test('a link to a catalogue paper gives the catalogue’s metadata, whatever view and version it links to', async () => {
  const library = newLibrary();
  expect(await paperAtLink(library, 'https://arxiv.org/pdf/2211.05344v2')).toEqual(bundledPaper('2211.05344'));
  expect(await paperAtLink(library, 'https://huggingface.co/papers/2211.05344')).toEqual(bundledPaper('2211.05344'));
});

test('a link to an unknown paper gives what its URL and text tell, and a link to no paper gives nothing', async () => {
  const library = newLibrary();
  expect(await paperAtLink(library, 'https://arxiv.org/abs/hep-th/9901001v3', ' Holography ')).toMatchObject({
    key: 'hep-th/9901001',
    version: 'v3',
    title: 'Holography',
    abstract: '',
  });
  expect((await paperAtLink(library, 'https://arxiv.org/abs/2401.00001'))?.title).toBe('arXiv:2401.00001');
  expect(await paperAtLink(library, 'https://arxiv.org/list/cs.CL/new')).toBeNull();
});

test('bookmarking twice keeps the bookmark', async () => {
  const library = newLibrary();
  const paper = bundledPaper('2211.05344');
  expect(await bookmarkOnce(library, paper)).toBe(true);
  expect(await bookmarkOnce(library, paper)).toBe(false);
  expect(await library.bookmarkState([paper.key])).toEqual({ [paper.key]: true });
});

test('a bookmark saved from a bare link gets its metadata when the page is visited, and only then', async () => {
  const library = newLibrary();
  const bare = (await paperAtLink(library, 'https://arxiv.org/abs/2401.00001', 'Zebrafish'))!;
  await bookmarkOnce(library, bare);
  const fromPage = { ...bare, title: 'Zebrafish holography', authors: ['Grace Hopper'], abstract: 'We study zebrafish.' };
  expect(await library.completeBookmark(fromPage)).toBe(true);
  expect(await library.completeBookmark({ ...fromPage, title: 'Changed again' })).toBe(false);
  expect((await library.exportLibrary()).bookmarks[0]?.paper).toMatchObject({ title: 'Zebrafish holography', abstract: 'We study zebrafish.' });
  expect((await library.search('zebrafish holography', 1))[0]?.paper.key).toBe('2401.00001');
});

describe('the shortcut and the context menu', () => {
  function setUp() {
    const library = newLibrary();
    const changedTabs: number[] = [];
    const tabs: Record<number, string> = { 1: '2211.05344', 2: '2004.09297' };
    const handlers = bookmarkCommandHandlers(
      library,
      async (tabId) => (tabs[tabId] ? bundledPaper(tabs[tabId]!) : null),
      (tabId) => void changedTabs.push(tabId),
    );
    return { library, handlers, changedTabs };
  }

  test('the shortcut bookmarks the paper of the tab it was pressed in, once', async () => {
    const { library, handlers, changedTabs } = setUp();
    await handlers.onCommand(BOOKMARK_COMMAND, { id: 1 });
    await handlers.onCommand(BOOKMARK_COMMAND, { id: 1 });
    await handlers.onCommand('another-command', { id: 2 });
    await handlers.onCommand(BOOKMARK_COMMAND, { id: 3 });
    expect((await library.exportLibrary()).bookmarks.map((bookmark) => bookmark.key)).toEqual(['2211.05344']);
    expect(changedTabs).toEqual([1]);
  });

  test('the page item bookmarks the page’s paper; the link item the linked one', async () => {
    const { library, handlers, changedTabs } = setUp();
    await handlers.onMenuClick({ menuItemId: MENU_PAGE }, { id: 2 });
    await handlers.onMenuClick({ menuItemId: MENU_LINK, linkUrl: 'https://arxiv.org/abs/2401.00001', linkText: 'Zebrafish' }, { id: 2 });
    await handlers.onMenuClick({ menuItemId: MENU_LINK, linkUrl: 'https://example.org/' }, { id: 2 });
    const bookmarks = (await library.exportLibrary()).bookmarks;
    expect(bookmarks.map((bookmark) => [bookmark.key, bookmark.paper.title])).toEqual([
      ['2401.00001', 'Zebrafish'],
      ['2004.09297', bundledPaper('2004.09297').title],
    ]);
    expect(changedTabs).toEqual([2, 2]);
  });
});
