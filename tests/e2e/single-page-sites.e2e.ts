/** On single-page sites the panel follows in-page navigation and never shows the previous paper's entries. */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useE2E, type E2E } from './harness/suite';
import { renderAlphaxivPage } from './pages/alphaxiv';
import { cataloguePaper } from './pages/catalogue';
import { renderHuggingFacePaperPage } from './pages/huggingface';
import { renderOpenReviewForumPage } from './pages/openreview';
import { byName } from './support/paper-page-kinds';
import { servePage, servePagesByQuery } from './support/serve';
import { bookmarkToggle, expandCollapsedPanel, panelFrame, relatedTitles } from './support/views';

const e2e = useE2E();

interface SinglePageSite {
  name: string;
  first: { url: string; title: string };
  second: { url: string; title: string };
  placement: 'inline' | 'floating';
  /** Serves both papers' pages, each able to navigate in-page to the other. */
  serve(e2e: E2E): void;
}

// Each pair is far apart in topic, so neither paper is among the other's related entries and any trace of the
// first paper after navigating is a stale panel.
const [hfFirst, hfSecond] = [cataloguePaper('2307.01163'), cataloguePaper('2305.17126')] as const;
const [axFirst, axSecond] = [cataloguePaper('2404.06001'), cataloguePaper('2408.06396')] as const;
const orFirst = { forumId: 'B1xPq9sYQm', paper: cataloguePaper('2006.04152') };
const orSecond = { forumId: 'Hk7RtZ3aVx', paper: cataloguePaper('2406.08426') };

const SITES: readonly SinglePageSite[] = [
  {
    name: 'Hugging Face',
    first: { url: `https://huggingface.co/papers/${hfFirst.arxivId}`, title: hfFirst.title },
    second: { url: `https://huggingface.co/papers/${hfSecond.arxivId}`, title: hfSecond.title },
    placement: 'inline',
    serve(e2e) {
      servePage(e2e, this.first.url, renderHuggingFacePaperPage(hfFirst, { navigatesTo: [hfSecond] }));
      servePage(e2e, this.second.url, renderHuggingFacePaperPage(hfSecond, { navigatesTo: [hfFirst] }));
    },
  },
  {
    name: 'alphaXiv',
    first: { url: `https://www.alphaxiv.org/abs/${axFirst.arxivId}`, title: axFirst.title },
    second: { url: `https://www.alphaxiv.org/abs/${axSecond.arxivId}`, title: axSecond.title },
    placement: 'floating',
    serve(e2e) {
      servePage(e2e, this.first.url, renderAlphaxivPage(axFirst, { navigatesTo: [axSecond] }));
      servePage(e2e, this.second.url, renderAlphaxivPage(axSecond, { navigatesTo: [axFirst] }));
    },
  },
  {
    name: 'OpenReview',
    first: { url: `https://openreview.net/forum?id=${orFirst.forumId}`, title: orFirst.paper.title },
    second: { url: `https://openreview.net/forum?id=${orSecond.forumId}`, title: orSecond.paper.title },
    placement: 'inline',
    serve(e2e) {
      servePagesByQuery(e2e, 'https://openreview.net/forum', 'id', {
        [orFirst.forumId]: renderOpenReviewForumPage(orFirst, { navigatesTo: [orSecond] }),
        [orSecond.forumId]: renderOpenReviewForumPage(orSecond, { navigatesTo: [orFirst] }),
      });
    },
  },
];

/** The panel's related entries once it names `title`, opening it first where it starts collapsed. */
async function panelEntriesFor(page: Page, site: SinglePageSite, title: string): Promise<string[]> {
  if (site.placement === 'floating') await expandCollapsedPanel(page);
  await bookmarkToggle(page, title).waitFor();
  return relatedTitles(page);
}

/** What the panel shows for `url` on a fresh page load, which is what it must show after navigating there in-page. */
async function entriesOnFreshLoad(site: SinglePageSite, url: string, title: string): Promise<string[]> {
  const page = await e2e.browser.context.newPage();
  await page.goto(url);
  const entries = await panelEntriesFor(page, site, title);
  await page.close();
  return entries;
}

test.each(byName(SITES))('on %s, navigating in-page to another paper and back replaces the panel each time', async (_name, site) => {
  site.serve(e2e);
  const firstEntries = await entriesOnFreshLoad(site, site.first.url, site.first.title);
  const secondEntries = await entriesOnFreshLoad(site, site.second.url, site.second.title);
  expect(secondEntries).not.toContain(site.first.title);
  expect(firstEntries).not.toContain(site.second.title);

  const page = await e2e.browser.context.newPage();
  await page.goto(site.first.url);
  expect(await panelEntriesFor(page, site, site.first.title)).toEqual(firstEntries);

  await page.getByRole('link', { name: 'Next paper' }).click();
  await page.waitForURL(site.second.url);
  expect(await panelEntriesFor(page, site, site.second.title)).toEqual(secondEntries);
  expect(await panelFrame(page).count()).toBe(1);
  expect(await bookmarkToggle(page, site.first.title).count()).toBe(0);

  await page.goBack();
  await page.waitForURL(site.first.url);
  expect(await panelEntriesFor(page, site, site.first.title)).toEqual(firstEntries);
  expect(await panelFrame(page).count()).toBe(1);
  expect(await bookmarkToggle(page, site.second.title).count()).toBe(0);
});
