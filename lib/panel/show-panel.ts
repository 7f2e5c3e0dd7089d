/** Shows the related-papers panel for a paper detected on a page, and answers the popup's question about it. */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import type { Paper } from '../paper';
import { panelFragment } from './panel-address';
import { mountPanelFrame } from './panel-frame';

/**
 * Mounts the panel for `paper` at the top of `anchor` (or floating when there is none) and makes the
 * tab answer `pagePaper`, until `signal` aborts.
 *
 * @example
 * showPanel(paper, { document, anchor: document.querySelector('.extra-services'), signal: ctx.signal });
 */
export function showPanel(paper: Paper, { document, anchor, signal }: { document: Document; anchor: Element | null; signal: AbortSignal }): void {
  const panelUrl = browser.runtime.getURL('/panel.html');
  mountPanelFrame({ document, anchor, signal, src: panelUrl + panelFragment(paper), panelOrigin: new URL(panelUrl).origin });
  const stopAnswering = onMessage('pagePaper', () => paper);
  signal.addEventListener('abort', stopAnswering, { once: true });
}
