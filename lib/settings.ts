/** User preferences kept in extension storage, shared by every view and tab. */
import { storage } from 'wxt/utils/storage';

/** Whether the related-papers panel starts collapsed; remembered across pages and sites. */
export const panelCollapsed = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });

/** Sites (host names) where the user dismissed the panel. */
export const hiddenSites = storage.defineItem<string[]>('local:hiddenSites', { fallback: [] });

/**
 * Stops or resumes showing the panel on a site; open tabs of that site follow at once.
 *
 * @example
 * await setPanelHiddenOn('huggingface.co', true);
 */
export async function setPanelHiddenOn(site: string, hidden: boolean): Promise<void> {
  const others = (await hiddenSites.getValue()).filter((hiddenSite) => hiddenSite !== site);
  await hiddenSites.setValue(hidden ? [...others, site] : others);
}
