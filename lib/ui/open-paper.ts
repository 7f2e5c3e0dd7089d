/** Opens a paper from an extension page, which cannot navigate the tab by following a link itself. */
import { browser } from 'wxt/browser';
import { paperUrl } from '../../components/format';
import type { Paper } from '../paper';

/**
 * Opens `paper` in the given tab, or in a new tab when asked or when there is no tab.
 *
 * @example
 * await openPaper(paper, { newTab: event.ctrlKey }, tabId);
 */
export async function openPaper(paper: Paper, { newTab }: { newTab: boolean }, tabId: number | undefined): Promise<void> {
  const url = paperUrl(paper);
  if (newTab || tabId === undefined) await browser.tabs.create({ url });
  else await browser.tabs.update(tabId, { url });
}
