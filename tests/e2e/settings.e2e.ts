/** Settings take effect in open tabs without reloading them, and "Delete all Sidenote data" empties the library. */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { cataloguePaper } from './pages/catalogue';
import { openAbstractPage, panelFrame, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');

async function openSettings(): Promise<Page> {
  const page = await e2e.browser.context.newPage();
  await page.goto(e2e.browser.extensionUrl('options.html'));
  return page;
}

test('the number of entries, the theme and the sites switched on apply to a panel already open', async () => {
  const paperTab = await openAbstractPage(e2e, LERT);
  expect(await relatedTitles(paperTab)).toHaveLength(5);
  const settings = await openSettings();

  await settings.getByRole('combobox', { name: 'Related papers shown' }).selectOption('3');
  await paperTab.bringToFront();
  await relatedPanel(paperTab).getByRole('listitem').nth(3).waitFor({ state: 'detached' });
  expect(await relatedTitles(paperTab)).toHaveLength(3);

  await settings.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await paperTab.bringToFront();
  const html = panelFrame(paperTab).contentFrame().locator('html');
  await expect.poll(() => html.getAttribute('data-scheme')).toBe('dark');

  await settings.getByRole('checkbox', { name: 'arXiv', exact: true }).uncheck();
  await panelFrame(paperTab).waitFor({ state: 'detached' });
  await settings.getByRole('checkbox', { name: 'arXiv', exact: true }).check();
  await relatedPanel(paperTab).getByRole('button', { name: `Bookmark: ${LERT.title}`, exact: true }).waitFor();
});

test('deleting all data needs DELETE typed, then leaves no bookmark behind', async () => {
  const paperTab = await openAbstractPage(e2e, LERT);
  await relatedPanel(paperTab).getByRole('button', { name: `Bookmark: ${LERT.title}`, exact: true }).click();
  const star = relatedPanel(paperTab).getByRole('button', { name: `Bookmark: ${LERT.title}`, exact: true });
  await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');

  const settings = await openSettings();
  const remove = settings.getByRole('button', { name: 'Delete all Sidenote data' });
  expect(await remove.isDisabled()).toBe(true);
  await settings.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
  await remove.click();
  await settings.getByText('All Sidenote data on this browser was deleted.').waitFor();
  await expect.poll(() => star.getAttribute('aria-pressed')).toBe('false');
  expect(await settings.getByRole('checkbox', { name: 'Sync bookmarks across my devices' }).isChecked()).toBe(false);
});
