/** Bookmarks in the real extension: the toolbar badge follows them, and the popup tags, annotates and filters them. */
import type { Page, Worker } from 'playwright-core';
import { expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { cataloguePaper } from './pages/catalogue';
import { openAbstractPage, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');

/** The toolbar badge of the tab showing `url`, as the browser holds it. */
function badgeOf(worker: Worker, url: string): Promise<string> {
  return worker.evaluate(async (tabUrl) => {
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, url);
}

async function waitForBadge(worker: Worker, url: string, text: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await badgeOf(worker, url)) !== text) {
    if (Date.now() > deadline) throw new Error(`badge of ${url} never became “${text}”`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('bookmarking from the panel stars the toolbar icon of that tab, and unbookmarking clears it', async () => {
  const page = await openAbstractPage(e2e, LERT);
  const worker = await e2e.browser.serviceWorker();
  const toggle = relatedPanel(page).getByRole('button', { name: `Bookmark: ${LERT.title}`, exact: true });
  await toggle.waitFor();
  await waitForBadge(worker, page.url(), '');
  await toggle.click();
  await waitForBadge(worker, page.url(), '★');
  await toggle.click();
  await waitForBadge(worker, page.url(), '');
});

async function bookmarksTab(popup: Page) {
  await popup.getByRole('tab', { name: 'Bookmarks' }).click();
  return popup.getByRole('tabpanel', { name: 'Bookmarks' });
}

test('tags and a note added in the popup are kept, shown, and filter the list', async () => {
  const page = await openAbstractPage(e2e, LERT);
  await relatedPanel(page).getByRole('button', { name: `Bookmark: ${LERT.title}`, exact: true }).click();
  const other = cataloguePaper('2004.09297');
  const otherPage = await openAbstractPage(e2e, other);
  await relatedPanel(otherPage).getByRole('button', { name: `Bookmark: ${other.title}`, exact: true }).click();
  await relatedPanel(otherPage).getByRole('button', { name: `Bookmark: ${other.title}`, pressed: true }).waitFor();

  const popup = await e2e.browser.openPopup();
  const panel = await bookmarksTab(popup);
  await panel.getByRole('button', { name: `Edit: ${LERT.title}` }).click();
  const tags = panel.getByRole('textbox', { name: `Tags: ${LERT.title}` });
  await tags.fill('Chinese, to read');
  await tags.press('Enter');
  const note = panel.getByRole('textbox', { name: `Note: ${LERT.title}` });
  await note.fill('Compare with MacBERT');
  await note.blur();
  // The row shows the note once the library has stored it.
  await panel.getByRole('paragraph').filter({ hasText: /^Compare with MacBERT$/ }).waitFor();
  await panel.getByText('to read', { exact: true }).waitFor();

  const reopened = await e2e.browser.openPopup();
  const list = await bookmarksTab(reopened);
  await list.getByRole('combobox', { name: 'Tag' }).selectOption('to read');
  await list.getByRole('status').filter({ hasText: /^1 bookmark$/ }).waitFor();
  expect(await list.getByRole('listitem').getByRole('link').allInnerTexts()).toEqual([LERT.title]);
  await list.getByRole('button', { name: `Edit: ${LERT.title}` }).click();
  expect(await list.getByRole('textbox', { name: `Note: ${LERT.title}` }).inputValue()).toBe('Compare with MacBERT');
  await list.getByRole('combobox', { name: 'Tag' }).selectOption('');
  await list.getByRole('status').filter({ hasText: '2 bookmarks' }).waitFor();
  await list.getByRole('searchbox', { name: 'Filter bookmarks' }).fill('macbert');
  await list.getByRole('status').filter({ hasText: /^1 bookmark$/ }).waitFor();
  expect(await list.getByRole('listitem').getByRole('link').allInnerTexts()).toEqual([LERT.title]);
});

test('the settings page edits bookmarks too, and renames a tag across the library', async () => {
  for (const paper of [LERT, cataloguePaper('2307.01163')]) {
    const page = await openAbstractPage(e2e, paper);
    const toggle = relatedPanel(page).getByRole('button', { name: `Bookmark: ${paper.title}`, exact: true });
    // The star's state arrives with the related entries; before them it is not yet known.
    await relatedTitles(page);
    if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${paper.title}`, pressed: true }).waitFor();
  }
  const options = await e2e.browser.context.newPage();
  await options.goto(e2e.browser.extensionUrl('options.html'));
  const library = options.getByRole('region', { name: 'Bookmarks' });
  for (const title of [LERT.title, cataloguePaper('2307.01163').title]) {
    await library.getByRole('button', { name: `Edit: ${title}` }).click();
    const tags = library.getByRole('textbox', { name: `Tags: ${title}` });
    await tags.fill('toread');
    await tags.press('Enter');
  }
  await library.getByRole('combobox', { name: 'Tag to rename' }).getByRole('option', { name: 'toread (2)' }).waitFor({ state: 'attached' });
  await library.getByRole('combobox', { name: 'Tag to rename' }).selectOption('toread');
  await library.getByRole('textbox', { name: 'New name' }).fill('Reading list');
  await library.getByRole('button', { name: 'Rename tag' }).click();
  await library.getByText('Renamed “toread” to “reading list” on 2 bookmarks.').waitFor();

  const popup = await e2e.browser.openPopup();
  const panel = await bookmarksTab(popup);
  await panel.getByRole('combobox', { name: 'Tag' }).selectOption('reading list');
  await panel.getByRole('status').filter({ hasText: /^2 bookmarks$/ }).waitFor();
});
