/** axe-core finds no serious or critical problem in the panel, popup or settings page, and all of them work by keyboard alone. */
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { renderAbsPage } from './pages/arxiv-abs';
import { cataloguePaper } from './pages/catalogue';
import { renderHuggingFacePaperPage } from './pages/huggingface';
import { blockingAxeViolations } from './support/axe';
import { openOptions, sendProtocolMessage } from './support/extension-pages';
import { openServedPage } from './support/serve';
import { openAbstractPage, panelFrame, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');
const MPNET = cataloguePaper('2004.09297');

beforeAll(async () => {
  // The Bookmarks tab and the settings page only render their lists when there is something in them.
  const popup = await e2e.browser.openPopup();
  const mpnet = await sendProtocolMessage(popup, 'paperByKey', { key: MPNET.arxivId });
  await sendProtocolMessage(popup, 'toggleBookmark', { paper: mpnet });
  await sendProtocolMessage(popup, 'updateBookmark', { key: MPNET.arxivId, patch: { tags: ['to read'], note: 'Compare with XLNet.' } });
  await popup.close();
});

/** The panel's document, where its own keyboard focus and axe run, once its entries (if open) have loaded. */
async function panelDocument(page: Page): Promise<Frame> {
  const collapse = relatedPanel(page).getByRole('button', { name: 'Related papers panel' });
  if ((await collapse.getAttribute('aria-expanded')) === 'true') await relatedTitles(page);
  const frame = await (await panelFrame(page).elementHandle())?.contentFrame();
  if (!frame) throw new Error('The panel frame has no document');
  return frame;
}

/** The accessible name of what has keyboard focus in `frame`, or null when focus is not in it. */
function focusedName(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    const focused = document.hasFocus() ? document.activeElement : null;
    if (!focused || focused === document.body) return null;
    return focused.getAttribute('aria-label') ?? focused.textContent?.trim() ?? focused.tagName;
  });
}

/** Presses `key` until the control named `name` in `frame` has focus; fails after `limit` presses. */
async function pressUntilFocused(page: Page, frame: Frame, key: 'Tab' | 'Shift+Tab', name: string, limit = 200): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if ((await focusedName(frame)) === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached “${name}” in ${limit} presses`);
}

/** The searchbox, focused when the popup opens, so typing needs no click. */
async function popupSearchBox(popup: Page) {
  const box = popup.getByRole('searchbox', { name: 'Search papers' });
  await popup.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Search papers');
  return box;
}

describe('axe-core finds no serious or critical violation', () => {
  test('(the check itself fails a page with an unnamed button and an image without text)', async () => {
    e2e.server.route('arxiv.org', '/inaccessible', { html: '<!doctype html><html lang="en"><title>x</title><main><h1>x</h1><button></button><img src="/x.png"></main>' });
    const page = await e2e.browser.context.newPage();
    await page.goto('https://arxiv.org/inaccessible');
    const rules = (await blockingAxeViolations('a deliberately inaccessible page', page)).map((finding) => finding.rule);
    expect(rules.sort()).toEqual(['button-name', 'image-alt']);
  });

  test('in the panel on an arXiv abstract page', async () => {
    const page = await openAbstractPage(e2e, LERT);
    expect(await blockingAxeViolations('panel', await panelDocument(page))).toEqual([]);
  });

  test('in the panel in its dark colours, on a dark Hugging Face page', async () => {
    const paper = cataloguePaper('2310.17271');
    const page = await openServedPage(e2e, `https://huggingface.co/papers/${paper.arxivId}`, renderHuggingFacePaperPage(paper, { scheme: 'dark' }));
    const frame = await panelDocument(page);
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(await blockingAxeViolations('panel, dark', frame)).toEqual([]);
  });

  test('in the panel collapsed at the window’s edge, on an arXiv PDF', async () => {
    e2e.server.route('arxiv.org', `/pdf/${MPNET.arxivId}`, { file: fileURLToPath(new URL('pages/paper.pdf', import.meta.url)) });
    const page = await e2e.browser.context.newPage();
    await page.goto(`https://arxiv.org/pdf/${MPNET.arxivId}`);
    await relatedPanel(page).getByRole('button', { name: 'Related papers panel', expanded: false }).waitFor();
    expect(await blockingAxeViolations('panel, collapsed on a PDF', await panelDocument(page))).toEqual([]);
  });

  test('in the popup, on the Search tab with results and on the Bookmarks tab', async () => {
    const popup = await e2e.browser.openPopup();
    await (await popupSearchBox(popup)).fill('masked language model');
    await popup.getByRole('tabpanel', { name: 'Search' }).getByRole('link').first().waitFor();
    const searchTab = await blockingAxeViolations('popup, Search tab with results', popup);

    await popup.getByRole('tab', { name: 'Bookmarks' }).click();
    await popup.getByRole('tabpanel', { name: 'Bookmarks' }).getByRole('link', { name: MPNET.title }).waitFor();
    const bookmarksTab = await blockingAxeViolations('popup, Bookmarks tab', popup);

    expect({ searchTab, bookmarksTab }).toEqual({ searchTab: [], bookmarksTab: [] });
  });

  test('on the settings page, with its bookmark list and with an import preview', async () => {
    const options = await openOptions(e2e.browser);
    await options.getByRole('link', { name: MPNET.title }).waitFor();
    const withBookmarks = await blockingAxeViolations('options, bookmark list', options);

    const bibtex = [
      `@misc{lert, title = {${LERT.title}}, author = {Cui, Yiming}, eprint = {${LERT.arxivId}}, archivePrefix = {arXiv}}`,
      '@misc{untitled, author = {Nobody, Anne}}',
    ].join('\n');
    await options.getByLabel('Import bookmarks').setInputFiles({ name: 'mine.bib', mimeType: 'text/plain', buffer: Buffer.from(bibtex) });
    const preview = options.getByRole('region', { name: 'Import preview: mine.bib' });
    await preview.getByRole('button', { name: 'Import 1 bookmark' }).waitFor();
    const withPreview = await blockingAxeViolations('options, import preview', options);

    expect({ withBookmarks, withPreview }).toEqual({ withBookmarks: [], withPreview: [] });
  });
});

describe('by keyboard alone', () => {
  test('Tab walks the panel’s controls in order, and Enter and Space work them', async () => {
    const page = await openAbstractPage(e2e, LERT);
    const frame = await panelDocument(page);
    const related = await relatedTitles(page);
    const firstRelated = related[0]!;

    await pressUntilFocused(page, frame, 'Tab', 'Related papers panel');
    const walk: string[] = [];
    for (let name = await focusedName(frame); name !== null; name = await focusedName(frame)) {
      walk.push(name);
      await page.keyboard.press('Tab');
    }
    expect(walk).toEqual([
      'Related papers panel',
      'Hide Sidenote on arxiv.org',
      `Bookmark: ${LERT.title}`,
      ...related.flatMap((title) => [title, `Bookmark: ${title}`]),
    ]);

    // Back in from the page below, as a reader who overshot would come.
    await pressUntilFocused(page, frame, 'Shift+Tab', `Bookmark: ${firstRelated}`);
    const star = relatedPanel(page).getByRole('button', { name: `Bookmark: ${firstRelated}`, exact: true });
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${firstRelated}`, pressed: true }).waitFor();
    await page.keyboard.press('Enter');
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${firstRelated}`, pressed: false }).waitFor();

    await pressUntilFocused(page, frame, 'Shift+Tab', `Bookmark: ${LERT.title}`);
    await page.keyboard.press('Space');
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${LERT.title}`, pressed: true }).waitFor();

    await pressUntilFocused(page, frame, 'Shift+Tab', 'Related papers panel');
    await page.keyboard.press('Enter');
    await relatedPanel(page).getByRole('button', { name: 'Related papers panel', expanded: false }).waitFor();
    expect(await relatedPanel(page).getByRole('link').count()).toBe(0);
    await page.keyboard.press('Space');
    await relatedPanel(page).getByRole('button', { name: 'Related papers panel', expanded: true }).waitFor();

    const firstLink = relatedPanel(page).getByRole('link', { name: firstRelated, exact: true });
    const target = await firstLink.getAttribute('href');
    expect(target).toMatch(/^https:\/\/arxiv\.org\/abs\//);
    e2e.server.route('arxiv.org', new URL(target!).pathname, { html: '<title>Next paper</title>' });
    await pressUntilFocused(page, frame, 'Tab', firstRelated);
    await page.keyboard.press('Enter');
    await page.waitForURL(target!);
  });

  test('in the popup, typing, ArrowDown and Enter open the highlighted paper in a new tab', async () => {
    const popup = await e2e.browser.openPopup();
    await popupSearchBox(popup);
    await popup.keyboard.type('linguistically-moti');
    const results = popup.getByRole('tabpanel', { name: 'Search' }).getByRole('listitem');
    await results.first().getByRole('link', { name: LERT.title }).waitFor();

    await popup.keyboard.press('ArrowDown');
    const highlighted = await results.first().getAttribute('id');
    expect(await results.first().getAttribute('aria-current')).toBe('true');
    expect(await popup.getByRole('searchbox', { name: 'Search papers' }).getAttribute('aria-activedescendant')).toBe(highlighted);

    e2e.server.route('arxiv.org', `/abs/${LERT.arxivId}`, { html: renderAbsPage(LERT) });
    // Opened as a tab of its own, the popup has no reader's tab to steer, so the paper opens in a new one.
    const opened = e2e.browser.context.waitForEvent('page');
    const popupClosed = popup.waitForEvent('close');
    // The popup closes itself once the paper opens, which can end the key press before Playwright hears back.
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    await (await opened).waitForURL(`https://arxiv.org/abs/${LERT.arxivId}`);
    await popupClosed;
  });

  test('in the popup, the arrow keys on the tablist reach the Bookmarks tab', async () => {
    const popup = await e2e.browser.openPopup();
    await popupSearchBox(popup);
    const searchTab = popup.getByRole('tab', { name: 'Search' });
    const bookmarksTab = popup.getByRole('tab', { name: 'Bookmarks' });

    // The tabs come before the search box, and only the selected tab is in the Tab order.
    await popup.keyboard.press('Shift+Tab');
    expect(await searchTab.evaluate((tab) => tab === document.activeElement)).toBe(true);
    await popup.keyboard.press('ArrowRight');
    expect(await bookmarksTab.evaluate((tab) => tab === document.activeElement)).toBe(true);
    expect(await bookmarksTab.getAttribute('aria-selected')).toBe('true');
    await popup.getByRole('tabpanel', { name: 'Bookmarks' }).getByRole('link', { name: MPNET.title }).waitFor();
    expect(await popup.getByRole('tabpanel', { name: 'Search' }).isHidden()).toBe(true);

    await popup.keyboard.press('ArrowLeft');
    expect(await searchTab.getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('End');
    expect(await bookmarksTab.getAttribute('aria-selected')).toBe('true');
  });
});
