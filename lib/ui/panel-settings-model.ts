/** The panel settings as the options page edits them; open tabs follow each change through storage. */
import { signal } from '@preact/signals';
import {
  hiddenSites,
  panelCollapsed,
  panelPosition,
  panelTheme,
  preferBookmarkedRelated,
  relatedCount,
  setPanelHiddenOnAll,
  type PanelPosition,
  type PanelTheme,
} from '../settings';
import { SITE_KINDS } from '../sites';

/**
 * Signals for every panel setting, read by `load` and kept current by `watch`.
 *
 * @example
 * const settings = createPanelSettingsModel();
 * await settings.load();
 * await settings.setSiteKind('OpenReview', false);
 */
export function createPanelSettingsModel() {
  const siteKinds = signal<{ name: string; enabled: boolean }[]>([]);
  const position = signal<PanelPosition>('beside');
  const startCollapsed = signal(false);
  const count = signal(5);
  const theme = signal<PanelTheme>('system');
  const bookmarkedFirst = signal(true);

  async function load(): Promise<void> {
    const [hidden, savedPosition, collapsed, savedCount, savedTheme, savedBookmarkedFirst] = await Promise.all([
      hiddenSites.getValue(),
      panelPosition.getValue(),
      panelCollapsed.getValue(),
      relatedCount.getValue(),
      panelTheme.getValue(),
      preferBookmarkedRelated.getValue(),
    ]);
    siteKinds.value = SITE_KINDS.map(({ name, hosts }) => ({ name, enabled: !hosts.every((host) => hidden.includes(host)) }));
    position.value = savedPosition;
    startCollapsed.value = collapsed;
    count.value = savedCount;
    theme.value = savedTheme;
    bookmarkedFirst.value = savedBookmarkedFirst;
  }

  return {
    siteKinds,
    position,
    startCollapsed,
    relatedCount: count,
    theme,
    bookmarkedFirst,
    load,
    /** Re-reads the settings whenever any changes, here or in a panel (the × hides a site), until the page closes. */
    watch(): void {
      for (const setting of [hiddenSites, panelPosition, panelCollapsed, relatedCount, panelTheme, preferBookmarkedRelated] as { watch(onChange: () => void): unknown }[]) {
        setting.watch(() => void load());
      }
    },
    async setSiteKind(name: string, enabled: boolean): Promise<void> {
      const kind = SITE_KINDS.find((candidate) => candidate.name === name);
      if (kind) await setPanelHiddenOnAll(kind.hosts, !enabled);
      await load();
    },
    async setPosition(next: PanelPosition): Promise<void> {
      await panelPosition.setValue(next);
      await load();
    },
    async setStartCollapsed(next: boolean): Promise<void> {
      await panelCollapsed.setValue(next);
      await load();
    },
    async setRelatedCount(next: number): Promise<void> {
      await relatedCount.setValue(next);
      await load();
    },
    async setBookmarkedFirst(next: boolean): Promise<void> {
      await preferBookmarkedRelated.setValue(next);
      await load();
    },
    async setTheme(next: PanelTheme): Promise<void> {
      await panelTheme.setValue(next);
      await load();
    },
  };
}

export type PanelSettingsModel = ReturnType<typeof createPanelSettingsModel>;
