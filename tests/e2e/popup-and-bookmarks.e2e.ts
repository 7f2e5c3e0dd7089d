/** Bookmarking from the panel, finding papers from the popup, and both surviving a browser restart. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { cataloguePaper } from './pages/catalogue';
import { openAbstractPage, readMetaRow, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');
const PLASTICITY = cataloguePaper('2307.01163');

async function searchFromPopup(query: string): Promise<{ popup: Page; titles: string[] }> {
  const popup = await e2e.browser.openPopup();
  const box = popup.getByRole('searchbox', { name: 'Search papers' });
  await box.fill(query);
  const results = popup.getByRole('tabpanel', { name: 'Search' }).getByRole('link');
  await results.first().waitFor();
  return { popup, titles: await results.allInnerTexts() };
}

async function bookmarkedTitles(popup: Page): Promise<string[]> {
  await popup.getByRole('tab', { name: 'Bookmarks' }).click();
  const links = popup.getByRole('tabpanel', { name: 'Bookmarks' }).getByRole('link');
  await links.first().waitFor();
  return links.allInnerTexts();
}

describe('popup search', () => {
  test('finds a paper from the start of a title word', async () => {
    const { titles } = await searchFromPopup('linguistically-moti');
    expect(titles[0]).toBe(LERT.title);
  });

  test('finds a paper from a word typed with a typo', async () => {
    const { titles } = await searchFromPopup('plastcity');
    expect(titles[0]).toBe(PLASTICITY.title);
  });

  test('the search box has focus when the popup opens', async () => {
    const popup = await e2e.browser.openPopup();
    const box = popup.getByRole('searchbox', { name: 'Search papers' });
    await box.waitFor();
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await popup.keyboard.type('mengzi');
    const results = popup.getByRole('tabpanel', { name: 'Search' }).getByRole('link');
    await results.first().waitFor();
    expect(await results.first().innerText()).toMatch(/^Mengzi/);
  });

  test('keeps answering when the worker is stopped while the popup is open: the next query wakes it', async () => {
    const { popup, titles } = await searchFromPopup('linguistically-moti');
    expect(titles[0]).toBe(LERT.title);
    // The popup asks over a port (see protocol-port.ts), which the stopped worker closed.
    await e2e.browser.stopServiceWorker();
    await popup.getByRole('searchbox', { name: 'Search papers' }).fill('plastcity');
    const results = popup.getByRole('tabpanel', { name: 'Search' }).getByRole('link');
    await results.filter({ hasText: PLASTICITY.title }).waitFor();
    expect(await results.first().innerText()).toBe(PLASTICITY.title);
  });
});

describe('bookmarks', () => {
  test('a paper bookmarked in the panel is in the popup’s Bookmarks tab, and both survive a restart', async () => {
    const page = await openAbstractPage(e2e, LERT);
    const [firstRelated] = await relatedTitles(page);
    const star = relatedPanel(page).getByRole('button', { name: `Bookmark: ${firstRelated}` });
    await star.click();
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${firstRelated}`, pressed: true }).waitFor();
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${LERT.title}` }).click();
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${LERT.title}`, pressed: true }).waitFor();

    expect(await bookmarkedTitles(await e2e.browser.openPopup())).toEqual([LERT.title, firstRelated]);

    await e2e.browser.restart();

    expect(await bookmarkedTitles(await e2e.browser.openPopup())).toEqual([LERT.title, firstRelated]);
    const { titles } = await searchFromPopup('plastcity');
    expect(titles[0]).toBe(PLASTICITY.title);
    const worker = await e2e.browser.serviceWorker();
    expect(await readMetaRow(worker, 'indexLoad')).toMatchObject({ source: 'snapshot', builds: 1 });
  });

  test('a bookmark removed in the popup is unstarred in an open panel', async () => {
    const page = await openAbstractPage(e2e, LERT);
    await relatedTitles(page);
    const popup = await e2e.browser.openPopup();
    await bookmarkedTitles(popup);
    await popup.getByRole('tabpanel', { name: 'Bookmarks' }).getByRole('button', { name: `Bookmark: ${LERT.title}` }).click();
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${LERT.title}`, pressed: false }).waitFor({ timeout: 1000 });
  });
});
