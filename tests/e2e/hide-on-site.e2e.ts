/** "Hide Sidenote on <site>" removes the panel from every open tab of that site and from no other site. */
/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { renderAbsPage } from './pages/arxiv-abs';
import type { ArxivPaperRecord } from './pages/arxiv-site';
import { cataloguePaper } from './pages/catalogue';
import { renderHuggingFacePaperPage } from './pages/huggingface';
import { openServedPage } from './support/serve';
import { bookmarkToggle, panelFrame, panelFramesAfter, relatedPanel, switchToTab } from './support/views';

const e2e = useE2E();
const FIRST = cataloguePaper('2307.01163');
const SECOND = cataloguePaper('2305.17126');
const OPENED_LATER = cataloguePaper('2110.06696');
const ON_ARXIV = cataloguePaper('2211.05344');
/** "Within a few hundred milliseconds" (issue 3), with room for a loaded two-core machine. */
const AT_ONCE_MS = 2000;

function openHuggingFacePaper(paper: ArxivPaperRecord): Promise<Page> {
  return openServedPage(e2e, `https://huggingface.co/papers/${paper.arxivId}`, renderHuggingFacePaperPage(paper));
}

/** Two Hugging Face tabs and an arXiv tab, each with its panel shown. */
async function openTabsOnTwoSites() {
  const [firstTab, secondTab, arxivTab] = await Promise.all([
    openHuggingFacePaper(FIRST),
    openHuggingFacePaper(SECOND),
    openServedPage(e2e, `https://arxiv.org/abs/${ON_ARXIV.arxivId}`, renderAbsPage(ON_ARXIV)),
  ]);
  await bookmarkToggle(firstTab, FIRST.title).waitFor();
  await bookmarkToggle(secondTab, SECOND.title).waitFor();
  await bookmarkToggle(arxivTab, ON_ARXIV.title).waitFor();
  return { firstTab, secondTab, arxivTab };
}

async function hideOnHuggingFace(tab: Page): Promise<void> {
  await switchToTab(tab);
  await relatedPanel(tab).getByRole('button', { name: 'Hide Sidenote on huggingface.co' }).click();
}

/**
 * What the popup's "Show Sidenote on <site>" does. The popup offers it only when opened over a tab of that site,
 * which a test cannot do (opened as a page of its own it has no tab), so this takes the sites off the stored list
 * the panel's button put them on.
 */
async function showSidenoteEverywhere(): Promise<void> {
  const worker = await e2e.browser.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.set({ hiddenSites: [] }));
}

afterEach(showSidenoteEverywhere);

describe('hiding the panel on Hugging Face', () => {
  test('removes it from every open Hugging Face tab and keeps it off tabs opened later', async () => {
    const { firstTab, secondTab } = await openTabsOnTwoSites();

    await hideOnHuggingFace(firstTab);

    await panelFrame(firstTab).waitFor({ state: 'detached' });
    await panelFrame(secondTab).waitFor({ state: 'detached' });
    const laterTab = await openHuggingFacePaper(OPENED_LATER);
    // A paper page is read at once, so 1.5 s is ample for a panel that should not be there.
    expect(await panelFramesAfter(laterTab, 1500)).toBe(0);
  });

  test('leaves the panel of an arXiv tab in place', async () => {
    const { firstTab, arxivTab } = await openTabsOnTwoSites();

    await hideOnHuggingFace(firstTab);
    await panelFrame(firstTab).waitFor({ state: 'detached' });

    // Give a wrongly removed panel time to go, as any negative check must.
    await arxivTab.waitForTimeout(1500);
    expect(await bookmarkToggle(arxivTab, ON_ARXIV.title).isVisible()).toBe(true);
  });

  // A tab opened while the site was hidden has settled on its paper, so showing the site must mount it at once.
  test('until it is shown again, which brings the panel back to open tabs at once', async () => {
    const { firstTab } = await openTabsOnTwoSites();
    await hideOnHuggingFace(firstTab);
    await panelFrame(firstTab).waitFor({ state: 'detached' });
    const tabOpenedWhileHidden = await openHuggingFacePaper(OPENED_LATER);
    expect(await panelFramesAfter(tabOpenedWhileHidden, 1500)).toBe(0);

    await showSidenoteEverywhere();

    await bookmarkToggle(tabOpenedWhileHidden, OPENED_LATER.title).waitFor({ timeout: AT_ONCE_MS });
    await bookmarkToggle(firstTab, FIRST.title).waitFor({ timeout: AT_ONCE_MS });
  });
});
