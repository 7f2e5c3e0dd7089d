/** By default Sidenote sends nothing of its own over the network, apart from the same-origin abstract fetch on a PDF of an unknown paper. */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { renderAbsPage } from './pages/arxiv-abs';
import { cataloguePaper, PAPER_OUTSIDE_CATALOGUE } from './pages/catalogue';
import { renderHuggingFacePaperPage } from './pages/huggingface';
import { openOptions } from './support/extension-pages';
import { recordRequests, type SeenRequest } from './support/request-log';
import { bookmarkToggle, expandCollapsedPanel, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const PDF_FILE = fileURLToPath(new URL('pages/paper.pdf', import.meta.url));
const LERT = cataloguePaper('2211.05344');
const MPNET = cataloguePaper('2004.09297');
const PLASTICITY = cataloguePaper('2307.01163');
const HUGGING_FACE_PAPER = cataloguePaper('2310.17271');
const OUTSIDE = PAPER_OUTSIDE_CATALOGUE;
/** The one request Sidenote may make itself: the abstract of a paper it does not know, from the arXiv site the PDF is on. */
const ALLOWED_OWN_REQUEST = `https://arxiv.org/abs/${OUTSIDE.arxivId}`;
/** Chromium's built-in PDF viewer, a component extension with a fixed id. */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

test('browsing, searching, bookmarking and exporting send no request of Sidenote’s own', async () => {
  const visited = new Set<string>();
  const visit = async (url: string, route: Parameters<typeof e2e.server.route>[2]): Promise<Page> => {
    e2e.server.route(new URL(url).hostname, new URL(url).pathname, route);
    visited.add(url);
    const page = await e2e.browser.context.newPage();
    await page.goto(url);
    return page;
  };
  const bookmark = async (page: Page, title: string) => {
    await bookmarkToggle(page, title).click();
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${title}`, exact: true, pressed: true }).waitFor();
  };

  const log = recordRequests(e2e.browser.context);
  // Stopped now, the background starts again under the recorder, so its wake-up (catalogue, index) is recorded too,
  // as far as DevTools attaches to the new worker before its first fetch.
  await e2e.browser.stopServiceWorker();

  const abstractPage = await visit(`https://arxiv.org/abs/${LERT.arxivId}`, { html: renderAbsPage(LERT) });
  await relatedTitles(abstractPage);
  await bookmark(abstractPage, LERT.title);

  const cataloguePdf = await visit(`https://arxiv.org/pdf/${MPNET.arxivId}`, { file: PDF_FILE });
  await expandCollapsedPanel(cataloguePdf);
  await bookmark(cataloguePdf, MPNET.title);

  e2e.server.route('arxiv.org', `/abs/${OUTSIDE.arxivId}`, { html: renderAbsPage(OUTSIDE) });
  const unknownPdf = await visit(`https://arxiv.org/pdf/${OUTSIDE.arxivId}v2`, { file: PDF_FILE });
  await expandCollapsedPanel(unknownPdf);
  await bookmarkToggle(unknownPdf, OUTSIDE.title).waitFor();

  const huggingFace = await visit(`https://huggingface.co/papers/${HUGGING_FACE_PAPER.arxivId}`, { html: renderHuggingFacePaperPage(HUGGING_FACE_PAPER) });
  await relatedTitles(huggingFace);

  const popup = await e2e.browser.openPopup();
  await popup.getByRole('searchbox', { name: 'Search papers' }).fill('plastcity');
  const results = popup.getByRole('tabpanel', { name: 'Search' });
  await results.getByRole('button', { name: `Bookmark: ${PLASTICITY.title}`, exact: true }).click();
  await results.getByRole('button', { name: `Bookmark: ${PLASTICITY.title}`, pressed: true }).waitFor();

  const options = await openOptions(e2e.browser);
  for (const format of ['JSON', 'BibTeX']) {
    await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: `Export ${format}` }).click()]);
  }
  // Anything the background does on its own (alarms, sync) after the last action gets a moment to show.
  await options.waitForTimeout(500);
  // A request the test makes from the background itself, to prove the log hears that context at all.
  const probe = e2e.browser.extensionUrl('manifest.json');
  await (await e2e.browser.serviceWorker()).evaluate(async (url) => (await fetch(url)).ok, probe);
  log.stop();

  const pdfViewerFile = ({ url, initiatorUrl }: SeenRequest) =>
    url.startsWith('chrome://') || initiatorUrl.startsWith(PDF_VIEWER) ? 'files of Chromium’s PDF viewer, read from the browser itself' : undefined;
  console.log(`Requests the browser made (${log.requests.length}):\n${log.describe(pdfViewerFile)}`);
  const serverLog = e2e.server.requests.map(({ method, host, path }) => `${method} https://${host}${path}`);
  console.log(`Requests the e2e server received (${serverLog.length}):\n${serverLog.map((line) => `  ${line}`).join('\n')}`);

  const isAllowed = ({ url, initiatorUrl }: SeenRequest) => {
    const { protocol, origin } = new URL(url);
    // The browser answers these from its own files and memory, never from the network.
    if (['chrome-extension:', 'chrome:', 'blob:', 'data:'].includes(protocol)) return true;
    if (visited.has(url)) return true;
    return url === ALLOWED_OWN_REQUEST && initiatorUrl === `https://arxiv.org/pdf/${OUTSIDE.arxivId}v2` && origin === new URL(initiatorUrl).origin;
  };
  expect(log.requests.filter((request) => !isAllowed(request))).toEqual([]);
  expect(log.requests.filter((request) => request.failure !== undefined)).toEqual([]);
  // The catalogue paper's PDF was named from the catalogue, not from its abstract page.
  expect(serverLog).not.toContain(`GET https://arxiv.org/abs/${MPNET.arxivId}`);
  expect(serverLog.filter((line) => line === `GET ${ALLOWED_OWN_REQUEST}`)).toHaveLength(1);
  // Nothing reached the server that the browser-side log did not see, so no context escaped it.
  const seenByBrowser = new Set(log.requests.map(({ method, url }) => `${method} ${url}`));
  // Favicons are the one exception: the browser fetches them for the tab strip, outside any page's DevTools view.
  const visitedFavicons = new Set([...visited].map((url) => `GET ${new URL(url).origin}/favicon.ico`));
  expect(serverLog.filter((line) => !seenByBrowser.has(line) && !visitedFavicons.has(line))).toEqual([]);
  expect(log.requests.filter(({ url, initiator }) => url === probe && initiator.startsWith('service worker '))).toHaveLength(1);
});

test('(the recorder itself hears the background reach for another host, and sees it fail)', async () => {
  const log = recordRequests(e2e.browser.context);
  const worker = await e2e.browser.serviceWorker();
  const outcome = await worker.evaluate(() => fetch('https://tracker.invalid/beacon').then(() => 'answered', (error: unknown) => String(error)));
  log.stop();
  expect(outcome).toMatch(/TypeError: Failed to fetch/);
  expect(log.requests).toEqual([
    expect.objectContaining({ url: 'https://tracker.invalid/beacon', initiator: expect.stringMatching(/^service worker /), failure: 'net::ERR_NAME_NOT_RESOLVED' }),
  ]);
});
