import { bundledPaper } from '../../tests/support/catalogue';
import { libraryProtocol } from '../../tests/support/protocol';
import type { SendMessage } from '../messaging/protocol';
import type { SearchHit } from '../paper';
import { hiddenSites } from '../settings';
import type { PageReader } from '../arxiv-paper-by-id';
import { createPopupModel } from './popup-model';

// The popup asks over its port (see `protocol-port.ts`): here an in-memory one, with a real library behind it.

const lert = bundledPaper('2211.05344');

/** A page reader for tests that must not fetch: any fetch fails the test. */
const noFetching: PageReader = {
  fetchText: (url) => Promise.reject(new Error(`unexpected fetch of ${url.href}`)),
  parseHtml: () => {
    throw new Error('unexpected parse');
  },
};

test('shows the paper of the tab it was opened over, with its bookmark state', async () => {
  const { sendOverPort: send, library } = libraryProtocol({ 7: lert });
  await library.toggleBookmark(lert);
  const model = createPopupModel(send, noFetching);
  await model.load({ id: 7 });
  expect(model.currentPaper.value).toEqual({ paper: lert, bookmarked: true, related: await library.related(lert, 5) });
  expect(model.bookmarks.page.value?.bookmarks.map((bookmark) => bookmark.key)).toEqual([lert.key]);

  const overBlankTab = createPopupModel(send, noFetching);
  await overBlankTab.load({ id: 8 });
  expect(overBlankTab.currentPaper.value).toBeNull();
});

test('search results follow the box, and an empty box clears them', async () => {
  const { sendOverPort: send } = libraryProtocol();
  const model = createPopupModel(send, noFetching);
  await model.search('lert');
  expect(model.results.value?.[0]?.paper.key).toBe(lert.key);
  await model.search('  ');
  expect(model.results.value).toBeNull();
});

test('an answer to an older query never replaces the newer one', async () => {
  const { sendOverPort: send } = libraryProtocol();
  let releaseSlow: () => void = () => {};
  const slowFirst = (async (type: 'search', data: { query: string }) => {
    if (data.query === 'mengzi') await new Promise<void>((resolve) => (releaseSlow = resolve));
    return send(type, data);
  }) as SendMessage;
  const model = createPopupModel(slowFirst, noFetching);
  const stale = model.search('mengzi');
  await model.search('lert');
  releaseSlow();
  await stale;
  expect(model.query.value).toBe('lert');
  expect((model.results.value as SearchHit[])[0]?.paper.key).toBe(lert.key);
});

test('toggling a bookmark updates the results, the bookmarks list and the tab paper', async () => {
  const { sendOverPort: send } = libraryProtocol({ 7: lert });
  const model = createPopupModel(send, noFetching);
  await model.load({ id: 7 });
  await model.search('lert');
  await model.toggleBookmark(lert);
  expect(model.results.value?.[0]).toMatchObject({ paper: { key: lert.key }, bookmarked: true });
  expect(model.bookmarks.page.value?.bookmarks.map((bookmark) => bookmark.key)).toEqual([lert.key]);
  expect(model.currentPaper.value?.bookmarked).toBe(true);
});

test('a PDF tab without a content script is looked up from its URL', async () => {
  const { sendOverPort: send } = libraryProtocol();
  const model = createPopupModel(send, noFetching);
  await model.load({ id: 3, url: new URL('https://arxiv.org/pdf/2211.05344v1') });
  expect(model.currentPaper.value?.paper).toEqual({ ...lert, version: 'v1' });
  expect(model.currentPaper.value?.related).toHaveLength(5);
});

test('a site where the panel was hidden is offered back, and showing it clears the setting', async () => {
  const { sendOverPort: send } = libraryProtocol();
  await hiddenSites.setValue(['huggingface.co', 'arxiv.org']);
  const model = createPopupModel(send, noFetching);
  await model.load({ id: 3, url: new URL('https://arxiv.org/list/cs.CL/new') });
  expect(model.hiddenSite.value).toBe('arxiv.org');
  await model.showOnSite();
  expect(model.hiddenSite.value).toBeNull();
  expect(await hiddenSites.getValue()).toEqual(['huggingface.co']);
});
