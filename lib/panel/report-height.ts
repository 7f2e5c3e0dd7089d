/** Lets the page's panel frame follow the panel's height, so it never scrolls inside nor leaves a gap. */
import type { PanelHeightMessage } from './panel-frame';

/**
 * Posts the body's height to the embedding window whenever it changes, until `signal` aborts. Returns a function
 * that posts it at once: a frame below the fold is not rendered, so its resize observer stays silent until the
 * reader scrolls to it, and the panel then jumps; the panel calls this after each render instead.
 *
 * @example
 * const report = reportHeight(document, window.parent, controller.signal);
 */
export function reportHeight(document: Document, embedder: Window, signal: AbortSignal): () => void {
  // Only the embedding page's origin should hear it; `ancestorOrigins` is Chromium's, elsewhere any origin may.
  const targetOrigin = document.location.ancestorOrigins?.[0] ?? '*';
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
