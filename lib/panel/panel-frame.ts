/** Puts the panel's iframe into a page, isolated from the page's CSS and sized by the panel itself. */
import type { Placement } from './placement';

/** The message the panel page sends its embedder when its height changes. */
export interface PanelHeightMessage {
  sidenote: 'panel-height';
  height: number;
}

/**
 * The message the panel page sends its embedder once the reader has hidden Sidenote on the site: its frame goes at
 * once, without waiting for the stored setting to reach the page's content script.
 */
export interface PanelHiddenMessage {
  sidenote: 'panel-hidden';
}

/** Where and how to mount the panel frame. */
export interface PanelFrameOptions {
  document: Document;
  /** The panel page's URL, with the paper in its fragment. */
  src: string;
  /** Where the panel goes; without an anchor it floats at the right edge of the window. */
  placement: Placement;
  /**
   * Origins the panel page may post from; height messages from anywhere else are ignored. Chromium serves
   * the page under a per-session dynamic origin but reports the extension's own origin on its messages.
   */
  panelOrigins: readonly string[];
  /** Removes the panel and its listeners when aborted. */
  signal: AbortSignal;
}

export const PANEL_FRAME_TITLE = 'Sidenote: related papers';

/**
 * Mounts the panel and returns its iframe. The host element carries its own inline `!important`
 * styles and keeps the iframe in a shadow root, so page styles such as `iframe { display: none }`
 * cannot reach it; the iframe's document is cross-origin, so page scripts cannot read the panel.
 *
 * @example
 * mountPanelFrame({ document, src, placement: panelPlacement('arxiv-abs', document), panelOrigins, signal });
 */
export function mountPanelFrame({ document, src, placement, panelOrigins, signal }: PanelFrameOptions): HTMLIFrameElement {
  const { anchor, position } = placement;
  const host = document.createElement('sidenote-panel');
  setImportant(host, { ...HOST_STYLES, ...(anchor ? ANCHORED_STYLES : FLOATING_STYLES) });
  const iframe = document.createElement('iframe');
  iframe.title = PANEL_FRAME_TITLE;
  iframe.src = src;
  setImportant(iframe, {
    display: 'block',
    border: '0',
    width: '100%',
    height: '48px',
    'color-scheme': 'normal',
    background: 'transparent',
  });
  host.attachShadow({ mode: 'open' }).append(iframe);
  if (!anchor) document.body.append(host);
  else if (position === 'start') anchor.prepend(host);
  else anchor.after(host);
  if (anchor && !isRendered(host)) {
    // The page's own styles hide where the panel went (`div { display: none !important }`, zero opacity);
    // no style on the panel can undo an ancestor's, so it floats outside the page's elements instead.
    host.removeAttribute('style');
    setImportant(host, { ...HOST_STYLES, ...FLOATING_STYLES });
    document.documentElement.append(host);
  }

  document.defaultView?.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow || !panelOrigins.includes(event.origin)) return;
      const data = event.data as Partial<PanelHeightMessage> | Partial<PanelHiddenMessage> | null;
      if (data?.sidenote === 'panel-hidden') host.remove();
      if (data?.sidenote === 'panel-height' && typeof data.height === 'number' && data.height >= 0) {
        iframe.style.setProperty('height', `${Math.ceil(data.height)}px`, 'important');
      }
    },
    { signal },
  );
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return iframe;
}

const HOST_STYLES = { all: 'initial', display: 'block' };
const ANCHORED_STYLES = { margin: '0 0 1em 0', width: '100%', 'max-width': '420px' };
const FLOATING_STYLES = { position: 'fixed', top: '64px', right: '16px', width: '320px', 'z-index': '2147483646' };

function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

function setImportant(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}
