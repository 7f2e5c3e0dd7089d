import { bundledPaper } from '../../tests/support/catalogue';
import { libraryProtocol } from '../../tests/support/protocol';
import type { SendMessage } from '../messaging/protocol';
import type { SearchHit } from '../paper';
import { createPopupModel } from './popup-model';

const lert = bundledPaper('2211.05344');

test('shows the paper of the tab it was opened over, with its bookmark state', async () => {
  const { send, library } = libraryProtocol({ 7: lert });
  await library.toggleBookmark(lert);
  const model = createPopupModel(send);
  await model.load(7);
  expect(model.currentPaper.value).toEqual({ paper: lert, bookmarked: true });
  expect(model.bookmarks.value?.map((bookmark) => bookmark.key)).toEqual([lert.key]);

  const overBlankTab = createPopupModel(send);
  await overBlankTab.load(8);
  expect(overBlankTab.currentPaper.value).toBeNull();
});

test('search results follow the box, and an empty box clears them', async () => {
  const { send } = libraryProtocol();
  const model = createPopupModel(send);
  await model.search('lert');
  expect(model.results.value?.[0]?.paper.key).toBe(lert.key);
  await model.search('  ');
  expect(model.results.value).toBeNull();
});

test('an answer to an older query never replaces the newer one', async () => {
  const { send } = libraryProtocol();
  let releaseSlow: () => void = () => {};
  const slowFirst = (async (type: 'search', data: { query: string }) => {
    if (data.query === 'mengzi') await new Promise<void>((resolve) => (releaseSlow = resolve));
    return send(type, data);
  }) as SendMessage;
  const model = createPopupModel(slowFirst);
  const stale = model.search('mengzi');
  await model.search('lert');
  releaseSlow();
  await stale;
  expect(model.query.value).toBe('lert');
  expect((model.results.value as SearchHit[])[0]?.paper.key).toBe(lert.key);
});

test('toggling a bookmark updates the results, the bookmarks list and the tab paper', async () => {
  const { send } = libraryProtocol({ 7: lert });
  const model = createPopupModel(send);
  await model.load(7);
  await model.search('lert');
  await model.toggleBookmark(lert);
  expect(model.results.value?.[0]).toMatchObject({ paper: { key: lert.key }, bookmarked: true });
  expect(model.bookmarks.value?.map((bookmark) => bookmark.key)).toEqual([lert.key]);
  expect(model.currentPaper.value?.bookmarked).toBe(true);
});
