/** Hands the panel page what it shows through its URL fragment, which never leaves the browser. */
import type { Paper } from '../paper';
import { paper as checkedPaper } from '../messaging/validate';

/** What the content script asks the panel to show, and how. */
export interface PanelRequest {
  paper: Paper;
  /** The host the panel is shown on, for "Hide Sidenote on …". */
  site: string;
  /** The page's own colour scheme, which the panel matches. */
  scheme: 'light' | 'dark';
  /** Start collapsed whatever the user last chose (PDFs, where an open panel would hide the text). */
  startCollapsed: boolean;
}

/**
 * The fragment that tells the panel page what to show.
 *
 * @example
 * iframe.src = browser.runtime.getURL('/panel.html') + panelFragment({ paper, site: 'arxiv.org', scheme: 'light', startCollapsed: false });
 */
export function panelFragment(request: PanelRequest): string {
  return `#${encodeURIComponent(JSON.stringify(request))}`;
}

/**
 * The request in a panel fragment, or null when the fragment is missing or malformed
 * (the page around the iframe can set its address, so the fragment is checked like any message).
 *
 * @example
 * const request = panelRequestFromFragment(location.hash);
 */
export function panelRequestFromFragment(fragment: string): PanelRequest | null {
  try {
    const raw = JSON.parse(decodeURIComponent(fragment.replace(/^#/, ''))) as Partial<PanelRequest>;
    if (typeof raw.site !== 'string' || (raw.scheme !== 'light' && raw.scheme !== 'dark')) return null;
    return { paper: checkedPaper(raw.paper), site: raw.site.slice(0, 253), scheme: raw.scheme, startCollapsed: raw.startCollapsed === true };
  } catch {
    return null;
  }
}
