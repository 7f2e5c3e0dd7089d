/** Hands the detected paper to the panel page through its URL fragment, which never leaves the browser. */
import type { Paper } from '../paper';
import { paper as checkedPaper } from '../messaging/validate';

/**
 * The fragment that tells the panel page which paper the tab shows.
 *
 * @example
 * iframe.src = browser.runtime.getURL('/panel.html') + panelFragment(paper);
 */
export function panelFragment(paper: Paper): string {
  return `#${encodeURIComponent(JSON.stringify(paper))}`;
}

/**
 * The paper named by a panel fragment, or null when the fragment is missing or malformed
 * (the page around the iframe can set its address, so the fragment is checked like any message).
 *
 * @example
 * const paper = paperFromPanelFragment(location.hash);
 */
export function paperFromPanelFragment(fragment: string): Paper | null {
  try {
    return checkedPaper(JSON.parse(decodeURIComponent(fragment.replace(/^#/, ''))));
  } catch {
    return null;
  }
}
