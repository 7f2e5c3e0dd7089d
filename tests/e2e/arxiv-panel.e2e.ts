/** The related-papers panel on arXiv abstract pages, in the real extension. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { cataloguePaper, PAPER_OUTSIDE_CATALOGUE } from './pages/catalogue';
import { openAbstractPage, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');
const SCREENSHOT = fileURLToPath(new URL('./screenshots/panel-on-arxiv.png', import.meta.url));

describe('on an arXiv abstract page', () => {
  test('the panel appears beside the abstract with related catalogue papers, never the page’s own', async () => {
    const page = await openAbstractPage(e2e, LERT);
    const panel = relatedPanel(page);

    const titles = await relatedTitles(page);
    expect(titles).toHaveLength(5);
    expect(titles).not.toContain(LERT.title);
    await panel.getByRole('button', { name: `Bookmark: ${LERT.title}`, pressed: false }).waitFor();
    expect(await panel.getByText(/^Shares: /).count()).toBe(5);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: SCREENSHOT });
  });

  test('the panel sits in arXiv’s side column and leaves the abstract where it was', async () => {
    const page = await openAbstractPage(e2e, LERT);
    await relatedTitles(page);
    const frame = await page.getByTitle('Sidenote: related papers').boundingBox();
    const abstract = await page.locator('blockquote.abstract').boundingBox();
    const sideColumn = await page.locator('.extra-services').boundingBox();
    expect(frame && abstract && sideColumn).toBeTruthy();
    expect(frame!.x).toBeGreaterThanOrEqual(sideColumn!.x);
    expect(frame!.x).toBeGreaterThanOrEqual(abstract!.x + abstract!.width);
    expect(frame!.height).toBeGreaterThan(150);
  });

  test('a versioned URL of a paper outside the catalogue gets a panel naming that paper', async () => {
    const paper = PAPER_OUTSIDE_CATALOGUE;
    const page = await openAbstractPage(e2e, paper, `/abs/${paper.arxivId}v2`);
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${paper.title}` }).waitFor();
    expect((await relatedTitles(page)).length).toBeGreaterThan(0);
  });

  test('collapsing the panel hides its entries, and the next page remembers it', async () => {
    const page = await openAbstractPage(e2e, LERT);
    await relatedTitles(page);
    const toggle = relatedPanel(page).getByRole('button', { name: 'Related papers panel' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await relatedPanel(page).getByRole('link').count()).toBe(0);

    const next = await openAbstractPage(e2e, cataloguePaper('2004.09297'));
    const nextToggle = relatedPanel(next).getByRole('button', { name: 'Related papers panel' });
    await nextToggle.waitFor();
    expect(await nextToggle.getAttribute('aria-expanded')).toBe('false');
    await nextToggle.click();
    expect(await relatedTitles(next)).toHaveLength(5);
  });
});
