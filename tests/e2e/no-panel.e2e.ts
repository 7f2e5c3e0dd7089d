/** No panel where a page shows many papers or none: arXiv listings and search results, paper sites' home pages. */
import { expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { renderListingPage } from './pages/arxiv-listing';
import { renderSearchPage } from './pages/arxiv-search';
import { cataloguePaper } from './pages/catalogue';
import { renderHuggingFaceHomePage } from './pages/huggingface';
import { openServedPage } from './support/serve';
import { panelFramesAfter } from './support/views';

const e2e = useE2E();
const LISTED = ['2211.05344', '2004.09297', '2110.06696'].map(cataloguePaper);

/**
 * On a page that is no paper the content script keeps watching the DOM for up to 8 s (lib/content/detect-when-ready.ts)
 * in case a single-page site is still rendering one, so a wrongly shown panel could appear that late.
 */
const DETECTION_GIVES_UP_AFTER_MS = 8000;

test('an arXiv listing gets its badges and no panel', async () => {
  const page = await openServedPage(e2e, 'https://arxiv.org/list/cs.CL/recent', renderListingPage('cs.CL', LISTED));
  // The badges (closed shadow roots, so found by their host element) show the content script has finished with the page.
  await page.locator('sidenote-badge').first().waitFor({ state: 'attached' });
  expect(await page.locator('sidenote-badge').count()).toBe(LISTED.length);

  expect(await panelFramesAfter(page, 1500)).toBe(0);
});

test('arXiv search results and the Hugging Face home page get no panel, however long one waits', async () => {
  const pages = await Promise.all([
    openServedPage(e2e, 'https://arxiv.org/search/?query=pre-trained+language+models&searchtype=all', renderSearchPage('pre-trained language models', LISTED)),
    openServedPage(e2e, 'https://huggingface.co/', renderHuggingFaceHomePage(LISTED)),
  ]);

  const frames = await Promise.all(pages.map((page) => panelFramesAfter(page, DETECTION_GIVES_UP_AFTER_MS + 1000)));

  expect(frames).toEqual([0, 0]);
});
