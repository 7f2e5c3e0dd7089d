/** State and actions of the related-papers panel, kept apart from its rendering and from the browser. */
import { signal } from '@preact/signals';
import type { SendMessage } from '../messaging/protocol';
import type { PanelRequest } from '../panel/panel-address';
import type { Paper, RelatedEntry } from '../paper';
import { panelCollapsed, relatedCount, setPanelHiddenOn } from '../settings';
import { isStorageFull, STORAGE_FULL_ADVICE } from './storage-full';


/**
 * The panel's signals for one request. `refresh` asks the background again (call it when bookmarks change anywhere).
 *
 * @example
 * const model = createPanelModel(request, sendMessage);
 * await model.refresh();
 * model.entries.value; // RelatedEntry[]
 */
export function createPanelModel({ paper, site, startCollapsed }: PanelRequest, send: SendMessage) {
  const entries = signal<RelatedEntry[] | null>(null);
  const currentBookmarked = signal(false);
  const collapsed = signal(false);
  const error = signal<string | undefined>(undefined);

  async function refresh(): Promise<void> {
    try {
      const [related, state] = await Promise.all([
        send('relatedPapers', { paper, limit: await relatedCount.getValue() }),
        send('bookmarkState', { keys: [paper.key] }),
      ]);
      entries.value = related;
      currentBookmarked.value = state[paper.key] ?? false;
      error.value = undefined;
    } catch {
      error.value = 'Sidenote could not load related papers. Reload the page to try again.';
    }
  }

  return {
    paper,
    site,
    entries,
    currentBookmarked,
    collapsed,
    error,
    refresh,
    /** Reads the remembered collapsed state; call once before first render. */
    async restoreCollapsed(): Promise<void> {
      collapsed.value = startCollapsed || (await panelCollapsed.getValue());
    },
    /** A panel that must start collapsed (on a PDF) does not change what other pages start with. */
    async toggleCollapsed(): Promise<void> {
      collapsed.value = !collapsed.value;
      if (!startCollapsed) await panelCollapsed.setValue(collapsed.value);
    },
    /** The content script of every tab on this site removes its panel when this is stored. */
    hideOnSite: () => setPanelHiddenOn(site, true),
    async toggleBookmark(target: Paper): Promise<void> {
      try {
        const { bookmarked } = await send('toggleBookmark', { paper: target });
        if (target.key === paper.key) currentBookmarked.value = bookmarked;
        entries.value = entries.value?.map((entry) => (entry.paper.key === target.key ? { ...entry, bookmarked } : entry)) ?? null;
      } catch (failure) {
        const advice = isStorageFull(failure) ? ` ${STORAGE_FULL_ADVICE}` : '';
        error.value = `Sidenote could not save the bookmark for “${target.title}”. Nothing was changed.${advice}`;
      }
    },
  };
}

export type PanelModel = ReturnType<typeof createPanelModel>;
