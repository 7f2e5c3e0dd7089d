/** Smoke test of the e2e harness against the real build: worker, host mapping over TLS, request log, restart. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renderAbsPage } from './pages/arxiv-abs';
import { renderListingPage } from './pages/arxiv-listing';
import { cataloguePaper, PAPER_OUTSIDE_CATALOGUE, readCatalogue } from './pages/catalogue';
import { useE2E } from './harness/suite';
import { sendProtocolMessage } from './support/extension-pages';
import { measureColdWorkerUnattended } from '../bench/browser/cold-worker-stage';
import { bundledSeedPapers } from '../bench/papers';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');

describe('the built extension', () => {
  test('starts its service worker, and the extension id comes from it', async () => {
    const worker = await e2e.browser.serviceWorker();
    expect(e2e.browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(worker.url().startsWith(e2e.browser.extensionUrl(''))).toBe(true);
    expect(await worker.evaluate(() => location.host)).toBe(e2e.browser.extensionId);
  });

  test('has its worker back after a restart on the same profile', async () => {
    const page = await e2e.browser.context.newPage();
    e2e.server.route('arxiv.org', '/abs/2211.05344', { html: renderAbsPage(LERT) });
    await page.goto('https://arxiv.org/abs/2211.05344');
    await page.evaluate(() => localStorage.setItem('kept', 'across restarts'));
    const extensionId = e2e.browser.extensionId;

    await e2e.browser.restart();

    const worker = await e2e.browser.serviceWorker();
    expect(await worker.evaluate(() => location.host)).toBe(extensionId);
    const reopened = await e2e.browser.context.newPage();
    await reopened.goto('https://arxiv.org/abs/2211.05344');
    expect(await reopened.evaluate(() => localStorage.getItem('kept'))).toBe('across restarts');
  });

  test('can have its service worker stopped', async () => {
    await e2e.browser.stopServiceWorker();
  });

  test('lends its profile to a browser no debugger attaches to, whose woken worker answers from its stored index', async () => {
    const papers = bundledSeedPapers().slice(0, 2);
    const popup = await e2e.browser.openPopup();
    await sendProtocolMessage(popup, 'relatedPapers', { paper: papers[0], limit: 5 });
    await popup.close();

    const cold = await e2e.browser.whileClosed((profile) => measureColdWorkerUnattended(profile, e2e.browser.extensionId, papers));

    expect(cold.failures).toEqual([]);
    expect(cold.samplesMs).toHaveLength(2);
    expect(cold.indexLoads).toEqual(['snapshot', 'snapshot']);
    expect(cold.heapMB).toBeGreaterThan(0);
    const worker = await e2e.browser.serviceWorker();
    expect(await worker.evaluate(() => location.host)).toBe(e2e.browser.extensionId);
  });
});

describe('pages under their real hostnames', () => {
  test('serves a catalogue paper as https://arxiv.org/abs/ID with our certificate', async () => {
    e2e.server.route('arxiv.org', '/abs/2211.05344', { html: renderAbsPage(LERT) });
    const page = await e2e.browser.context.newPage();

    const response = await page.goto('https://arxiv.org/abs/2211.05344');

    expect(response?.status()).toBe(200);
    expect((await response?.securityDetails())?.subjectName).toBe('arxiv.org');
    expect(await page.title()).toBe('[2211.05344] LERT: A Linguistically-motivated Pre-trained Language Model');
    expect(e2e.server.requests).toContainEqual({ method: 'GET', host: 'arxiv.org', path: '/abs/2211.05344' });
  });

  test('escapes a paper outside the catalogue into arXiv markup, metadata intact', async () => {
    const paper = { ...PAPER_OUTSIDE_CATALOGUE, title: `${PAPER_OUTSIDE_CATALOGUE.title} <i>&</i> "quotes"` };
    expect(readCatalogue().some((entry) => entry.arxivId === paper.arxivId || entry.title === PAPER_OUTSIDE_CATALOGUE.title)).toBe(false);
    e2e.server.route('arxiv.org', `/abs/${paper.arxivId}`, { html: renderAbsPage(paper) });
    const page = await e2e.browser.context.newPage();

    await page.goto(`https://arxiv.org/abs/${paper.arxivId}`);

    const meta = (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
    expect(await meta('citation_title')).toEqual([paper.title]);
    expect(await meta('citation_author')).toEqual(['Lovelace, Ada Q.', 'Hopper, Grace', 'Turing, Alan M.']);
    expect(await meta('citation_arxiv_id')).toEqual([paper.arxivId]);
    expect(await meta('citation_date')).toEqual(['2025/02/14']);
    expect(await page.locator('h1.title').innerText()).toBe(paper.title);
    expect(await page.locator('div.authors a').allInnerTexts()).toEqual(paper.authors);
    expect(await page.locator('div.extra-services').isVisible()).toBe(true);
  });

  test('serves an arXiv listing page whose entries link to abstract pages', async () => {
    const papers = readCatalogue().slice(0, 3).map((entry) => cataloguePaper(entry.arxivId ?? ''));
    e2e.server.route('arxiv.org', '/list/cs.CL/recent', { html: renderListingPage('cs.CL', papers) });
    const page = await e2e.browser.context.newPage();

    await page.goto('https://arxiv.org/list/cs.CL/recent');

    const ids = await page.locator('dl#articles dt a[title="Abstract"]').allInnerTexts();
    expect(ids.map((text) => text.trim())).toEqual(papers.map((paper) => `arXiv:${paper.arxivId}`));
  });

  test('serves a file with the content type of its extension, such as a PDF', async () => {
    e2e.server.route('arxiv.org', '/pdf/2211.05344', { file: fileURLToPath(new URL('pages/paper.pdf', import.meta.url)) });
    const page = await e2e.browser.context.newPage();

    const response = await page.goto('https://arxiv.org/pdf/2211.05344');

    expect(response?.headers()['content-type']).toBe('application/pdf');
    // Chrome's PDF viewer stands in for the document, so read the bytes as the page's own origin sees them.
    expect(await page.evaluate(async () => (await fetch(location.href)).text())).toMatch(/^%PDF-1\.4\n/);
  });

  test('answers unknown paths with 404 and never reaches hosts it does not impersonate', async () => {
    const page = await e2e.browser.context.newPage();

    const missing = await page.goto('https://export.arxiv.org/api/query?id_list=2211.05344');

    expect(missing?.status()).toBe(404);
    expect(e2e.server.requests).toContainEqual({ method: 'GET', host: 'export.arxiv.org', path: '/api/query?id_list=2211.05344' });
    await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  });
});
