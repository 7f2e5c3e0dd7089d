/** User preferences kept in extension storage, shared by every view and tab. */
import { storage } from 'wxt/utils/storage';

/** Whether the related-papers panel starts collapsed; remembered across pages and sites. */
export const panelCollapsed = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });

/** The panel's look: `system` follows the page it is on; `light` and `dark` are the same everywhere. */
export type PanelTheme = 'system' | 'light' | 'dark';
export const panelTheme = storage.defineItem<PanelTheme>('local:panelTheme', { fallback: 'system' });

/** Where the panel goes: `beside` the paper where the site has room (else floating), or always `floating` at the edge. */
export type PanelPosition = 'beside' | 'floating';
export const panelPosition = storage.defineItem<PanelPosition>('local:panelPosition', { fallback: 'beside' });

/** How many related papers the panel lists. */
export const relatedCount = storage.defineItem<number>('local:relatedCount', { fallback: 5 });
export const RELATED_COUNT_CHOICES = [3, 5, 8, 10] as const;

/**
 * Whether bookmarked papers rank a little higher among related papers when they are about as related as others
 * (on by default; the options page offers the switch).
 */
export const preferBookmarkedRelated = storage.defineItem<boolean>('local:preferBookmarkedRelated', { fallback: true });

/** Sites (host names) where the user dismissed the panel. */
export const hiddenSites = storage.defineItem<string[]>('local:hiddenSites', { fallback: [] });

/**
 * Stops or resumes showing the panel on a site; open tabs of that site follow at once.
 *
 * @example
 * await setPanelHiddenOn('huggingface.co', true);
 */
export function setPanelHiddenOn(site: string, hidden: boolean): Promise<void> {
  return setPanelHiddenOnAll([site], hidden);
}

/**
 * Hides or shows the panel on several sites at once (one site kind, such as arXiv and its mirrors).
 *
 * @example
 * await setPanelHiddenOnAll(['arxiv.org', 'export.arxiv.org'], true);
 */
export async function setPanelHiddenOnAll(sites: readonly string[], hidden: boolean): Promise<void> {
  const others = (await hiddenSites.getValue()).filter((site) => !sites.includes(site));
  await hiddenSites.setValue(hidden ? [...others, ...sites] : others);
}
