/** The content script's work on a paper site: find the paper, show its panel, mark listings, follow in-page navigation. */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging/protocol';
import type { PageDetection } from '../page/detect-paper';
import { panelFragment } from '../panel/panel-address';
import { mountPanelFrame } from '../panel/panel-frame';
import { pageScheme } from '../panel/page-scheme';
import { panelPlacement, type Placement } from '../panel/placement';
import type { Paper } from '../paper';
import { hiddenSites, panelPosition, panelTheme } from '../settings';
import { arxivPaperById, pageReader } from '../arxiv-paper-by-id';
import { detectWhenReady } from './detect-when-ready';
import { markListing } from './listing-marks';

/** The panel's place when the user chose a floating panel: at the window's edge, anchored to nothing. */
const FLOATING: Placement = { anchor: null, position: 'start' };

/** Where the content script runs, passed in so it holds no globals of its own. */
export interface PaperPagesEnvironment {
  window: Window & typeof globalThis;
  /** Ends everything: the content script was invalidated. */
  signal: AbortSignal;
  /** Calls back with the new URL whenever a single-page site navigates. */
  onUrlChange(listener: (url: URL) => void): void;
}

/**
 * Runs Sidenote on the page until `signal` aborts. Each URL gets a fresh session: the previous paper's panel is
 * removed before anything of the next is shown, so a panel never shows another paper's entries.
 *
 * @example
 * runPaperPages({ window, signal: ctx.signal, onUrlChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => listener(newUrl)) });
 */
export function runPaperPages({ window, signal, onUrlChange }: PaperPagesEnvironment): void {
  const { document } = window;
  let shownPaper: Paper | null = null;
  let session: AbortController | undefined;
  let url = new URL(window.location.href);

  const stopAnswering = onMessage('pagePaper', () => shownPaper);
  signal.addEventListener('abort', stopAnswering, { once: true });

  /** Starts a fresh session; after in-page navigation, the previous paper's view must not be taken for the next. */
  async function show({ navigated }: { navigated: boolean }): Promise<void> {
    session?.abort();
    const current = new AbortController();
    session = current;
    signal.addEventListener('abort', () => current.abort(), { once: true, signal: current.signal });
    const previousKey = navigated ? shownPaper?.key : undefined;
    shownPaper = null;

    const detection = await detectWhenReady(document, url, { signal: current.signal, previousKey });
    if (!detection || current.signal.aborted) return;
    if (detection.kind === 'arxiv-listing') {
      markListing(document, url, await sendMessage('listingMarks', { keys: detection.listedIds ?? [] }), current.signal);
      return;
    }
    const paper = await paperOf(detection, url, window);
    if (!paper || current.signal.aborted) return;
    shownPaper = paper;
    void sendMessage('pageShowsPaper', { paper });
    if ((await hiddenSites.getValue()).includes(url.hostname) || current.signal.aborted) return;

    const [position, theme] = await Promise.all([panelPosition.getValue(), panelTheme.getValue()]);
    if (current.signal.aborted) return;
    const placement = position === 'floating' ? FLOATING : panelPlacement(detection.kind, document);
    const panelUrl = browser.runtime.getURL('/panel.html');
    const request = {
      paper,
      site: url.hostname,
      scheme: theme === 'system' ? pageScheme(window) : theme,
      startCollapsed: detection.kind === 'arxiv-pdf' || placement.anchor === null,
    };
    mountPanelFrame({
      document,
      placement,
      src: panelUrl + panelFragment(request),
      panelOrigins: [new URL(panelUrl).origin, new URL(`chrome-extension://${browser.runtime.id}`).origin],
      signal: current.signal,
    });
  }

  onUrlChange((next) => {
    url = next;
    void show({ navigated: true });
  });
  // Settings take effect in open tabs at once: the panel is shown afresh with them.
  const shownWith: { watch(onChange: () => void): () => void }[] = [hiddenSites, panelPosition, panelTheme];
  for (const setting of shownWith) {
    const unwatch = setting.watch(() => void show({ navigated: false }));
    signal.addEventListener('abort', unwatch, { once: true });
  }
  void show({ navigated: false });
}

/** The paper itself, or for a page that only names an arXiv id, the paper looked up by that id. */
async function paperOf(detection: PageDetection, url: URL, window: Window & typeof globalThis): Promise<Paper | null> {
  if (detection.paper) return detection.paper;
  if (!detection.arxivId) return null;
  if (detection.kind !== 'arxiv-pdf') return sendMessage('paperByKey', { key: detection.arxivId.id });
  return arxivPaperById(detection.arxivId, url.origin, { send: sendMessage, ...pageReader(window) });
}
