/** Finds Sidenote's views the way a person does: the panel by its frame's title and landmark, the popup by its controls. */
import type { Page, Worker } from 'playwright-core';
import { renderAbsPage } from '../pages/arxiv-abs';
import type { ArxivPaperRecord } from '../pages/arxiv-site';
import type { E2E } from '../harness/suite';

/** Serves `paper`'s abstract page under https://arxiv.org and opens it in a new tab. */
export async function openAbstractPage(e2e: E2E, paper: ArxivPaperRecord, path = `/abs/${paper.arxivId}`): Promise<Page> {
  e2e.server.route('arxiv.org', path, { html: renderAbsPage(paper) });
  const page = await e2e.browser.context.newPage();
  await page.goto(`https://arxiv.org${path}`);
  return page;
}

/**
 * Brings a tab to the front the way a person switches to it: the click comes once the tab and its panel have drawn.
 * A tab that was in the background draws again only after it is shown, and until the panel's frame has drawn, the
 * browser may hand a click at the panel to the page beneath it (Playwright then reports a click that did nothing).
 */
export async function switchToTab(page: Page): Promise<void> {
  await page.bringToFront();
  await page.waitForFunction(() => document.visibilityState === 'visible');
  const twoFramesDrawn = () => new Promise<void>((drawn) => requestAnimationFrame(() => requestAnimationFrame(() => drawn())));
  await page.evaluate(twoFramesDrawn);
  await relatedPanel(page).evaluate(twoFramesDrawn);
}

/** The panel's frame in the page, for checks of where it sits and how many there are. */
export function panelFrame(page: Page) {
  return page.getByTitle('Sidenote: related papers');
}

/** The related-papers landmark inside the panel frame. */
export function relatedPanel(page: Page) {
  return panelFrame(page).contentFrame().getByRole('complementary', { name: 'Related papers' });
}

/** The panel's bookmark toggle for `title`; the page's own paper has one above the related entries. */
export function bookmarkToggle(page: Page, title: string) {
  return relatedPanel(page).getByRole('button', { name: `Bookmark: ${title}`, exact: true });
}

/** Expands a panel that starts collapsed (on PDFs, and floating at the window's edge); fails if it started open. */
export async function expandCollapsedPanel(page: Page): Promise<void> {
  await relatedPanel(page).getByRole('button', { name: 'Related papers panel', expanded: false }).click();
  await relatedPanel(page).getByRole('button', { name: 'Related papers panel', expanded: true }).waitFor();
}

/**
 * Waits `ms` after the page has loaded and tells whether a panel frame is in it. A negative check cannot wait
 * on a condition, so its wait must outlast the time the content script may take to decide.
 */
export async function panelFramesAfter(page: Page, ms: number): Promise<number> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
  return panelFrame(page).count();
}

/** The titles of the panel's related entries, once they have loaded. */
export async function relatedTitles(page: Page): Promise<string[]> {
  const links = relatedPanel(page).getByRole('listitem').getByRole('link');
  await links.first().waitFor();
  return links.allInnerTexts();
}

/** A meta row the background worker keeps in IndexedDB, read inside the worker itself. */
export function readMetaRow(worker: Worker, name: string): Promise<unknown> {
  return worker.evaluate(metaRowHere, name);
}

/**
 * Runs in the extension's worker or one of its pages (they share the database): the meta row `name`.
 *
 * @example
 * await worker.evaluate(metaRowHere, 'indexLoad'); // { source: 'snapshot', at: 1764… }
 */
export function metaRowHere(name: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sidenote');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('meta').objectStore('meta').get(name);
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}
