/** The panel names the paper a page shows, on every kind of paper page and on arXiv PDFs, in the real extension. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { renderAbsPage } from './pages/arxiv-abs';
import type { ArxivPaperRecord } from './pages/arxiv-site';
import { cataloguePaper, PAPER_OUTSIDE_CATALOGUE, readCatalogue } from './pages/catalogue';
import { OLD_STYLE_ID_PAPER } from './pages/papers-outside-catalogue';
import { byName, PAPER_PAGE_KINDS } from './support/paper-page-kinds';
import { openServedPage, requestCount } from './support/serve';
import { bookmarkToggle, expandCollapsedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const PDF_FILE = fileURLToPath(new URL('pages/paper.pdf', import.meta.url));
const MPNET = cataloguePaper('2004.09297');

/** Opens `path` on arxiv.org served as a PDF, which Chromium shows in its PDF viewer. */
async function openPdf(path: string) {
  e2e.server.route('arxiv.org', path, { file: PDF_FILE });
  const page = await e2e.browser.context.newPage();
  await page.goto(`https://arxiv.org${path}`);
  return page;
}

describe('on every kind of paper page', () => {
  test.each(byName(PAPER_PAGE_KINDS))('%s: the panel names the page’s paper and relates others to it', async (_name, kind) => {
    const page = await openServedPage(e2e, kind.url, kind.html);
    if (kind.placement === 'floating') await expandCollapsedPanel(page);

    await bookmarkToggle(page, kind.title).waitFor();
    const related = await relatedTitles(page);
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain(kind.title);
  });
});

describe('on an arXiv PDF', () => {
  test.each(['/pdf/2004.09297', '/pdf/2004.09297v2.pdf'])('%s of a catalogue paper: the collapsed panel opens on that paper, with nothing fetched', async (path) => {
    const page = await openPdf(path);
    await expandCollapsedPanel(page);

    await bookmarkToggle(page, MPNET.title).waitFor();
    expect(await relatedTitles(page)).not.toContain(MPNET.title);
    expect(requestCount(e2e, 'arxiv.org', `/abs/${MPNET.arxivId}`)).toBe(0);
  });

  const outsideCatalogue: { name: string; paper: ArxivPaperRecord; path: string }[] = [
    { name: 'new-style', paper: PAPER_OUTSIDE_CATALOGUE, path: `/pdf/${PAPER_OUTSIDE_CATALOGUE.arxivId}v2` },
    { name: 'old-style', paper: OLD_STYLE_ID_PAPER, path: `/pdf/${OLD_STYLE_ID_PAPER.arxivId}v1` },
  ];
  test.each(byName(outsideCatalogue))('%s id outside the catalogue: the paper is read from its abstract page once, then remembered', async (_name, { paper, path }) => {
    expect(readCatalogue().some((entry) => entry.arxivId === paper.arxivId)).toBe(false);
    const abstractPath = `/abs/${paper.arxivId}`;
    e2e.server.route('arxiv.org', abstractPath, { html: renderAbsPage(paper) });

    const first = await openPdf(path);
    await expandCollapsedPanel(first);
    await bookmarkToggle(first, paper.title).waitFor();
    expect(requestCount(e2e, 'arxiv.org', abstractPath)).toBe(1);
    await first.close();

    const second = await openPdf(path);
    await expandCollapsedPanel(second);
    await bookmarkToggle(second, paper.title).waitFor();
    expect(requestCount(e2e, 'arxiv.org', abstractPath)).toBe(1);
    // Only the site the reader is on learns which paper is open.
    expect(new Set(e2e.server.requests.map((request) => request.host))).toEqual(new Set(['arxiv.org']));
  });
});
