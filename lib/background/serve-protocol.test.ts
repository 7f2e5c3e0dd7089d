import { SidenoteDatabase } from '../db/database';
import { Library } from '../library/library';
import { MessageRejected } from '../messaging/validate';
import { libraryProtocol } from '../../tests/support/protocol';
import { bundledCatalogueText, bundledPaper } from '../../tests/support/catalogue';
import { protocolAnswerer } from './serve-protocol';

function setUp() {
  const announcements: number[] = [];
  const pagesShowingPapers: number[] = [];
  const syncSwitches: boolean[] = [];
  const library = new Library(new SidenoteDatabase(), () => Promise.resolve(bundledCatalogueText));
  const protocol = protocolAnswerer(library, {
    extensionId: 'sidenote',
    paperInTab: async (tabId) => (tabId === 1 ? bundledPaper('2211.05344') : null),
    announceBookmarksChanged: async () => void announcements.push(Date.now()),
    onPageShowsPaper: (tabId) => void pagesShowingPapers.push(tabId),
    setSyncEnabled: async (enabled) => {
      syncSwitches.push(enabled);
      return { enabled, lastSyncAt: null, syncedCount: 0, notSyncedCount: 0 };
    },
    clearExtensionStorage: () => browser.storage.local.clear(),
  });
  return { protocol, announcements, pagesShowingPapers, syncSwitches };
}

const fromSidenote = { id: 'sidenote', url: 'chrome-extension://sidenote/popup.html' };

test('answers every background message type', () => {
  expect(setUp().protocol.types.sort()).toEqual(
    [
      'bookmarkState',
      'deleteAllData',
      'exportLibrary',
      'importBookmarks',
      'listBookmarks',
      'listingMarks',
      'pageShowsPaper',
      'paperByKey',
      'relatedPapers',
      'rememberPaper',
      'renameTag',
      'search',
      'setSyncEnabled',
      'tabPaper',
      'toggleBookmark',
      'updateBookmark',
      'listPacks',
      'beginPackImport',
      'addPackPapers',
      'finishPackImport',
      'removePack',
    ].sort(),
  );
});

test('a bookmark toggled through the protocol is announced to every view', async () => {
  const { protocol, announcements } = setUp();
  const paper = bundledPaper('2211.05344');
  expect(await protocol.answer('toggleBookmark', { paper }, fromSidenote)).toEqual({ bookmarked: true });
  expect(announcements).toHaveLength(1);
  expect(await protocol.answer('listBookmarks', {}, fromSidenote)).toMatchObject({ bookmarks: [{ key: paper.key }], total: 1 });
  expect(await protocol.answer('updateBookmark', { key: paper.key, patch: { tags: ['Later'] } }, fromSidenote)).toMatchObject({ tags: ['later'] });
  expect(await protocol.answer('renameTag', { from: 'later', to: 'soon' }, fromSidenote)).toEqual({ changed: 1 });
  expect(announcements).toHaveLength(3);
  expect(await protocol.answer('relatedPapers', { paper }, fromSidenote)).toHaveLength(5);
  expect(await protocol.answer('tabPaper', { tabId: 1 }, fromSidenote)).toEqual(paper);
});

test('foreign senders and malformed data are rejected before the library is touched', async () => {
  const { protocol, announcements } = setUp();
  const paper = bundledPaper('2211.05344');
  expect(() => protocol.answer('toggleBookmark', { paper }, { id: 'evil' })).toThrow(MessageRejected);
  expect(() => protocol.answer('toggleBookmark', { paper: { title: 'no key' } }, fromSidenote)).toThrow(
    'paper.key must be a string',
  );
  expect(announcements).toEqual([]);
  expect((await protocol.answer('exportLibrary', undefined, fromSidenote)).bookmarks).toEqual([]);
});

test('a page showing a paper tells the toolbar which tab it is in', async () => {
  const { protocol, pagesShowingPapers } = setUp();
  const paper = bundledPaper('2211.05344');
  await protocol.answer('pageShowsPaper', { paper }, { ...fromSidenote, tab: { id: 12 } });
  await protocol.answer('pageShowsPaper', { paper }, fromSidenote);
  expect(pagesShowingPapers).toEqual([12]);
});

test('deleting all data empties the library and extension storage, and switches sync off after the clear', async () => {
  const { protocol, syncSwitches } = setUp();
  await protocol.answer('toggleBookmark', { paper: bundledPaper('2211.05344') }, fromSidenote);
  await browser.storage.local.set({ panelTheme: 'dark', latestBackup: { takenAt: 1, json: '{}' } });
  await protocol.answer('deleteAllData', undefined, fromSidenote);
  expect(await protocol.answer('exportLibrary', undefined, fromSidenote)).toEqual({ bookmarks: [], tombstones: [] });
  expect(await browser.storage.local.get(null)).toEqual({});
  expect(syncSwitches).toEqual([false]);
  expect((await protocol.answer('search', { query: 'lert' }, fromSidenote))[0]).toMatchObject({ bookmarked: false });
});

test('content scripts may ask only what reading a page needs', async () => {
  const { protocol } = setUp();
  const fromPage = { id: 'sidenote', url: 'https://arxiv.org/abs/2211.05344', tab: { id: 3 } };
  expect(await protocol.answer('paperByKey', { key: '2211.05344' }, fromPage)).toMatchObject({ key: '2211.05344' });
  const types = ['deleteAllData', 'importBookmarks', 'exportLibrary', 'setSyncEnabled', 'toggleBookmark', 'addPackPapers', 'removePack'] as const;
  for (const type of types) {
    expect(() => protocol.answer(type, {}, fromPage)).toThrow(`${type} is answered only to Sidenote's own pages`);
  }
});

test.each(['dropDatabase', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])('an unknown type such as %s is rejected', (type) => {
  const { protocol } = setUp();
  expect(() => protocol.answer(type as 'search', { query: 'x' }, fromSidenote)).toThrow(`unknown message type: ${type}`);
});

test('over the popup’s port, answers and rejections are those of the messages sent one by one', async () => {
  const { send, sendOverPort } = libraryProtocol();
  expect(await sendOverPort('search', { query: 'lert', limit: 3 })).toEqual(await send('search', { query: 'lert', limit: 3 }));
  await expect(sendOverPort('search', { query: 7 } as never)).rejects.toThrow('query');
  await expect(sendOverPort('dropDatabase' as 'search', { query: 'x' })).rejects.toThrow('unknown message type: dropDatabase');
});

test('a reply in the wire format carries the result, or the error with its message, the sender checks included', async () => {
  const { protocol } = setUp();
  const fromPage = { id: 'sidenote', url: 'https://arxiv.org/abs/2211.05344', tab: { id: 3 } };
  expect(await protocol.reply({ type: 'paperByKey', data: { key: '2211.05344' }, timestamp: 1 }, fromPage)).toEqual({
    res: expect.objectContaining({ key: '2211.05344' }),
  });
  expect(await protocol.reply({ type: 'exportLibrary', timestamp: 1 }, fromPage)).toEqual({
    err: expect.objectContaining({ name: 'MessageRejected', message: "exportLibrary is answered only to Sidenote's own pages" }),
  });
});
