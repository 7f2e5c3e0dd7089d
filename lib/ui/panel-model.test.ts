import { bundledPaper } from '../../tests/support/catalogue';
import { libraryProtocol } from '../../tests/support/protocol';
import type { SendMessage } from '../messaging/protocol';
import type { PanelRequest } from '../panel/panel-address';
import { hiddenSites, panelCollapsed, relatedCount } from '../settings';
import { createPanelModel } from './panel-model';

const lert = bundledPaper('2211.05344');
const onAbstractPage: PanelRequest = { paper: lert, site: 'arxiv.org', scheme: 'light', startCollapsed: false };

test('loads the related entries and the current paper’s bookmark state', async () => {
  const { send, library } = libraryProtocol();
  await library.toggleBookmark(lert);
  const model = createPanelModel(onAbstractPage, send);
  expect(model.entries.value).toBeNull();
  await model.refresh();
  expect(model.entries.value).toEqual(await library.related(lert, 5));
  expect(model.currentBookmarked.value).toBe(true);
});

test('bookmarking an entry updates it in place and in the library', async () => {
  const { send, library, announcements } = libraryProtocol();
  const model = createPanelModel(onAbstractPage, send);
  await model.refresh();
  const first = model.entries.value![0]!;
  await model.toggleBookmark(first.paper);
  expect(model.entries.value![0]!.bookmarked).toBe(true);
  expect(await library.bookmarkState([first.paper.key])).toEqual({ [first.paper.key]: true });
  expect(announcements()).toBe(1);
  await model.toggleBookmark(lert);
  expect(model.currentBookmarked.value).toBe(true);
});

test('the collapsed state is remembered for the next page', async () => {
  const { send } = libraryProtocol();
  const model = createPanelModel(onAbstractPage, send);
  await model.toggleCollapsed();
  expect(await panelCollapsed.getValue()).toBe(true);
  const next = createPanelModel(onAbstractPage, send);
  await next.restoreCollapsed();
  expect(next.collapsed.value).toBe(true);
});

test('a PDF panel starts collapsed and leaves the remembered state alone', async () => {
  const { send } = libraryProtocol();
  const onPdf = createPanelModel({ ...onAbstractPage, startCollapsed: true }, send);
  await onPdf.restoreCollapsed();
  expect(onPdf.collapsed.value).toBe(true);
  await onPdf.toggleCollapsed();
  expect(onPdf.collapsed.value).toBe(false);
  await onPdf.toggleCollapsed();
  expect(await panelCollapsed.getValue()).toBe(false);
});

test('hiding the panel on a site is stored for every tab of that site', async () => {
  const { send } = libraryProtocol();
  await createPanelModel({ ...onAbstractPage, site: 'huggingface.co' }, send).hideOnSite();
  await createPanelModel(onAbstractPage, send).hideOnSite();
  expect(await hiddenSites.getValue()).toEqual(['huggingface.co', 'arxiv.org']);
});

test('a failing background gives a message, not an endless spinner', async () => {
  const failing = (() => Promise.reject(new Error('Could not establish connection'))) as unknown as SendMessage;
  const model = createPanelModel(onAbstractPage, failing);
  await model.refresh();
  expect(model.error.value).toMatch(/could not load related papers/);
  await model.toggleBookmark(lert);
  expect(model.error.value).toMatch(/could not save the bookmark for “LERT.*Nothing was changed\.$/);
});

test('a bookmark refused for a full disk says so', async () => {
  const { send } = libraryProtocol();
  const full = ((type: string, data: unknown) =>
    type === 'toggleBookmark'
      ? Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))
      : (send as (type: string, data: unknown) => Promise<unknown>)(type, data)) as SendMessage;
  const model = createPanelModel(onAbstractPage, full);
  await model.toggleBookmark(lert);
  expect(model.error.value).toMatch(/Nothing was changed\. Your disk is full: free some space and try again\.$/);
});

test('lists as many related papers as the setting asks', async () => {
  const { send } = libraryProtocol();
  await relatedCount.setValue(3);
  const model = createPanelModel(onAbstractPage, send);
  await model.refresh();
  expect(model.entries.value).toHaveLength(3);
});
