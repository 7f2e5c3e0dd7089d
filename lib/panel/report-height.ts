/** Tells the page's panel frame what the panel needs of it: its height, so it never scrolls inside nor leaves a gap, and its removal. */
import type { PanelHeightMessage, PanelHiddenMessage } from './panel-frame';

/** Only the embedding page's origin should hear the panel; `ancestorOrigins` is Chromium's, elsewhere any origin may. */
function embedderOrigin(document: Document): string {
  return document.location.ancestorOrigins?.[0] ?? '*';
}

/**
 * Posts the body's height to the embedding window whenever it changes, until `signal` aborts. Returns a function
 * that posts it at once: a frame below the fold is not rendered, so its resize observer stays silent until the
 * reader scrolls to it, and the panel then jumps; the panel calls this after each render instead.
 *
 * @example
 * const report = reportHeight(document, window.parent, controller.signal);
 */
export function reportHeight(document: Document, embedder: Window, signal: AbortSignal): () => void {
  const targetOrigin = embedderOrigin(document);
  let reported = -1;
  const report = () => {
    const height = document.body.getBoundingClientRect().height;
    if (height === reported) return;
    reported = height;
    const message: PanelHeightMessage = { sidenote: 'panel-height', height };
    embedder.postMessage(message, targetOrigin);
  };
  const observer = new ResizeObserver(report);
  observer.observe(document.body);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return report;
}

/**
 * Asks the embedding page to take the panel's frame away at once: the reader hid Sidenote on the site. The page's
 * content script would also remove it when the stored setting reaches it.
 *
 * @example
 * await model.hideOnSite();
 * reportHidden(document, window.parent);
 */
export function reportHidden(document: Document, embedder: Window): void {
  const message: PanelHiddenMessage = { sidenote: 'panel-hidden' };
  embedder.postMessage(message, embedderOrigin(document));
}
