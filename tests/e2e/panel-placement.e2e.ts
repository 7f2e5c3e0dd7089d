/** Where the panel goes and how it looks: never over the paper's title or abstract, and in the page's colour scheme. */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { renderAbsPage } from './pages/arxiv-abs';
import { cataloguePaper } from './pages/catalogue';
import { renderHuggingFacePaperPage } from './pages/huggingface';
import { renderAr5ivPage } from './pages/latexml';
import { byName, PAPER_PAGE_KINDS } from './support/paper-page-kinds';
import { openServedPage, servePage } from './support/serve';
import { bookmarkToggle, panelFrame, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not laid out on ${page.url()}`);
  return box;
}

/** The panel scheme the panel's own document declares; a styling check, so read from its root element. */
function panelScheme(page: Page): Promise<string | null> {
  return panelFrame(page).contentFrame().locator('html').getAttribute('data-scheme');
}

const INLINE_KINDS = PAPER_PAGE_KINDS.flatMap((kind) => (kind.layout ? [{ ...kind, layout: kind.layout }] : []));

describe('the panel never covers the paper', () => {
  test.each(byName(INLINE_KINDS))('%s: beside or below the title and abstract, never over them', async (_name, kind) => {
    const page = await openServedPage(e2e, kind.url, kind.html);
    await bookmarkToggle(page, kind.title).waitFor();
    await relatedTitles(page);
    // Chromium stops rendering a cross-origin frame below the fold, so the panel learns its full height (the size
    // that could cover something) only once a reader scrolls to it.
    await panelFrame(page).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await panelFrame(page).boundingBox())?.height).toBeGreaterThan(150);

    const frame = (await panelFrame(page).boundingBox())!;
    expect(overlaps(frame, await boxOf(page, kind.layout.title))).toBe(false);
    expect(overlaps(frame, await boxOf(page, kind.layout.abstract))).toBe(false);
  });

  test('on an arXiv PDF it starts as a small tab at the window’s edge', async () => {
    e2e.server.route('arxiv.org', '/pdf/2004.09297', { file: fileURLToPath(new URL('pages/paper.pdf', import.meta.url)) });
    const page = await e2e.browser.context.newPage();
    await page.goto('https://arxiv.org/pdf/2004.09297');
    await relatedPanel(page).getByRole('button', { name: 'Related papers panel', expanded: false }).waitFor();

    const frame = (await panelFrame(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(frame.height).toBeLessThanOrEqual(64);
    expect(frame.width).toBeLessThanOrEqual(viewport.width / 3);
    expect(frame.x + frame.width).toBeGreaterThan(viewport.width - 64);
  });
});

describe('the panel takes the page’s colour scheme', () => {
  test('light on arXiv', async () => {
    const paper = cataloguePaper('2211.05344');
    const page = await openServedPage(e2e, `https://arxiv.org/abs/${paper.arxivId}`, renderAbsPage(paper));
    await bookmarkToggle(page, paper.title).waitFor();
    expect(await panelScheme(page)).toBe('light');
  });

  test('dark on Hugging Face in dark mode', async () => {
    const paper = cataloguePaper('2310.17271');
    const page = await openServedPage(e2e, `https://huggingface.co/papers/${paper.arxivId}`, renderHuggingFacePaperPage(paper, { scheme: 'dark' }));
    await bookmarkToggle(page, paper.title).waitFor();
    expect(await panelScheme(page)).toBe('dark');
  });

  test('dark on ar5iv when the reader chose its dark theme', async () => {
    const paper = cataloguePaper('2012.00413');
    const url = `https://ar5iv.labs.arxiv.org/html/${paper.arxivId}`;
    servePage(e2e, url, renderAr5ivPage(paper));
    const page = await e2e.browser.context.newPage();
    // What ar5iv's own theme toggle stores; its page script reads it before the first paint.
    await page.addInitScript(() => localStorage.setItem('ar5iv_theme', 'dark'));
    await page.goto(url);
    await bookmarkToggle(page, paper.title).waitFor();
    expect(await panelScheme(page)).toBe('dark');
  });
});
