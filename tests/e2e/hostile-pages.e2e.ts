/** Pages that attack Sidenote: payloads in paper text never run, huge fields are cut, fighting pages stay working, spying pages learn nothing. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { cataloguePaper } from './pages/catalogue';
import {
  hugePaper, PANEL_FIGHTS, PAYLOAD_PAPER, PAYLOAD_PAPER_SHOWN_TITLE, PWNED_FLAG, renderFightingPage, renderPayloadPage, type PanelFight,
} from './pages/hostile';
import { renderAbsPage } from './pages/arxiv-abs';
import { openOptions, sendProtocolMessage } from './support/extension-pages';
import { openServedPage } from './support/serve';
import { bookmarkToggle, panelFrame, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');
const ARXIV_LINK = /^https:\/\/arxiv\.org\//;
/** Long enough for Sidenote to have mounted (or given up on) its panel on a page that fights it. */
const PANEL_SETTLE_MS = 3_000;

/** Uncaught errors in `page`, and console errors from Sidenote's scripts in it, recorded from the moment it opens. */
function watchForTrouble(page: Page) {
  const trouble = { pageErrors: [] as string[], extensionConsoleErrors: [] as string[] };
  page.on('pageerror', (error) => trouble.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /chrome-extension:|sidenote/i.test(`${message.text()} ${message.location().url}`)) {
      trouble.extensionConsoleErrors.push(message.text());
    }
  });
  return trouble;
}

async function openWatched(url: string, html: string) {
  const page = await e2e.browser.context.newPage();
  const trouble = watchForTrouble(page);
  e2e.server.route(new URL(url).hostname, new URL(url).pathname, { html });
  await page.goto(url);
  return { page, trouble };
}

/** The payload flag in every frame of `page` (the page itself, the panel's frame): undefined unless a payload ran. */
async function payloadFlags(page: Page): Promise<unknown[]> {
  return Promise.all(page.frames().map((frame) => frame.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG)));
}

/** Every link target in every frame of `page`, with elements carrying inline event handlers counted. */
async function linksAndHandlers(page: Page): Promise<{ hrefs: string[]; handlers: number }> {
  const perFrame = await Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(() => ({
        hrefs: Array.from(document.querySelectorAll('a'), (link) => link.getAttribute('href') ?? '(none)'),
        handlers: document.querySelectorAll('[onerror], [onload], img[src="x"]').length,
      })),
    ),
  );
  return { hrefs: perFrame.flatMap((frame) => frame.hrefs), handlers: perFrame.reduce((sum, frame) => sum + frame.handlers, 0) };
}

function panelDocument(page: Page) {
  const frame = page.frames().find((candidate) => candidate.url().startsWith('chrome-extension://'));
  if (!frame) throw new Error('No panel frame in the page');
  return frame;
}

describe('a page whose paper text carries script payloads', () => {
  test('the panel, popup and options page show the text literally, run nothing, and link only to arxiv.org', async () => {
    // Every tab opened from here on, popup and options included, records dialogs from its very first script.
    const dialogs: string[] = [];
    const recordDialogs = (opened: Page) =>
      opened.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    e2e.browser.context.on('page', recordDialogs);
    const { page } = await openWatched(`https://arxiv.org/abs/${PAYLOAD_PAPER.arxivId}`, renderPayloadPage());
    const toggle = bookmarkToggle(page, PAYLOAD_PAPER_SHOWN_TITLE);
    await toggle.waitFor();
    expect((await relatedTitles(page)).length).toBeGreaterThan(0);
    await toggle.click();
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${PAYLOAD_PAPER_SHOWN_TITLE}`, exact: true, pressed: true }).waitFor();

    const panel = await linksAndHandlers(page);
    const panelHrefs = await panelDocument(page).evaluate(() => Array.from(document.querySelectorAll('a'), (link) => link.getAttribute('href') ?? '(none)'));
    expect(panelHrefs.length).toBeGreaterThan(0);
    for (const href of panelHrefs) expect(href).toMatch(ARXIV_LINK);
    expect(panel.handlers).toBe(0);

    const popup = await e2e.browser.openPopup();
    await popup.getByRole('searchbox', { name: 'Search papers' }).fill('Quokka');
    const found = popup.getByRole('tabpanel', { name: 'Search' }).getByRole('link', { name: PAYLOAD_PAPER_SHOWN_TITLE, exact: true });
    await found.waitFor();
    await popup.getByRole('tab', { name: 'Bookmarks' }).click();
    await popup.getByRole('tabpanel', { name: 'Bookmarks' }).getByRole('link', { name: PAYLOAD_PAPER_SHOWN_TITLE, exact: true }).waitFor();
    const popupLinks = await linksAndHandlers(popup);
    for (const href of popupLinks.hrefs) expect(href).toMatch(ARXIV_LINK);
    expect(popupLinks.handlers).toBe(0);

    const options = await openOptions(e2e.browser);
    const bookmarkLink = options.getByRole('link', { name: PAYLOAD_PAPER_SHOWN_TITLE, exact: true });
    await bookmarkLink.waitFor();
    expect(await bookmarkLink.getAttribute('href')).toBe(`https://arxiv.org/abs/${PAYLOAD_PAPER.arxivId}`);
    expect((await linksAndHandlers(options)).handlers).toBe(0);

    for (const view of [page, popup, options]) expect(await payloadFlags(view)).toEqual(view.frames().map(() => undefined));
    e2e.browser.context.off('page', recordDialogs);
    expect(dialogs).toEqual([]);
  });

  test('a 1 MB title and 10,000 authors are cut short, and the paper can still be bookmarked', async () => {
    const paper = hugePaper();
    const { page, trouble } = await openWatched(`https://arxiv.org/abs/${paper.arxivId}`, renderAbsPage(paper));
    const toggle = relatedPanel(page).getByRole('button', { name: /^Bookmark: Gigantic masked language model/ });
    await toggle.waitFor({ timeout: 20_000 });
    const label = (await toggle.getAttribute('aria-label')) ?? '';
    expect(label.length).toBeLessThanOrEqual('Bookmark: '.length + 2_000);
    expect(label.endsWith('…')).toBe(true);
    await toggle.click();
    await relatedPanel(page).getByRole('button', { name: /^Bookmark: Gigantic/, pressed: true }).waitFor();
    const { bookmarks } = await sendProtocolMessage<{ bookmarks: { paper: { title: string; authors: string[] } }[] }>(await openOptions(e2e.browser), 'listBookmarks', {});
    const stored = bookmarks.find(({ paper }) => paper.title.startsWith('Gigantic'));
    expect([stored?.paper.title.length, stored?.paper.authors.length]).toEqual([2_000, 1_000]);
    expect(trouble.pageErrors).toEqual([]);
  }, 60_000);
});

/** Whether the panel must still appear on a page that fights it this way; where it may not, it must fail quietly. */
const PANEL_SURVIVES: Record<PanelFight, boolean> = {
  'unsets every style': true,
  // The page removes the panel's host element the moment it is added: nothing can be shown, but nothing may break.
  'deletes every element it does not know': false,
  'throws from attachShadow': true,
  'records every shadow root': true,
  'redefines fetch and postMessage': true,
};

describe.each(Object.keys(PANEL_FIGHTS) as PanelFight[])('a page that %s', (fight) => {
  test(PANEL_SURVIVES[fight] ? 'still gets a working panel, and its own script keeps working' : 'keeps working, and Sidenote fails quietly', async () => {
    const { page, trouble } = await openWatched(`https://arxiv.org/abs/${LERT.arxivId}`, renderFightingPage(LERT, fight));
    if (PANEL_SURVIVES[fight]) {
      await bookmarkToggle(page, LERT.title).waitFor();
      expect(await relatedTitles(page)).toHaveLength(5);
      const box = await panelFrame(page).boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(150);
    } else {
      await page.waitForTimeout(PANEL_SETTLE_MS);
      expect(await panelFrame(page).count()).toBeLessThanOrEqual(1);
    }
    const counter = await page.evaluate(() => {
      const button = document.getElementById('page-counter')!;
      button.click();
      button.click();
      return button.textContent;
    });
    expect(counter).toBe('Clicked 2');
    if (fight === 'records every shadow root') {
      // Sidenote's content script has its own copy of the DOM prototypes, so the page's override never sees its shadow root.
      expect(await page.evaluate(() => (window as unknown as { __shadowRoots: unknown[] }).__shadowRoots.length)).toBe(0);
    }
    expect(trouble.pageErrors).toEqual([]);
    expect(trouble.extensionConsoleErrors).toEqual([]);
  });
});

describe('a page that spies on the panel', () => {
  const SECRET_TAG = 'secret-shelf-7f3a';
  const SECRET_NOTE = 'Secret note 7f3a: reviewer two was right';

  test('cannot read the bookmarks, tags or notes shown in its panel', async () => {
    const first = await openServedPage(e2e, `https://arxiv.org/abs/${LERT.arxivId}`, renderAbsPage(LERT));
    const [relatedTitle] = await relatedTitles(first);
    await bookmarkToggle(first, relatedTitle!).click();
    await relatedPanel(first).getByRole('button', { name: `Bookmark: ${relatedTitle}`, exact: true, pressed: true }).waitFor();
    const extensionPage = await openOptions(e2e.browser);
    const { bookmarks } = await sendProtocolMessage<{ bookmarks: { key: string }[] }>(extensionPage, 'listBookmarks', {});
    await sendProtocolMessage(extensionPage, 'updateBookmark', { key: bookmarks[0]!.key, patch: { tags: [SECRET_TAG], note: SECRET_NOTE } });
    await first.close();

    const { page } = await openWatched(`https://arxiv.org/abs/${LERT.arxivId}`, renderFightingPage(LERT, 'records every shadow root'));
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${relatedTitle}`, exact: true, pressed: true }).waitFor();

    const spied = await page.evaluate(async () => {
      const seen: string[] = [document.documentElement.outerHTML];
      const frames: HTMLIFrameElement[] = [...document.querySelectorAll('iframe')];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if (!element.shadowRoot) continue;
          seen.push(element.shadowRoot.innerHTML);
          frames.push(...element.shadowRoot.querySelectorAll('iframe'));
          walk(element.shadowRoot);
        }
      };
      walk(document);
      const tryRead = (read: () => string | undefined) => {
        try {
          return read() ?? 'nothing';
        } catch {
          return 'refused';
        }
      };
      const spyWindow = window as unknown as { __messagesSeen: string[]; chrome?: { runtime?: { id?: string } } };
      seen.push(
        ...frames.map((frame) => tryRead(() => frame.contentDocument?.documentElement.outerHTML)),
        ...frames.map((frame) => tryRead(() => frame.contentWindow?.document.documentElement.outerHTML)),
        ...spyWindow.__messagesSeen,
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
        document.cookie,
        JSON.stringify(await indexedDB.databases()),
        String(spyWindow.chrome?.runtime?.id),
      );
      return {
        text: seen.join('\n'),
        frameCount: frames.length,
        contentDocuments: frames.map((frame) => tryRead(() => (frame.contentDocument === null ? undefined : 'readable'))),
      };
    });

    expect(spied.frameCount).toBe(1);
    expect(spied.contentDocuments).toEqual(['nothing']);
    for (const secret of [relatedTitle!, SECRET_TAG, SECRET_NOTE]) expect(spied.text).not.toContain(secret);
    // The page's own paper is the one thing it may see (it is in the panel's address), which shows the spying reached that far.
    expect(spied.text).toContain('panel-height');
  });
});
