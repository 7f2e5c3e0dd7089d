/** Lets the page's panel frame follow the panel's height, so it never scrolls inside nor leaves a gap. */
import type { PanelHeightMessage } from './panel-frame';

/**
 * Posts the body's height to the embedding window whenever it changes, until `signal` aborts.
 *
 * @example
 * reportHeight(document, window.parent, controller.signal);
 */
export function reportHeight(document: Document, embedder: Window, signal: AbortSignal): void {
  // Only the embedding page's origin should hear it; `ancestorOrigins` is Chromium's, elsewhere any origin may.
  const targetOrigin = document.location.ancestorOrigins?.[0] ?? '*';
  const observer = new ResizeObserver(() => {
    const message: PanelHeightMessage = { sidenote: 'panel-height', height: document.body.getBoundingClientRect().height };
    embedder.postMessage(message, targetOrigin);
  });
  observer.observe(document.body);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
